package io.mskconsole.ui.flows;

import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A Sandbox whose destination calls each take 5 s: the picker and the checks load while the window answers. */
@ExtendWith(ApplicationExtension.class)
class SlowPickerFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(Flows.virtualClock(), Duration.ZERO);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(100), Duration.ofSeconds(5)));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> new RecordingDialogs())
                .build().window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void aSlowListingNeverBlocksTheWindow(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() >= 3);
        robot.clickOn("orders-prod");
        robot.clickOn("#editBrokerLogs");
        waitUntil(() -> robot.lookup("#cwLogGroupBrowse").tryQuery().isPresent());
        assertThat(text(robot, "#editChecksStatus")).startsWith("Checking the destinations in us-east-1");

        robot.clickOn("#cwLogGroupBrowse");
        waitUntil(() -> robot.lookup("#pickerLoading").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text(robot, "#pickerStatus")).isEqualTo("Loading log groups of us-east-1…");
        robot.clickOn("#pickerSearch").write("/msk");
        assertThat(robot.lookup("#pickerSearch").queryAs(TextField.class).getText()).isEqualTo("/msk");
        assertThat(robot.lookup("#pickerLoading").query().isVisible()).as("still loading, yet the window answered")
                .isTrue();
        robot.clickOn("#pickerCancel");
        waitUntil(() -> robot.lookup("#pickerList").tryQuery().isEmpty());

        robot.clickOn("#s3Enabled");
        assertThat(robot.lookup("#s3Enabled").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(text(robot, "#editChecksStatus")).startsWith("Checking the destinations in us-east-1");
    }
}
