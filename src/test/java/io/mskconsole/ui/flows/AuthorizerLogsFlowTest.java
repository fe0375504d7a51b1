package io.mskconsole.ui.flows;

import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.SettingChange;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Authorizer logs in the window, on the Sandbox's orders-prod (broker and authorizer logs to one log group): seen in
 * the list and the details, kept through a broker-only change, then edited, reviewed and applied. The Sandbox runs
 * on a fixed clock with operations that end at once, so nothing here waits on the time of day.
 */
@ExtendWith(ApplicationExtension.class)
class AuthorizerLogsFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TableView<Cluster> table;

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(new MutableClock(Instant.parse("2026-12-01T10:00:00Z")), Duration.ZERO);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs).build().window()
                .show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private Cluster listed(String name) {
        return table.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean listShows(FxRobot robot, String cellText) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .anyMatch(cell -> cellText.equals(((Labeled) cell).getText()));
    }

    private void openEditor(FxRobot robot) throws Exception {
        robot.clickOn("orders-prod");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#authorizerLogsTab").tryQuery().isPresent());
    }

    private void reviewAndApply(FxRobot robot) throws Exception {
        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> !robot.lookup("#applyButton").query().isDisabled());
        robot.clickOn("#applyButton");
        waitUntil(() -> text(robot, "#editorNotice").contains("is updated"));
    }

    @Test
    void authorizerLogsAreSeenKeptThroughABrokerOnlyChangeAndEdited(FxRobot robot) throws Exception {
        table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("orders-prod");
        assertThat(text(robot, "#authorizerCwCurrent")).isEqualTo("On → /aws/vendedlogs/msk/orders-prod");
        assertThat(text(robot, "#authorizerFirehoseCurrent")).isEqualTo("Off");
        assertThat(listed("orders-prod").logging().authorizerLogs().enabledTypes()).hasSize(1);

        // a broker-only change: the authorizer logs go back exactly as they were
        openEditor(robot);
        assertThat(robot.lookup("#authorizerLogsTab").queryAs(Labeled.class).getText()).isEqualTo("_Authorizer logs · 1 on");
        robot.clickOn("#firehoseEnabled");
        robot.clickOn("#firehoseStream").write("orders-prod-logs");
        waitUntil(() -> Flows.field(robot, "#firehoseStream").equals("orders-prod-logs"));
        reviewAndApply(robot);
        waitUntil(() -> listed("orders-prod").brokerLogs().firehose().enabled());
        assertThat(listed("orders-prod").logging().authorizerLogs().cloudWatchLogs().logGroup())
                .isEqualTo("/aws/vendedlogs/msk/orders-prod");
        robot.clickOn("#closeEditor");

        // now the authorizer logs themselves: from the log group to the stream the broker logs now use too
        openEditor(robot);
        robot.clickOn("#authorizerLogsTab");
        waitUntil(() -> robot.lookup("#authorizerCwEnabled").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#authorizerCwEnabled");
        robot.clickOn("#authorizerFirehoseEnabled");
        robot.clickOn("#authorizerFirehoseStream").write("orders-prod-logs");
        waitUntil(() -> Flows.field(robot, "#authorizerFirehoseStream").equals("orders-prod-logs"));

        robot.clickOn("#reviewButton");
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().map(Node::isVisible).orElse(false));
        TableView<SettingChange> changes = robot.lookup("#changesTable").queryTableView();
        assertThat(changes.getItems()).filteredOn(SettingChange::changed).extracting(SettingChange::kind)
                .containsOnly(LogKind.AUTHORIZER);
        assertThat(robot.lookup("#cliJson").queryAs(TextArea.class).getText()).contains("\"AuthorizerLogs\"");
        waitUntil(() -> !robot.lookup("#applyButton").query().isDisabled());
        robot.clickOn("#applyButton");
        waitUntil(() -> text(robot, "#editorNotice").contains("is updated"));

        waitUntil(() -> text(robot, "#authorizerFirehoseCurrent").equals("On → orders-prod-logs"));
        assertThat(text(robot, "#authorizerCwCurrent")).isEqualTo("Off");
        assertThat(listed("orders-prod").brokerLogs().firehose().deliveryStream()).isEqualTo("orders-prod-logs");
        assertThat(listShows(robot, "CloudWatch Logs, Kinesis Data Firehose")).as("the Broker logs column").isTrue();
        assertThat(listShows(robot, "Kinesis Data Firehose")).as("the Authorizer logs column").isTrue();
    }
}
