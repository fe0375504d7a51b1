package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.fleet.change.ApplyStatus;
import io.mskconsole.core.fleet.change.PlannedCluster;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.fleet.PlanItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The fleet in the Sandbox, as a person uses it: open it from the toolbar, scan, filter by a finding, change every
 * cluster shown (plan, then apply, each cluster's status), see the finding gone after a new scan, and export the
 * HTML report an auditor opens.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxFleetFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(Flows.virtualClock(), Duration.ZERO);
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs)
                .pause((wait, cancellation) -> cancellation.isCancelled()).build().window().show();
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

    private static Node in(String titleStart, String id) {
        return window(titleStart).orElseThrow().getScene().getRoot().lookup(id);
    }

    @Test
    void scanFilterPlanApplyAndExport(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#openFleet").queryButton().isDisabled());
        robot.clickOn("#openFleet");
        waitUntil(() -> window("Fleet").isPresent());
        robot.interact(() -> window("Fleet").orElseThrow().toFront());
        robot.clickOn(in("Fleet", "#fleetScan"));
        waitUntil(() -> ((Label) in("Fleet", "#fleetStatus")).getText().startsWith("8 clusters in 4 regions"));
        assertThat(((Label) in("Fleet", "#fleetCount")).getText()).isEqualTo("8 of 8 clusters");

        @SuppressWarnings("unchecked")
        ComboBox<String> finding = (ComboBox<String>) in("Fleet", "#fleetFindingFilter");
        robot.interact(() -> finding.setValue("broker-logs-delivered"));
        waitUntil(() -> ((Label) in("Fleet", "#fleetCount")).getText().equals("3 of 8 clusters"));

        robot.clickOn(in("Fleet", "#fleetChangeShown"));
        waitUntil(() -> window("Change 3 clusters").isPresent());
        robot.interact(() -> window("Change 3 clusters").orElseThrow().toFront());
        robot.clickOn(in("Change 3 clusters", "#changePlan"));
        @SuppressWarnings("unchecked")
        TableView<PlanItem> plan = (TableView<PlanItem>) in("Change 3 clusters", "#changePlanTable");
        waitUntil(() -> plan.getItems().size() == 3);
        assertThat(plan.getItems()).extracting(i -> i.planned().name())
                .containsExactlyInAnyOrder("clickstream-express", "audit-eu", "sydney-metrics");
        long toChange = plan.getItems().stream().filter(i -> i.planned().willChange()).count();
        assertThat(toChange).as("at least one cluster is changed").isPositive();
        assertThat(plan.getItems()).filteredOn(i -> i.planned().name().equals("audit-eu")).singleElement()
                .satisfies(i -> assertThat(i.planned().action()).as("its log group does not exist in eu-west-1")
                        .isEqualTo(PlannedCluster.Action.BLOCKED));

        robot.clickOn(in("Change 3 clusters", "#changeApply"));
        waitUntil(() -> ((Label) in("Change 3 clusters", "#changeNotice")).getText().startsWith("Done"));
        assertThat(plan.getItems()).filteredOn(i -> i.planned().willChange())
                .allMatch(i -> i.statusProperty().get() == ApplyStatus.COMPLETED);
        assertThat(plan.getItems()).filteredOn(i -> !i.planned().willChange())
                .allMatch(i -> i.statusProperty().get() == ApplyStatus.LEFT_OUT);
        assertThat(dialogs.confirmations).hasSize(1);

        robot.interact(() -> window("Change 3 clusters").orElseThrow().close());
        robot.interact(() -> window("Fleet").orElseThrow().toFront());
        robot.clickOn(in("Fleet", "#fleetScan"));
        waitUntil(() -> ((Label) in("Fleet", "#fleetCount")).getText().equals((3 - toChange) + " of 8 clusters"));

        Path report = folder.resolve("fleet.html");
        dialogs.fileToSave = report;
        MenuButton export = (MenuButton) in("Fleet", "#fleetExport");
        MenuItem html = export.getItems().stream().filter(i -> "fleetExportHtml".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(html::fire);
        waitUntil(() -> Files.exists(report) && Files.size(report) > 0);
        String page = Files.readString(report);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "orders-prod", "Sandbox",
                        "<tr><td>broker-logs-delivered</td><td>high</td><td>" + (3 - toChange) + "</td></tr>")
                .doesNotContain("<script", "src=", "href=", "url(");
    }
}
