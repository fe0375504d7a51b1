package io.mskconsole.ui.flows;

import io.mskconsole.app.windows.DesktopWindows;
import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.MainWindow;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The CloudTrail browser in the Sandbox: query, filter, detail, and a cluster's activity. */
@ExtendWith(ApplicationExtension.class)
class SandboxTrailFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    final RecordingDialogs dialogs = new RecordingDialogs();
    /** Remembers columns in memory: "ip" was hidden last time. */
    final java.util.concurrent.atomic.AtomicReference<java.util.Set<String>> hidden =
            new java.util.concurrent.atomic.AtomicReference<>(java.util.Set.of("ip"));
    final io.mskconsole.ui.trail.ColumnStore columns = new io.mskconsole.ui.trail.ColumnStore() {
        @Override
        public java.util.Set<String> hiddenColumns() {
            return hidden.get();
        }

        @Override
        public void saveHiddenColumns(java.util.Set<String> now) {
            hidden.set(java.util.Set.copyOf(now));
        }
    };

    /** Where the trail files read from the Sandbox's bucket are kept, this test's own. */
    java.nio.file.Path cacheFolder;

    @Start
    void start(Stage stage) throws java.io.IOException {
        cacheFolder = java.nio.file.Files.createTempDirectory("trail-cache-flow");
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(Clock.systemUTC(), Duration.ofMillis(1500));
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(100), Duration.ofMillis(5)));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs)
                .services(io.mskconsole.ui.shell.ShellServices.none().withColumns(columns).withTrailCache(
                        io.mskconsole.core.trailcache.DiskTrailFileCache.in(cacheFolder))).build().window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws TimeoutException, java.io.IOException {
        executor.close();
        org.testfx.api.FxToolkit.cleanupStages();
        io.mskconsole.core.trailcache.DiskTrailFileCache.in(cacheFolder).clear();
        java.nio.file.Files.deleteIfExists(cacheFolder);
    }

    @SuppressWarnings("unchecked")
    TableView<TrailEvent> table(FxRobot robot) {
        return robot.lookup("#trailTable").queryAs(TableView.class);
    }

    @Test
    void queryFilterAndReadAnEvent(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("#openTrail");
        waitUntil(() -> robot.lookup("#trailSearch").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<io.mskconsole.ui.trail.TimeRange> range = robot.lookup("#trailRange").queryAs(ComboBox.class);
        robot.interact(() -> range.getSelectionModel().select(io.mskconsole.ui.trail.TimeRange.LAST_DAY));

        robot.clickOn("#trailSearch");
        waitUntil(() -> text(robot, "#trailProgress").endsWith("done"));
        TableView<TrailEvent> table = table(robot);
        int loaded = table.getItems().size();
        assertThat(loaded).isPositive();
        assertThat(table.getItems()).isSortedAccordingTo((a, b) -> b.time().compareTo(a.time()));
        assertThat(text(robot, "#trailShownCount")).isEqualTo(String.format("%,d of %,d events shown", loaded, loaded));
        double beforeError = table.getVisibleLeafColumns().stream().takeWhile(c -> !"error".equals(c.getId()))
                .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(beforeError + 40).as("the Error column can be seen at the default size, without scrolling")
                .isLessThan(table.getWidth());

        robot.clickOn("#trailFilterText").write("describe");
        waitUntil(() -> Flows.field(robot, "#trailFilterText").equals("describe"));
        waitUntil(() -> table.getItems().size() < loaded);
        assertThat(table.getItems()).isNotEmpty().allSatisfy(e ->
                assertThat(e.searchText()).contains("describe"));

        robot.interact(() -> table.getSelectionModel().select(0));
        TrailEvent picked = table.getItems().get(0);
        waitUntil(() -> text(robot, "#trailDetailTitle").equals(picked.name() + " by " + picked.user()));
        assertThat(robot.lookup("#trailDetailJson").queryAs(TextArea.class).getText())
                .contains("\"eventID\" : \"" + picked.eventId() + "\"");
        robot.clickOn("#trailCopyJson");
        assertThat(dialogs.clipboard).contains(picked.eventId());
    }

    @Test
    void showActivityOfAClusterListsOnlyItsEvents(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("orders-prod");
        // the details follow the selection a moment later
        waitUntil(() -> robot.lookup("#showActivity").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && text(robot, "#detailsName").equals("orders-prod"));
        // the main window may be small (a remembered 1000 x 600): the button can be below the fold of the details
        Flows.reveal(robot, "#showActivity");
        robot.clickOn("#showActivity");
        waitUntil(() -> robot.lookup("#trailProgress").tryQuery().isPresent()
                && text(robot, "#trailProgress").endsWith("done"));

        TableView<TrailEvent> table = table(robot);
        assertThat(table.getItems()).isNotEmpty().allSatisfy(e ->
                assertThat(e.resource().clusterName()).isEqualTo("orders-prod"));
        assertThat(robot.lookup("#trailFilterCluster").queryAs(javafx.scene.control.TextField.class).getText())
                .startsWith("arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/");
    }

    @Test
    void exportTheFilteredEventsThenOpenThemAgainAsATrailFile(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("#openTrail");
        waitUntil(() -> robot.lookup("#trailSearch").tryQuery().isPresent());
        robot.clickOn("#trailSearch");
        waitUntil(() -> text(robot, "#trailProgress").endsWith("done"));
        robot.clickOn("#trailFilterEvent").write("UpdateMonitoring");
        waitUntil(() -> Flows.field(robot, "#trailFilterEvent").equals("UpdateMonitoring"));
        TableView<TrailEvent> table = table(robot);
        waitUntil(() -> table.getItems().stream().allMatch(e -> e.name().equals("UpdateMonitoring")));
        int shown = table.getItems().size();
        assertThat(shown).isPositive();

        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("trail-export");
        dialogs.fileToSave = folder.resolve("events.json");
        robot.clickOn("#trailExportJson");
        waitUntil(() -> text(robot, "#trailNotice").startsWith("Exported " + shown + " events"));
        com.fasterxml.jackson.databind.JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dialogs.fileToSave.toFile());
        assertThat(document.path("Records")).hasSize(shown);
        assertThat(document.path("Records").get(0).path("eventName").asText()).isEqualTo("UpdateMonitoring");

        dialogs.fileToSave = folder.resolve("events.csv");
        robot.clickOn("#trailExportCsv");
        waitUntil(() -> java.nio.file.Files.exists(dialogs.fileToSave)
                && java.nio.file.Files.readAllLines(dialogs.fileToSave).size() == shown + 1);

        robot.clickOn("#trailClearFilters");
        dialogs.filesToOpen = java.util.List.of(folder.resolve("events.json"));
        robot.clickOn("#trailOpenFiles");
        waitUntil(() -> text(robot, "#trailProgress").startsWith(shown + (shown == 1 ? " event" : " events") + " from 1 file"));
        assertThat(table.getItems()).hasSize(shown).allSatisfy(e -> assertThat(e.name()).isEqualTo("UpdateMonitoring"));
    }

    @Test
    void hiddenColumnsStayHidden(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("#openTrail");
        waitUntil(() -> robot.lookup("#trailTable").tryQuery().isPresent());
        TableView<TrailEvent> table = table(robot);
        waitUntil(() -> !column(table, "ip").isVisible());

        robot.interact(() -> column(table, "region").setVisible(false));

        waitUntil(() -> hidden.get().equals(java.util.Set.of("ip", "region")));
    }

    private static javafx.scene.control.TableColumn<TrailEvent, ?> column(TableView<TrailEvent> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void aTrailsFilesAreReadFromS3IntoTheSameTable(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("#openTrail");
        waitUntil(() -> robot.lookup("#trailS3Trail").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#trailSearch").queryButton().isDisabled());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<io.mskconsole.core.trailbucket.TrailInfo> trail =
                robot.lookup("#trailS3Trail").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(trail::requestFocus);
        waitUntil(() -> trail.getValue() != null);
        assertThat(trail.getValue().name()).isEqualTo("org-audit");
        robot.clickOn("#trailS3Accounts").write("111122223333");

        robot.clickOn("#trailS3Read");

        TableView<TrailEvent> table = table(robot);
        waitUntil(() -> robot.lookup("#trailProgress").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("S3 · ") && !robot.lookup("#trailSearch").queryButton().isDisabled());
        assertThat(table.getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.origin()).as("the From column")
                .isEqualTo(io.mskconsole.core.trail.TrailOrigin.S3));
        javafx.scene.control.Label progress = robot.lookup("#trailProgress").queryAs(javafx.scene.control.Label.class);
        assertThat(progress.getText()).contains(" files, ").contains(" events").doesNotContain("cached");
        int shown = table.getItems().size();

        robot.clickOn("#trailS3Read");

        waitUntil(() -> progress.getText().startsWith("S3 · ") && progress.getText().contains(" cached)")
                && !robot.lookup("#trailSearch").queryButton().isDisabled());
        assertThat(table.getItems()).hasSize(shown);
        javafx.scene.control.MenuButton cache = robot.lookup("#trailS3Cache").queryAs(
                javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem clear = cache.getItems().get(0);
        robot.clickOn(cache);
        waitUntil(() -> clear.getText().matches("Clear trail file cache \\([0-9,.]+ (KB|MB)\\)…"));
        robot.interact(() -> {
            cache.hide();
            clear.fire();
        });
        waitUntil(() -> clear.getText().equals("Clear trail file cache (empty)…"));
        assertThat(text(robot, "#trailNotice")).startsWith("Cleared the trail file cache: ");
    }
}
