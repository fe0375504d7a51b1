package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellServices;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At start, the main window lists the broker log levels this app raised earlier on the account, until dismissed. */
@ExtendWith(ApplicationExtension.class)
class RaisedEarlierFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RaisedLevelStore store = RaisedLevelStore.inMemory();

    @Start
    void start(Stage stage) {
        Instant earlier = Instant.now().minus(Duration.ofHours(3));
        store.save(List.of(
                new RaisedLevel("sandbox", "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/x-2",
                        "orders-prod", 2, "kafka.controller", LogLevel.DEBUG, "INFO", earlier,
                        earlier.plus(Duration.ofMinutes(30))),
                new RaisedLevel("profile:prod", "arn:aws:kafka:eu-west-1:444455556666:cluster/other/y-1", "other", 1,
                        "kafka", LogLevel.TRACE, "INFO", earlier, null)));
        Flows.sandboxWindow(stage, executor, new RecordingDialogs(), ShellServices.none().withRaisedLevels(store));
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void levelsRaisedEarlierOnThisAccountAreNamedUntilDismissed(FxRobot robot) throws Exception {
        waitUntil(() -> !text(robot, "#raisedEarlierNotice").isEmpty());

        assertThat(text(robot, "#raisedEarlierNotice")).contains("raised broker log levels earlier",
                "kafka.controller at DEBUG on broker 2 of orders-prod (was INFO)", "Broker log levels")
                .doesNotContain("other");
        Flows.snapshot(robot, "#raisedEarlierNotice", "main-raised-earlier");

        robot.clickOn("#dismissRaisedEarlier");

        waitUntil(() -> !robot.lookup("#raisedEarlierNotice").query().isVisible());
        assertThat(store.load()).hasSize(2);
    }
}
