package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.brokerlogs.BrokerLogLine;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The broker logs viewer in the Sandbox: orders-prod's last 15 minutes, a level filter, an escape sequence shown
 * harmlessly, and Follow bringing new lines as the Sandbox's clock moves (each wait of Follow moves it).
 */
@ExtendWith(ApplicationExtension.class)
class SandboxLogsFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final MutableClock clock = Flows.virtualClock();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(clock, Duration.ZERO);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs)
                .clock(clock).pause((wait, cancellation) -> {
                    clock.advance(wait);
                    return cancellation.isCancelled();
                }).build().window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static Optional<Stage> window(String titleStart) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(titleStart)).map(w -> (Stage) w).findFirst();
    }

    private static Node in(String id) {
        return window("Logs — orders-prod").orElseThrow().getScene().getRoot().lookup(id);
    }

    /** Chooses orders-prod in the list and opens its logs, waiting until they are read. */
    private static void openOrdersProdLogs(FxRobot robot) throws Exception {
        TableView<Cluster> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        robot.interact(() -> clusters.getSelectionModel().select(clusters.getItems().stream()
                .filter(c -> c.name().equals("orders-prod")).findFirst().orElseThrow()));
        Flows.reveal(robot, "#openLogs");
        robot.clickOn("#openLogs");
        waitUntil(() -> window("Logs — orders-prod").isPresent()
                && ((Label) in("#logsStatus")).getText().contains("entries from CloudWatch Logs"));
    }

    @Test
    void readFilterSeeAnEscapeHarmlesslyAndFollow(FxRobot robot) throws Exception {
        openOrdersProdLogs(robot);
        @SuppressWarnings("unchecked")
        TableView<BrokerLogLine> table = (TableView<BrokerLogLine>) in("#logsTable");
        int all = table.getItems().size();
        assertThat(all).isGreaterThan(100);
        assertThat(table.getItems()).anyMatch(l -> l.text().contains("\u001B["));

        @SuppressWarnings("unchecked")
        ComboBox<LogLevel> level = (ComboBox<LogLevel>) in("#logsLevel");
        robot.interact(() -> level.setValue(LogLevel.WARN));
        waitUntil(() -> table.getItems().size() < all);
        assertThat(table.getItems()).allMatch(l -> l.level() == LogLevel.WARN || l.level() == LogLevel.ERROR);
        robot.interact(() -> level.setValue(null));

        BrokerLogLine escaped = table.getItems().stream().filter(l -> l.text().contains("\u001B[")).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(escaped));
        String shown = ((TextArea) in("#logDetail")).getText();
        assertThat(shown).contains("␛[31m").doesNotContain("\u001B");
        robot.interact(table::requestFocus);
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.SHORTCUT);
        assertThat(dialogs.clipboard).as("Ctrl+C copies the entry as shown").isEqualTo(shown);

        ToggleButton follow = (ToggleButton) in("#logsFollow");
        int before = table.getItems().size();
        robot.interact(() -> follow.setSelected(true));
        waitUntil(() -> table.getItems().size() > before);
        robot.interact(() -> follow.setSelected(false));
        assertThat(table.getItems().get(table.getItems().size() - 1).time()).isAfter(escaped.time());
    }

    @Test
    void logsInsightsReadsTheSameEntriesAndActivityOpensAtTheChosenEntry(FxRobot robot) throws Exception {
        TableView<Cluster> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        robot.interact(() -> clusters.getSelectionModel().select(clusters.getItems().stream()
                .filter(c -> c.name().equals("orders-prod")).findFirst().orElseThrow()));
        robot.interact(clusters::requestFocus);
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.L).release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT,
                javafx.scene.input.KeyCode.SHORTCUT);
        waitUntil(() -> window("Logs — orders-prod").isPresent()
                && ((Label) in("#logsStatus")).getText().contains("entries from CloudWatch Logs"));
        @SuppressWarnings("unchecked")
        TableView<BrokerLogLine> table = (TableView<BrokerLogLine>) in("#logsTable");
        java.util.List<BrokerLogLine> filtered = java.util.List.copyOf(table.getItems());

        robot.clickOn("#logsInsights");
        waitUntil(() -> ((Label) in("#logsStatus")).getText().contains("(Logs Insights)"));
        assertThat(table.getItems()).as("the same entries as FilterLogEvents gave")
                .containsExactlyElementsOf(filtered);
        assertThat(((javafx.scene.control.Button) in("#logsStop")).isDisabled()).isTrue();

        BrokerLogLine chosen = table.getItems().get(table.getItems().size() / 2);
        robot.interact(() -> table.getSelectionModel().select(chosen));
        javafx.scene.control.Button activity = (javafx.scene.control.Button) in("#logsActivity");
        assertThat(activity.getText()).startsWith("Activity at ").endsWith(" UTC…");
        robot.interact(activity::fire);
        waitUntil(() -> window("CloudTrail").isPresent());
        Stage trail = window("CloudTrail").orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<io.mskconsole.ui.trail.TimeRange> range = (ComboBox<io.mskconsole.ui.trail.TimeRange>) trail
                .getScene().getRoot().lookup("#trailRange");
        assertThat(range.getValue()).isEqualTo(io.mskconsole.ui.trail.TimeRange.CUSTOM);
        javafx.scene.control.TextField from = (javafx.scene.control.TextField) trail.getScene().getRoot()
                .lookup("#trailFrom");
        assertThat(from.getText()).as("the range asked is shown, an hour before the entry").isEqualTo(
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(chosen.time()
                        .minus(Duration.ofHours(1)).atZone(java.time.ZoneId.systemDefault())));
    }
}
