package io.mskconsole.ui.flows;

import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.field;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.destinations.PickerItem;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The destination picker and the checks in the Sandbox, with real windows and clicks. */
@ExtendWith(ApplicationExtension.class)
class SandboxDestinationsFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(Flows.virtualClock(), Duration.ZERO);
        Duration delay = callDelay();
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(100), delay));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs).build().window()
                .show();
        stage.requestFocus();
    }

    /** How long each destination, key and permission call of the Sandbox takes. */
    Duration callDelay() {
        return Duration.ofMillis(20);
    }

    @AfterEach
    void stop() throws TimeoutException {
        executor.close();
        org.testfx.api.FxToolkit.cleanupStages();
    }

    void openOrdersProd(FxRobot robot) throws TimeoutException {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("orders-prod");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#cwLogGroupBrowse").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private void pick(FxRobot robot, String browse, String search, String name, String summaryStart)
            throws TimeoutException {
        robot.clickOn(browse);
        waitUntil(() -> robot.lookup("#pickerList").tryQuery().isPresent());
        ListView<PickerItem> list = robot.lookup("#pickerList").queryAs(ListView.class);
        if (search != null) {
            robot.clickOn("#pickerSearch").write(search);
            waitUntil(() -> field(robot, "#pickerSearch").equals(search));
        }
        waitUntil(() -> list.getItems().stream().anyMatch(item -> item.name().equals(name)));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow()));
        waitUntil(() -> text(robot, "#pickerSummary").startsWith(summaryStart));
        robot.clickOn("#pickerUse");
        waitUntil(() -> robot.lookup("#pickerList").tryQuery().isEmpty());
    }

    @Test
    void pickEachDestinationTypeAndSeeTheFindingsAtTheirFields(FxRobot robot) throws Exception {
        openOrdersProd(robot);

        pick(robot, "#cwLogGroupBrowse", "/aws/vendedlogs/msk/o", "/aws/vendedlogs/msk/orders-prod",
                "Log group /aws/vendedlogs/msk/orders-prod\nRetention:");
        assertThat(robot.lookup("#cwLogGroup").queryAs(TextField.class).getText())
                .isEqualTo("/aws/vendedlogs/msk/orders-prod");

        pick(robot, "#s3BucketBrowse", null, "orders-prod-broker-logs",
                "Bucket orders-prod-broker-logs\nRegion: us-east-1\nDefault encryption: SSE-KMS");
        waitUntil(() -> text(robot, "#s3BucketFindings").contains("its KMS key policy does not let log delivery use the key"));
        assertThat(text(robot, "#s3BucketFindings")).contains("Warning: You may lack s3:PutBucketPolicy (Amazon S3)");
        waitUntil(() -> robot.lookup("#finding-add-key-statement").tryQuery().isPresent());

        pick(robot, "#firehoseStreamBrowse", "click", "clickstream-broker-logs",
                "Delivery stream clickstream-broker-logs\nType: KinesisStreamAsSource");
        waitUntil(() -> text(robot, "#firehoseStreamFindings")
                .contains("Error: Stream clickstream-broker-logs does not take direct PUTs"));
        assertThat(text(robot, "#editChecksStatus")).startsWith("1 error, ");

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#applyButton").query().isDisabled()).as("an error blocks Apply").isTrue();
        assertThat(robot.lookup("#reviewFindingList").query().isVisible()).isTrue();
    }

    @Test
    void aWarningAsksBeforeApplyingAndNoSendsNothing(FxRobot robot) throws Exception {
        openOrdersProd(robot);
        robot.clickOn("#s3Enabled");
        robot.clickOn("#s3Bucket").write("msk-logs-111122223333-us-east-1");
        waitUntil(() -> field(robot, "#s3Bucket").equals("msk-logs-111122223333-us-east-1"));
        waitUntil(() -> text(robot, "#s3BucketFindings").equals("Warning: You may lack s3:PutBucketPolicy (Amazon S3)"));

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#applyButton").tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        dialogs.answer = false;
        robot.clickOn("#applyButton");

        waitUntil(() -> text(robot, "#editorNotice").startsWith("Not applied."));
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Apply anyway?: The checks found 1 warning:")
                .contains("• Warning: You may lack s3:PutBucketPolicy (Amazon S3)");
        assertThat(text(robot, "#editorStep")).endsWith("Review");
        assertThat(text(robot, "#s3Current")).isEqualTo("Off");
    }
}
