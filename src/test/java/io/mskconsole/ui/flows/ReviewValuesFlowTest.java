package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellServices;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The review shows every value whole at the editor's default size: long names wrap, nothing ends in "…". */
@ExtendWith(ApplicationExtension.class)
class ReviewValuesFlowTest {
    static final String LONG = "/aws/vendedlogs/msk/analytics-v2-for-the-quarterly-capacity-review";

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(javafx.stage.Stage stage) {
        Flows.sandboxWindow(stage, executor, dialogs, ShellServices.none());
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static void openTheEditorOfOrdersProd(FxRobot robot) throws Exception {
        TableView<Cluster> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        robot.interact(() -> clusters.getSelectionModel().select(clusters.getItems().stream()
                .filter(c -> c.name().equals("orders-prod")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#editBrokerLogs").queryButton().fire());
    }

    private static double sceneY(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    @Test
    void aFieldsMessageComingAndGoingMovesNothingBelowIt(FxRobot robot) throws Exception {
        openTheEditorOfOrdersProd(robot);
        waitUntil(() -> robot.lookup("#s3Enabled").tryQuery().isPresent());
        robot.interact(() -> {
            ((javafx.scene.control.CheckBox) robot.lookup("#s3Enabled").query()).setSelected(true);
            ((TextField) robot.lookup("#s3Bucket").query()).setText("orders-logs");
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Node prefix = robot.lookup("#s3Prefix").query();
        double before = sceneY(prefix);
        robot.interact(() -> ((TextField) robot.lookup("#s3Bucket").query()).setText(""));
        waitUntil(() -> Flows.text(robot, "#s3BucketError").startsWith("Required"));
        robot.interact(() -> prefix.getScene().getRoot().layout());
        // a pixel from font rounding is no shift; the message's line (16 px or more) would be
        assertThat(sceneY(prefix)).as("the field below the message stays where it was")
                .isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void aLongChangedValueIsShownWholeWithoutHovering(FxRobot robot) throws Exception {
        openTheEditorOfOrdersProd(robot);
        waitUntil(() -> robot.lookup("#cwLogGroup").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#cwEnabled").tryQuery().ifPresent(n -> ((javafx.scene.control.CheckBox) n).setSelected(true));
            ((TextField) robot.lookup("#cwLogGroup").query()).setText(LONG);
        });
        robot.interact(() -> robot.lookup("#reviewButton").queryButton().fire());
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().map(Node::isVisible).orElse(false));

        List<Text> whole = robot.lookup("#changesTable .review-value").queryAllAs(Text.class).stream()
                .filter(text -> LONG.equals(text.getText())).toList();
        assertThat(whole).as("the new value is in the table, as it is").hasSize(1);
        Text shown = whole.get(0);
        TableCell<?, ?> cell = (TableCell<?, ?>) shown.getParent();
        assertThat(shown.getLayoutBounds().getWidth()).as("it wraps within its column")
                .isLessThanOrEqualTo(cell.getWidth());
        assertThat(shown.getLayoutBounds().getHeight()).as("and its row is as tall as it needs")
                .isLessThanOrEqualTo(cell.getHeight() + 0.5);
        assertThat(shown.getLayoutBounds().getHeight()).as("more than one line").isGreaterThan(20);
    }
}
