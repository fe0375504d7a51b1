package io.mskconsole.ui.flows;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole edit of broker log delivery in the Sandbox, as a person does it: real windows, real clicks. */
@ExtendWith(ApplicationExtension.class)
class SandboxEditFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final io.mskconsole.testing.RecordingDialogs dialogs = new io.mskconsole.testing.RecordingDialogs();
    private ShellViewModel shell;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(Flows.virtualClock(), Duration.ZERO);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, accounts, noCredentials, executor)
                .dialogs(window -> dialogs).build();
        shell = desktop.shell();
        desktop.window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void editReviewApplyAndSeeTheNewDestinationInTheList(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        assertThat(robot.lookup("#sandboxBanner").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#shellNotice").queryAs(Label.class).getText()).contains("No AWS credentials were found");

        robot.clickOn("orders-prod");
        assertThat(robot.lookup("#detailsName").queryAs(Label.class).getText()).isEqualTo("orders-prod");
        assertThat(text(robot, "#s3Current")).isEqualTo("Off");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#s3Enabled").tryQuery().isPresent());

        robot.clickOn("#s3Enabled");
        assertThat(text(robot, "#s3BucketError")).startsWith("Required");
        assertThat(robot.lookup("#reviewButton").query().isDisabled()).isTrue();
        robot.clickOn("#s3Bucket").write("Orders_Logs");
        assertThat(text(robot, "#s3BucketError")).contains("lowercase");
        robot.doubleClickOn("#s3Bucket").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .eraseText(20).write("orders-prod-broker-logs");
        waitUntil(() -> Flows.field(robot, "#s3Bucket").equals("orders-prod-broker-logs"));
        waitUntil(() -> text(robot, "#s3BucketError").isEmpty());
        robot.clickOn("#s3Prefix").write("kafka");
        waitUntil(() -> Flows.field(robot, "#s3Prefix").equals("kafka"));

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().map(Node::isVisible).orElse(false));
        TextArea json = robot.lookup("#cliJson").queryAs(TextArea.class);
        assertThat(json.getText()).contains("\"Bucket\": \"orders-prod-broker-logs\"", "\"Prefix\": \"kafka\"");
        assertThat(robot.lookup("#cliCommand").queryAs(TextArea.class).getText())
                .startsWith(CliAccount.SANDBOX_NOTE + "\naws kafka update-monitoring --region us-east-1 --cluster-arn "
                        + "arn:aws:kafka:us-east-1:");

        robot.clickOn("#applyButton");
        waitUntil(() -> "UPDATE_COMPLETE".equals(text(robot, "#operationState")));
        waitUntil(() -> text(robot, "#editorNotice").contains("is updated"));

        waitUntil(() -> text(robot, "#s3Current").equals("On → orders-prod-broker-logs / kafka"));
        Cluster listed = table.getItems().stream().filter(c -> c.name().equals("orders-prod")).findFirst().orElseThrow();
        assertThat(listed.brokerLogs().s3().bucket()).isEqualTo("orders-prod-broker-logs");
        waitUntil(() -> robot.from(table).lookup(".table-cell").queryAll().stream()
                .anyMatch(cell -> "CloudWatch Logs, Amazon S3".equals(((javafx.scene.control.Labeled) cell).getText())));
    }

    @Test
    void aMissingLogGroupBlocksApplyUntilItIsCreatedInOneClick(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("orders-prod");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#cwLogGroup").tryQuery().isPresent());
        robot.doubleClickOn("#cwLogGroup").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .eraseText(40).write("/msk/typo");
        waitUntil(() -> Flows.field(robot, "#cwLogGroup").equals("/msk/typo"));
        waitUntil(() -> text(robot, "#cwLogGroupFindings").startsWith("Error: Log group /msk/typo does not exist in us-east-1"));
        assertThat(text(robot, "#cwLogGroupFindings")).as("us-east-1's delivery policy is near its limit")
                .contains("Warning: AWSLogDeliveryWrite20150319 is near its size limit");
        assertThat(text(robot, "#editChecksStatus")).isEqualTo("1 error, 1 warning.");

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#applyButton").query().isDisabled()).as("an error blocks Apply").isTrue();

        robot.clickOn("#backButton");
        Flows.reveal(robot, "#finding-create-log-group");
        robot.clickOn("#finding-create-log-group");
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Create log group?: Create CloudWatch Logs log group /msk/typo in us-east-1");
        waitUntil(() -> text(robot, "#editChecksNotice").equals("Created log group /msk/typo in us-east-1, keeping "
                + "events for 30 days."));
        waitUntil(() -> text(robot, "#editChecksStatus").equals("1 warning."));

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        robot.clickOn("#applyButton");
        waitUntil(() -> dialogs.confirmations.size() == 2);
        assertThat(dialogs.confirmations.get(1)).startsWith("Apply anyway?: The checks found 1 warning:");
        waitUntil(() -> "UPDATE_COMPLETE".equals(text(robot, "#operationState")));
        waitUntil(() -> text(robot, "#cwCurrent").equals("On → /msk/typo"));
    }

    @Test
    void serverlessClustersOfferNoEditor(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("events-serverless");
        assertThat(robot.lookup("#editBrokerLogs").query().isDisabled()).isTrue();
        assertThat(text(robot, "#brokerLogsUnsupported")).contains("Serverless clusters have no broker logs");
    }

    @Test
    void aBusyClusterShowsItsActiveOperation(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("payments-staging");
        assertThat(text(robot, "#detailsState")).isEqualTo("UPDATING");
        assertThat(text(robot, "#activeOperation")).startsWith("Operation in progress: arn:aws:kafka:us-east-1:")
                .contains(":cluster-operation/payments-staging/");
    }

    @Test
    void closingTheMainWindowAsksBeforeAnUnsavedEditIsLost(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("orders-prod");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#s3Enabled").tryQuery().isPresent());
        robot.clickOn("#s3Enabled");

        dialogs.answer = false;
        robot.interact(() -> main.fireEvent(new javafx.stage.WindowEvent(main, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.confirmations).singleElement().asString().contains("Discard changes?", "orders-prod");
        assertThat(main.isShowing()).as("the close was called off").isTrue();
        assertThat(robot.lookup("#s3Enabled").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("the edit is still there").isTrue();

        dialogs.answer = true;
        robot.interact(() -> main.fireEvent(new javafx.stage.WindowEvent(main, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(dialogs.confirmations).hasSize(2);
        waitUntil(() -> robot.lookup("#brokerLogEditor").tryQuery().isEmpty());
    }
}
