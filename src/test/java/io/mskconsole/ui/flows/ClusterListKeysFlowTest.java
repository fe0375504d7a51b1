package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellServices;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The cluster list by keyboard and mouse, as an administrator uses a list: Down from the filter moves into it, Enter
 * or a double-click opens the cluster's editor, Ctrl+C copies its ARN and the context menu its name or ARN.
 */
@ExtendWith(ApplicationExtension.class)
class ClusterListKeysFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        Flows.sandboxWindow(stage, executor, dialogs, ShellServices.none());
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static boolean editorOpen(String cluster) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Log delivery — " + cluster + " — "));
    }

    @Test
    void downFromTheFilterEnterOpensCtrlCCopiesAndDoubleClickOpens(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        robot.clickOn("#clusterFilter").write("orders");
        waitUntil(() -> table.getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        assertThat(table.isFocused()).as("Down from the filter moves into the list").isTrue();
        Cluster orders = table.getSelectionModel().getSelectedItem();
        assertThat(orders.name()).isEqualTo("orders-prod");

        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(dialogs.clipboard).isEqualTo(orders.arn());
        // with every cluster listed, Ctrl+C still copies the one selected, not another row's
        robot.interact(() -> robot.lookup("#clusterFilter").queryTextInputControl().setText(""));
        waitUntil(() -> table.getItems().size() > 2);
        Cluster first = table.getItems().get(0);
        robot.interact(() -> {
            table.getSelectionModel().select(first);
            table.requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(dialogs.clipboard).isEqualTo(first.arn());
        robot.interact(() -> robot.lookup("#clusterFilter").queryTextInputControl().setText("orders"));
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(orders));

        robot.type(KeyCode.ENTER);
        waitUntil(() -> editorOpen("orders-prod"));
        waitUntil(() -> robot.lookup("#cwEnabled").query().isFocused());

        Window editor = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Log delivery — orders-prod")).findFirst().orElseThrow();
        robot.interact(() -> ((Stage) editor).close());
        robot.interact(() -> table.getScene().getWindow().requestFocus());
        robot.interact(() -> robot.lookup("#clusterFilter").queryTextInputControl().setText(""));
        waitUntil(() -> table.getItems().size() > 1);
        waitUntil(() -> !editorOpen("orders-prod"));
        javafx.scene.control.TableRow<?> row = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof Cluster c
                        && c.name().equals("orders-prod"))
                .queryAs(javafx.scene.control.TableRow.class);
        robot.doubleClickOn(row);
        waitUntil(() -> editorOpen("orders-prod"));
    }
}
