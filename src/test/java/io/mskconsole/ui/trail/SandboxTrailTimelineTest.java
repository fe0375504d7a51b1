package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline over a week of the Sandbox's trail read from S3, as a person opens and uses it. */
@ExtendWith(ApplicationExtension.class)
class SandboxTrailTimelineTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        SandboxWorld world = new SandboxWorld(clock, Duration.ofMillis(1500));
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> new RecordingDialogs())
                .clock(clock).build().window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws TimeoutException {
        executor.close();
        FxToolkit.cleanupStages();
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Point2D bar(TimelineChart chart, int bar) {
        return chart.localToScreen(chart.barMiddle(bar), chart.getHeight() / 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dragAcrossAWeekReadFromS3ThenClickABar(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("#openTrail");
        waitUntil(() -> robot.lookup("#trailS3Trail").tryQuery().isPresent()
                && !robot.lookup("#trailSearch").queryButton().isDisabled());
        ComboBox<TrailInfo> trail = robot.lookup("#trailS3Trail").queryAs(ComboBox.class);
        robot.interact(trail::requestFocus);
        waitUntil(() -> trail.getValue() != null);
        robot.clickOn("#trailS3Accounts").write("111122223333");
        robot.clickOn("#trailS3Read");
        Label progress = robot.lookup("#trailProgress").queryAs(Label.class);
        waitUntil(() -> progress.getText().startsWith("S3 · ") && !robot.lookup("#trailSearch").queryButton()
                .isDisabled());
        TableView<TrailEvent> table = robot.lookup("#trailTable").queryAs(TableView.class);
        List<TrailEvent> loaded = List.copyOf(table.getItems());
        assertThat(loaded).hasSizeGreaterThan(50);
        TimelineChart chart = robot.lookup("#trailTimeline").queryAs(TimelineChart.class);
        TrailTimeline timeline = chart.timeline();
        waitUntil(() -> timeline.bucketsProperty().get().total() == loaded.size());
        TimelineBuckets week = timeline.bucketsProperty().get();
        int from = week.size() / 4;
        int to = week.size() * 3 / 4;
        TimeSpan crossed = week.barsOf(from, to);
        long inside = loaded.stream().filter(e -> crossed.contains(e.time())).count();

        robot.drag(bar(chart, from), MouseButton.PRIMARY).moveTo(bar(chart, to));
        assertThat(chart.band()).isEqualTo(crossed);
        robot.release(MouseButton.PRIMARY);

        TimelineBuckets[] narrowed = new TimelineBuckets[1];
        waitUntil(() -> {
            narrowed[0] = timeline.bucketsProperty().get();
            return crossed.equals(narrowed[0].span());
        });
        assertThat(robot.lookup("#trailRange").queryAs(ComboBox.class).getValue()).isEqualTo(TimeRange.CUSTOM);
        assertThat(table.getItems()).hasSize((int) inside).hasSizeLessThan(loaded.size())
                .allSatisfy(e -> assertThat(crossed.contains(e.time())).as(e.toString()).isTrue());
        assertThat(robot.lookup("#trailShownCount").queryAs(Label.class).getText())
                .isEqualTo(String.format("%,d of %,d events shown", inside, loaded.size()));

        int busy = 0;
        for (int i = 0; i < narrowed[0].size(); i++) {
            busy = narrowed[0].total(i) > narrowed[0].total(busy) ? i : busy;
        }
        TimeSpan barTime = narrowed[0].spanOf(busy, busy);
        int inBar = narrowed[0].total(busy);
        robot.clickOn(bar(chart, busy), MouseButton.PRIMARY);

        waitUntil(() -> barTime.equals(timeline.bucketsProperty().get().span()));
        assertThat(table.getItems()).hasSize(inBar)
                .allSatisfy(e -> assertThat(barTime.contains(e.time())).as(e.toString()).isTrue());
        assertThat(loaded.stream().filter(e -> barTime.contains(e.time())).count()).isEqualTo(inBar);

        robot.clickOn("#trailTimelineBack");
        waitUntil(() -> table.getItems().size() == inside);
        robot.clickOn("#trailTimelineBack");
        waitUntil(() -> table.getItems().size() == loaded.size());
        assertThat(robot.lookup("#trailRange").queryAs(ComboBox.class).getValue()).isEqualTo(TimeRange.LAST_WEEK);
    }
}
