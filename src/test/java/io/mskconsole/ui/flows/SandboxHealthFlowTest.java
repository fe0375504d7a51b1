package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Are the logs arriving, in the Sandbox: a cluster's details say which destinations receive and why one does not
 * (the untagged stream), and after an Apply the editor watches until the first logs come. The Sandbox's clock stands
 * still unless a watch's wait moves it, so nothing here waits on the time of day.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxHealthFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MutableClock clock = Flows.virtualClock();
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(clock, Duration.ZERO);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, accounts, noCredentials, executor)
                .dialogs(window -> dialogs).clock(clock).pause((wait, cancellation) -> {
                    clock.advance(wait);
                    return cancellation.isCancelled();
                }).build();
        shell = desktop.shell();
        desktop.window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static String healthRows(FxRobot robot, Node within) {
        VBox rows = (VBox) within.lookup("#healthRows");
        StringBuilder text = new StringBuilder();
        rows.lookupAll(".label").forEach(label -> text.append(((Label) label).getText()).append('\n'));
        return text.toString();
    }

    @Test
    void theDetailsSayWhichDestinationsReceiveAndWhyOneDoesNot(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.interact(() -> shell.regionProperty().set("eu-west-1"));
        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("analytics-eu")));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.name().equals("analytics-eu")).findFirst().orElseThrow()));
        assertThat(text(robot, "#healthStatus")).startsWith("Not checked yet");

        Flows.reveal(robot, "#healthCheck");
        robot.clickOn("#healthCheck");
        waitUntil(() -> text(robot, "#healthStatus").startsWith("2 of 3 destinations arriving"));
        String rows = healthRows(robot, robot.lookup("#clusterDetails").query());
        assertThat(rows).contains("arriving", "Broker logs · Amazon S3 analytics-eu-broker-logs/kafka",
                "not arriving", "Authorizer logs · Kinesis Data Firehose audit-eu-logs",
                "Likely: Stream audit-eu-logs is not tagged LogDeliveryEnabled=true");
    }

    /** The text of the Logs arriving cell of the cluster's row, read on the JavaFX thread. */
    private static String healthCell(FxRobot robot, TableView<Cluster> table, String cluster) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                .map(node -> (javafx.scene.control.TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() != null && "healthColumn".equals(cell.getTableColumn().getId())
                        && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof Cluster c
                        && c.name().equals(cluster))
                .map(javafx.scene.control.Labeled::getText).findFirst().orElse("")).get();
    }

    @Test
    void theListsColumnFillsInAsRowsAreReadEachCellOnItsOwn(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));

        waitUntil(() -> healthCell(robot, table, "orders-prod").equals("arriving"));
        assertThat(healthCell(robot, table, "clickstream-express")).as("a cluster delivering nothing").isEqualTo("—");
    }

    @Test
    void afterAnApplyTheEditorWatchesUntilTheFirstLogsArrive(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        robot.clickOn("orders-prod");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#cwLogGroup").tryQuery().isPresent());
        robot.doubleClickOn("#cwLogGroup").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .eraseText(40).write("/aws/vendedlogs/msk/orders-new");
        waitUntil(() -> Flows.field(robot, "#cwLogGroup").equals("/aws/vendedlogs/msk/orders-new"));
        waitUntil(() -> robot.lookup("#finding-create-log-group").tryQuery().isPresent());
        Flows.reveal(robot, "#finding-create-log-group");
        robot.clickOn("#finding-create-log-group");
        waitUntil(() -> text(robot, "#editChecksNotice").startsWith("Created log group /aws/vendedlogs/msk/orders-new"));
        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.clickOn("#applyButton");

        // the editor's own status: the main window's details have one too
        waitUntil(() -> ((Label) robot.lookup("#brokerLogEditor").query().lookup("#healthStatus")).getText()
                .startsWith("The first logs arrived."));
        String rows = healthRows(robot, robot.lookup("#brokerLogEditor").query());
        assertThat(rows).contains("Broker logs · CloudWatch Logs /aws/vendedlogs/msk/orders-new", "arriving");
    }
}
