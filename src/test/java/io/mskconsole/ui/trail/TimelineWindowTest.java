package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the CloudTrail window, by mouse and keys: drag to narrow, click a bar, hover, go back. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final Instant FIRST_DAY = Instant.parse("2026-11-15T00:00:00Z");
    static final long DAY = 86_400;
    final List<TrailEvent> loaded = new ArrayList<>();
    TrailBrowserViewModel model;

    /**
     * Ten days from the 15th: day d (0 to 9) has d + 1 events, at 01:00, 02:00...; every third of a day failed,
     * every second came from S3.
     */
    @Start
    void start(Stage stage) {
        model = new TrailBrowserViewModel(region -> null, List.of("us-east-1"), "us-east-1",
                new ImmediateTaskExecutor(), Clock.fixed(NOW, ZoneOffset.UTC));
        ColumnStore columns = new ColumnStore() {
            @Override
            public Set<String> hiddenColumns() {
                return Set.of();
            }

            @Override
            public void saveHiddenColumns(Set<String> hidden) {
            }
        };
        new TrailBrowserWindow(stage, model, new ImmediateTaskExecutor(), new RecordingDialogs(), columns, null,
                new SimpleStringProperty("Test")).show();
        for (int day = 0; day < 10; day++) {
            for (int event = 0; event <= day; event++) {
                loaded.add(TimelineEvents.event(FIRST_DAY.plusSeconds(day * DAY + (event + 1) * 3600L),
                        event % 3 == 2 ? "AccessDenied" : null, event % 2 == 1 ? TrailOrigin.S3 : TrailOrigin.LOOKUP));
            }
        }
        model.replaceWith(loaded, "55 events from 1 file");
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    TimelineChart chart(FxRobot robot) throws TimeoutException {
        TimelineChart chart = robot.lookup("#trailTimeline").queryAs(TimelineChart.class);
        waitUntil(() -> chart.timeline().bucketsProperty().get().total() == 55);
        return chart;
    }

    static Point2D bar(TimelineChart chart, int bar) {
        return chart.localToScreen(chart.barMiddle(bar), chart.getHeight() / 2);
    }

    @SuppressWarnings("unchecked")
    static List<String> table(FxRobot robot) {
        return ((TableView<TrailEvent>) robot.lookup("#trailTable").queryAs(TableView.class)).getItems().stream()
                .map(TrailEvent::eventId).sorted().toList();
    }

    List<String> loadedWhere(Predicate<TrailEvent> wanted) {
        return loaded.stream().filter(wanted).map(TrailEvent::eventId).sorted().toList();
    }

    static Instant day(int day) {
        return FIRST_DAY.plusSeconds(day * DAY);
    }

    static String tooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void draggingAcrossTheTimelineNarrowsTheTimeFilterToTheBarsCrossed(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);
        assertThat(table(robot)).hasSize(55);
        assertThat(text(robot, "#trailTimelineCaption")).isEqualTo("Events per day, 15 Nov 2026 – 24 Nov 2026 UTC");

        robot.drag(bar(chart, 2), MouseButton.PRIMARY).moveTo(bar(chart, 4)).moveTo(bar(chart, 5));

        assertThat(chart.band()).as("the band while dragging").isEqualTo(new TimeSpan(day(2), day(6)));
        assertThat(tooltip()).startsWith("17 Nov 2026 – 20 Nov 2026 UTC\n18 events: ");
        assertThat(model.rangeProperty().get()).as("nothing changes before the release").isEqualTo(TimeRange.LAST_WEEK);

        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> model.rangeProperty().get() == TimeRange.CUSTOM);
        assertThat(model.customStartProperty().get()).isEqualTo(day(2));
        assertThat(model.customEndProperty().get()).isEqualTo(day(6));
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        assertThat(robot.lookup("#trailFrom").queryAs(TextField.class).getText()).as("the field a person types in")
                .isEqualTo(shown.format(day(2)));
        assertThat(robot.lookup("#trailTo").queryAs(TextField.class).getText()).isEqualTo(shown.format(day(6)));
        assertThat(table(robot)).isEqualTo(loadedWhere(e -> !e.time().isBefore(day(2)) && e.time().isBefore(day(6))))
                .hasSize(18);
        assertThat(text(robot, "#trailShownCount")).isEqualTo("18 of 55 events shown");
        waitUntil(() -> chart.timeline().bucketsProperty().get().step() == TimelineStep.HOUR);
        assertThat(text(robot, "#trailTimelineCaption")).isEqualTo("Events per hour, 17 Nov 2026 – 20 Nov 2026 UTC");
        assertThat(robot.lookup("#trailTimelineBack").queryButton().isVisible()).isTrue();

        robot.clickOn("#trailTimelineBack");

        waitUntil(() -> model.rangeProperty().get() == TimeRange.LAST_WEEK);
        assertThat(table(robot)).hasSize(55);
        assertThat(robot.lookup("#trailTimelineBack").queryButton().isVisible()).isFalse();
    }

    @Test
    void clickingABarShowsOnlyItsEventsAndEscapeGoesBack(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);

        robot.clickOn(bar(chart, 4), MouseButton.PRIMARY);

        waitUntil(() -> day(4).equals(model.customStartProperty().get()));
        assertThat(model.customEndProperty().get()).isEqualTo(day(5));
        assertThat(table(robot)).isEqualTo(loadedWhere(e -> !e.time().isBefore(day(4)) && e.time().isBefore(day(5))))
                .hasSize(5);
        waitUntil(() -> chart.timeline().bucketsProperty().get().size() == 24);

        robot.clickOn(bar(chart, 3), MouseButton.PRIMARY); // 03:00 on the 19th: one event

        waitUntil(() -> day(4).plusSeconds(3 * 3600).equals(model.customStartProperty().get()));
        assertThat(table(robot)).hasSize(1);

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> day(4).equals(model.customStartProperty().get()));
        assertThat(table(robot)).hasSize(5);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> model.rangeProperty().get() == TimeRange.LAST_WEEK);
        assertThat(table(robot)).hasSize(55);
    }

    @Test
    void hoveringABarTellsItsTimeAndCounts(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);

        robot.moveTo(bar(chart, 9));

        waitUntil(() -> !tooltip().isEmpty());
        assertThat(tooltip()).isEqualTo("Tue 24 Nov 2026 UTC\n10 events: 7 succeeded, 3 failed\n"
                + "Click to show these events, drag to choose a stretch");
    }

    @Test
    void theBarsStackBySourceAndTheLegendCountsEach(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);
        assertThat(text(robot, "#trailTimelineLegend-outcome-success")).isEqualTo("Succeeded 40");
        assertThat(text(robot, "#trailTimelineLegend-outcome-error")).isEqualTo("Failed 15");

        robot.clickOn("#trailTimelineBySource");

        waitUntil(() -> chart.timeline().bucketsProperty().get().stack() == TimelineStack.ORIGIN);
        assertThat(text(robot, "#trailTimelineLegend-origin-lookup")).isEqualTo("LookupEvents 30");
        assertThat(text(robot, "#trailTimelineLegend-origin-s3")).isEqualTo("Trail files in S3 25");
        assertThat(robot.lookup("#trailTimelineLegend-origin-files").tryQuery()).as("no files: no entry").isEmpty();

        robot.clickOn("#trailTimelineBySource");
        assertThat(chart.timeline().stackProperty().get()).as("one of the two stays chosen")
                .isEqualTo(TimelineStack.ORIGIN);
    }

    @Test
    void theKeysMoveBetweenBarsAndEnterShowsOne(FxRobot robot) throws Exception {
        TimelineChart chart = chart(robot);
        robot.interact(chart::requestFocus);

        robot.type(KeyCode.RIGHT, 3).type(KeyCode.LEFT).type(KeyCode.ENTER);

        waitUntil(() -> day(1).equals(model.customStartProperty().get()));
        assertThat(table(robot)).hasSize(2);
        robot.type(KeyCode.TAB);
        assertThat(chart.isFocused()).as("Tab leaves the timeline").isFalse();
    }
}
