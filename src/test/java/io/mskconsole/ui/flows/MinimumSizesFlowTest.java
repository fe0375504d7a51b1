package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellServices;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window has a minimum size at which nothing is lost: shrunk to it, no button of the main window, the log
 * delivery editor, the Create cluster window or the CloudTrail window is cut to "…".
 */
@ExtendWith(ApplicationExtension.class)
class MinimumSizesFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Flows.sandboxWindow(stage, executor, dialogs, ShellServices.none());
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static Optional<Stage> window(String titleStart) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(titleStart)).map(w -> (Stage) w).findFirst();
    }

    /** The buttons of the window that show less than their text, at the window's minimum size. */
    private static List<String> cutAtMinimum(FxRobot robot, Stage stage) {
        assertThat(stage.getMinWidth()).as(stage.getTitle() + " has a minimum width").isGreaterThan(300);
        assertThat(stage.getMinHeight()).as(stage.getTitle() + " has a minimum height").isGreaterThan(300);
        return cutAtItsMinimum(robot, stage);
    }

    /** The buttons of a window (a small one too) that show less than their text, at the window's minimum size. */
    static List<String> cutAtItsMinimum(FxRobot robot, Stage stage) {
        assertThat(stage.getMinWidth()).as(stage.getTitle() + " has a minimum width").isGreaterThan(0);
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().layout());
        return stage.getScene().getRoot().lookupAll(".button").stream()
                .filter(node -> node instanceof Button && node.isVisible() && visibleUpTo(node))
                .map(node -> (Button) node)
                .filter(button -> button.getWidth() + 0.5 < button.prefWidth(-1) || pastTheEdge(button))
                .map(button -> button.getText() + " (" + Math.round(button.getWidth()) + " of "
                        + Math.round(button.prefWidth(-1)) + " px, right edge at "
                        + Math.round(button.localToScene(button.getBoundsInLocal()).getMaxX()) + " of "
                        + Math.round(button.getScene().getWidth()) + ")")
                .toList();
    }

    /** Whether the button reaches past the window's edge (outside a scroll pane, where nothing scrolls it in). */
    private static boolean pastTheEdge(Button button) {
        for (Node at = button.getParent(); at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ScrollPane) {
                return false;
            }
        }
        javafx.geometry.Bounds bounds = button.localToScene(button.getBoundsInLocal());
        return bounds.getMaxX() > button.getScene().getWidth() + 0.5
                || bounds.getMaxY() > button.getScene().getHeight() + 0.5;
    }

    private static boolean visibleUpTo(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void nothingIsCutAtAnyWindowsMinimumSize(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        assertThat(cutAtMinimum(robot, main)).as("the main window").isEmpty();

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.name().equals("orders-prod")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#editBrokerLogs").queryButton().fire());
        waitUntil(() -> window("Log delivery — orders-prod").isPresent());
        assertThat(cutAtMinimum(robot, window("Log delivery — orders-prod").orElseThrow())).as("the editor")
                .isEmpty();

        robot.interact(() -> robot.lookup("#createCluster").queryButton().fire());
        waitUntil(() -> window("Create cluster").isPresent());
        assertThat(cutAtMinimum(robot, window("Create cluster").orElseThrow())).as("Create cluster").isEmpty();

        robot.interact(() -> robot.lookup("#openTrail").queryButton().fire());
        waitUntil(() -> window("CloudTrail events").isPresent());
        assertThat(cutAtMinimum(robot, window("CloudTrail events").orElseThrow())).as("CloudTrail").isEmpty();

        robot.interact(() -> robot.lookup("#openFleet").queryButton().fire());
        waitUntil(() -> window("Fleet").isPresent());
        Stage fleet = window("Fleet").orElseThrow();
        robot.interact(() -> ((Button) fleet.getScene().getRoot().lookup("#fleetScan")).fire());
        waitUntil(() -> !((Button) fleet.getScene().getRoot().lookup("#fleetChangeShown")).isDisabled());
        assertThat(cutAtMinimum(robot, fleet)).as("the fleet").isEmpty();
        robot.interact(() -> ((Button) fleet.getScene().getRoot().lookup("#fleetChangeShown")).fire());
        waitUntil(() -> window("Change 8 clusters").isPresent());
        assertThat(cutAtMinimum(robot, window("Change 8 clusters").orElseThrow())).as("a fleet change").isEmpty();
    }
}
