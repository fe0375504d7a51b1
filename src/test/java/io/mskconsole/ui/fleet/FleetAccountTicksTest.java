package io.mskconsole.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.core.levels.LevelsSeen;
import java.time.Clock;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new account offered (a sign-in elsewhere) leaves the accounts already ticked as they are. */
@ExtendWith(ApplicationExtension.class)
class FleetAccountTicksTest {
    static final Account A = Account.profile("a");
    static final Account B = Account.profile("b");
    static final Account C = Account.profile("c");
    FleetViewModel model;

    @Start
    void start(Stage stage) {
        model = new FleetViewModel(new Accounts(new FakeAccounts(), () -> null), new FxTaskExecutor(),
                Clock.fixed(java.time.Instant.parse("2026-12-07T15:00:00Z"), java.time.ZoneOffset.UTC), LevelsSeen::new);
        new FleetWindow(new Stage(), model, new FxTaskExecutor(), new RecordingDialogs(), FleetNavigation.NONE, rows -> {
        }, null);
    }

    @Test
    void ticksSurviveANewAccount(FxRobot robot) {
        robot.interact(() -> model.offer(List.of(A, B), List.of(A)));
        assertThat(model.accountChoices()).filteredOn(c -> c.chosen().get()).extracting(c -> c.account())
                .containsExactly(A);
        robot.interact(() -> model.offer(List.of(A, B, C), List.of(A)));
        assertThat(model.accountChoices()).filteredOn(c -> c.chosen().get()).extracting(c -> c.account())
                .as("A was ticked before C was offered").containsExactly(A);
    }
}
