package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.sandbox.SandboxBrokerData;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.levels.LoggerRow;
import io.mskconsole.ui.shell.ShellServices;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Broker log levels in the Sandbox, as a person uses them: connect to orders-prod's brokers, see broker 2's DEBUG
 * logger in the summary, raise kafka.controller to DEBUG on every broker of a cluster that logs to CloudWatch Logs
 * and see the MSK developer guide's caution, confirm, see it read back and listed as raised, go to the broker log
 * delivery editor from the caution, and put it all back.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxLevelsFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RaisedLevelStore raised = RaisedLevelStore.inMemory();

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        Flows.sandboxWindow(stage, executor, dialogs, ShellServices.none().withRaisedLevels(raised));
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    /** Selects the cluster in the list and opens its Broker log levels window from the details. */
    static void openLevels(FxRobot robot, String cluster) throws Exception {
        TableView<Cluster> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn(cluster);
        waitUntil(() -> text(robot, "#detailsName").equals(cluster));
        Flows.reveal(robot, "#openBrokerLevels");
        robot.clickOn("#openBrokerLevels");
    }

    @Test
    void raiseToDebugOnACloudWatchClusterSeeTheCautionAndPutItBack(FxRobot robot) throws Exception {
        openLevels(robot, "orders-prod");

        waitUntil(() -> robot.lookup("#connectButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        Flows.snapshot(robot, "#connectButton", "levels-connect");
        assertThat(text(robot, "#levelsSubtitle")).contains("orders-prod", "us-east-1", "CloudWatch Logs");
        robot.clickOn("#connectButton");

        waitUntil(() -> robot.lookup("#loggerTable").tryQuery().isPresent());
        TableView<LoggerRow> loggers = robot.lookup("#loggerTable").queryTableView();
        waitUntil(() -> !loggers.getItems().isEmpty());
        assertThat(loggers.getItems().get(0).logger()).isEqualTo("root");
        assertThat(text(robot, "#levelsSummary")).contains("kafka.request.logger at DEBUG on broker 2");
        assertThat(text(robot, "#levelsConnection")).startsWith("Connected with IAM access control");

        robot.clickOn("#loggerSearch").write("controller");
        waitUntil(() -> loggers.getItems().size() == 1);
        robot.clickOn("kafka.controller");
        waitUntil(() -> Flows.field(robot, "#changeLogger").equals("kafka.controller"));
        assertThat(robot.lookup("#levelCaution").query().isVisible()).isFalse();

        Flows.choose(robot, "#changeLevel", "DEBUG");
        waitUntil(() -> robot.lookup("#levelCaution").query().isVisible());
        assertThat(text(robot, "#levelCautionText")).contains("Amazon MSK may continuously deliver a sample of logs",
                "Amazon S3 or Kinesis Data Firehose");

        Flows.snapshot(robot, "#loggerTable", "levels-caution");
        robot.clickOn("#applyLevel");
        waitUntil(() -> loggers.getItems().size() == 1
                && loggers.getItems().get(0).levels().values().stream().allMatch("DEBUG"::equals));
        assertThat(dialogs.confirmations).anySatisfy(c -> assertThat(c)
                .startsWith("Brokers at DEBUG with CloudWatch Logs"));
        ListView<RaisedLevel> raisedList = robot.lookup("#raisedLevels").queryListView();
        waitUntil(() -> raisedList.getItems().size() == 3);
        assertThat(text(robot, "#levelsNotice")).contains("Set kafka.controller to DEBUG on all brokers");
        assertThat(raised.load()).hasSize(3);
        Flows.snapshot(robot, "#loggerTable", "levels-raised");

        Flows.reveal(robot, "#openDeliveryEditor");
        robot.clickOn("#openDeliveryEditor");
        waitUntil(() -> robot.lookup("#s3Enabled").tryQuery().isPresent());
        robot.clickOn("#closeEditor");

        // the editor's owner is the main window, which comes forward as the editor closes
        robot.interact(() -> ((Stage) robot.lookup("#putAllBack").query().getScene().getWindow()).toFront());
        Flows.reveal(robot, "#putAllBack");
        robot.clickOn("#putAllBack");
        waitUntil(() -> raisedList.getItems().isEmpty());
        waitUntil(() -> loggers.getItems().get(0).levels().values().stream().allMatch("INFO"::equals));
        assertThat(raised.load()).isEmpty();
        assertThat(robot.lookup("#levelsNotice").queryAs(Label.class).getText())
                .contains("Set kafka.controller to INFO on broker 1: DEBUG → INFO on broker 1.");
    }

    @Test
    void saslScramAsksForUserAndPasswordAndSaysWhenTheBrokersRefuseThem(FxRobot robot) throws Exception {
        openLevels(robot, "payments-staging");
        waitUntil(() -> robot.lookup("#scramUser").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#connectButton").query().isDisabled()).isTrue();

        Flows.type(robot, "#scramUser", SandboxBrokerData.SCRAM_USER);
        robot.clickOn("#scramPassword").write("wrong");
        robot.clickOn("#connectButton");
        waitUntil(() -> text(robot, "#levelsNotice").contains("refused user msk-admin"));
        Flows.snapshot(robot, "#scramUser", "levels-scram-refused");

        robot.interact(() -> ((javafx.scene.control.TextInputControl) robot.lookup("#scramPassword").query())
                .setText(SandboxBrokerData.SCRAM_PASSWORD));
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#loggerTable").tryQuery().isPresent());
        assertThat(text(robot, "#levelsConnection")).startsWith("Connected with SASL/SCRAM (public access)");
    }

    @Test
    void theClusterMenuOpensItWithShortcutLForProvisionedClustersOnly(FxRobot robot) throws Exception {
        TableView<Cluster> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        javafx.scene.control.MenuItem levels = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "menuBrokerLevels".equals(item.getId())).findFirst().orElseThrow();
        assertThat(levels.getText()).isEqualTo("Broker log levels…");
        assertThat(levels.getAccelerator().getDisplayText()).endsWith("L");
        robot.clickOn("events-serverless");
        assertThat(levels.isDisable()).as("serverless brokers expose no loggers").isTrue();

        robot.clickOn("orders-prod");
        assertThat(levels.isDisable()).isFalse();
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);

        waitUntil(() -> text(robot, "#levelsSubtitle").startsWith("orders-prod"));
    }

    @Test
    void quittingWhileALevelWaitsToBePutBackAsksFirst(FxRobot robot) throws Exception {
        openLevels(robot, "orders-prod");
        waitUntil(() -> robot.lookup("#connectButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#connectButton");
        waitUntil(() -> robot.lookup("#changeLogger").tryQuery().isPresent());
        Flows.type(robot, "#changeLogger", "kafka.controller");
        Flows.choose(robot, "#changeLevel", "TRACE");
        robot.clickOn("#revertCheck");
        robot.clickOn("#applyLevel");
        ListView<RaisedLevel> raisedList = robot.lookup("#raisedLevels").queryListView();
        waitUntil(() -> raisedList.getItems().size() == 3);
        assertThat(raisedList.getItems()).allSatisfy(r -> assertThat(r.revertAt()).isNotNull());

        dialogs.answer = false;
        robot.interact(() -> main.fireEvent(new javafx.stage.WindowEvent(main,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(dialogs.confirmations).anySatisfy(c -> assertThat(c).startsWith("Levels still to put back:")
                .contains("kafka.controller at TRACE on broker 1 of orders-prod"));
        assertThat(main.isShowing()).isTrue();
    }
}
