package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.MskResource;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table and the detail pane over the events' own values: a header click sorts by them (the table's fast order),
 * then back, then none; a record that cannot be read back says so, with nothing wrong to copy.
 */
@ExtendWith(ApplicationExtension.class)
class TrailTableSortTest {
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    TrailBrowserViewModel model;

    static TrailEvent event(String id, int minutesAgo, String user, String error) {
        return new TrailEvent(id, NOW.minusSeconds(60L * minutesAgo), "UpdateMonitoring", "kafka.amazonaws.com",
                "us-east-1", user, "IAMUser", "192.0.2.1", false, error, null, MskResource.NONE, "{}");
    }

    @Start
    void start(Stage stage) {
        model = new TrailBrowserViewModel(region -> null, List.of("us-east-1"), "us-east-1",
                new ImmediateTaskExecutor(), Clock.fixed(NOW, ZoneOffset.UTC));
        new TrailBrowserWindow(stage, model, new ImmediateTaskExecutor(), new RecordingDialogs(), new ColumnStore() {
            @Override
            public Set<String> hiddenColumns() {
                return Set.of();
            }

            @Override
            public void saveHiddenColumns(Set<String> hidden) {
            }
        }, null, new SimpleStringProperty("Test")).show();
        model.replaceWith(List.of(event("a", 1, "carol", null), event("b", 2, "alice", "AccessDenied"),
                event("c", 3, "bob", null), event("d", 4, "alice", null)), "4 events");
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((TableView<TrailEvent>) robot.lookup("#trailTable").queryAs(TableView.class)).getItems().stream()
                .map(TrailEvent::eventId).toList();
    }

    @Test
    void aHeaderClickSortsUpThenDownThenNotAtAllAndTheFilterStillApplies(FxRobot robot) {
        assertThat(ids(robot)).containsExactly("a", "b", "c", "d");

        robot.clickOn("User");
        assertThat(ids(robot)).containsExactly("b", "d", "c", "a"); // alice, alice (newest first kept), bob, carol
        robot.clickOn("User");
        assertThat(ids(robot)).containsExactly("a", "c", "b", "d");
        robot.interact(() -> model.filters().text().set("alice"));
        assertThat(ids(robot)).containsExactly("b", "d");
        robot.interact(() -> model.filters().text().set(""));
        robot.clickOn("User");
        assertThat(ids(robot)).containsExactly("a", "b", "c", "d");

        @SuppressWarnings("unchecked")
        TableView<TrailEvent> table = robot.lookup("#trailTable").queryAs(TableView.class);
        robot.interact(() -> table.getSortOrder().setAll(table.getColumns().stream()
                .filter(column -> "error".equals(column.getId())).toList())); // as a click on its header does
        assertThat(ids(robot)).containsExactly("a", "c", "d", "b"); // no error first
    }

    @Test
    void aRecordThatCannotBeReadBackSaysWhyAndLeavesNothingToCopy(FxRobot robot) {
        TrailEvent unreadable = event("x", 0, "erin", null).keptIn(slot -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("the record's block in /tmp/events.records "
                    + "was changed: its checksum does not match"));
        }, 0);
        robot.interact(() -> model.replaceWith(List.of(unreadable, event("a", 1, "carol", null)), "2 events"));
        robot.interact(() -> model.selectedProperty().set(model.events().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trailDetailJson").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("{ }");

        robot.interact(() -> model.selectedProperty().set(unreadable));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#trailDetailRecordState").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("The record could not be read: ").contains("checksum does not match");
        assertThat(robot.lookup("#trailDetailJson").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#trailCopyJson").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#trailDetailTitle").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("UpdateMonitoring by erin");
    }
}
