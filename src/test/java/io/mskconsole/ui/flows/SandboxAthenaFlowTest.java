package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.text;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

/**
 * "Query with Athena" in the Sandbox: the console-made table passed over and the DDL shown, the table created, a
 * saved question run into the browser's table (each event saying it came from Athena, the cost shown), then
 * filtered and exported as any other events.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxAthenaFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        Clock clock = Clock.fixed(java.time.Instant.parse("2026-12-07T15:00:00Z"), java.time.ZoneOffset.UTC);
        SandboxWorld world = new SandboxWorld(clock, Duration.ofMillis(1500));
        Accounts accounts = new Accounts(noCredentials,
                () -> new SandboxSession(world, Duration.ofMillis(100), Duration.ofMillis(5)));
        DesktopWindows.builder(stage, accounts, noCredentials, executor).dialogs(window -> dialogs).clock(clock)
                .services(io.mskconsole.ui.shell.ShellServices.none()).build().window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() throws TimeoutException {
        executor.close();
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    void aSavedQuestionIsAnsweredByAthenaIntoTheBrowserThenFilteredAndExported(FxRobot robot) throws Exception {
        TableView<?> clusters = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> clusters.getItems().size() >= 3);
        robot.clickOn("#openTrail");
        waitUntil(() -> robot.lookup("#trailS3Trail").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#trailSearch").queryButton().isDisabled());
        @SuppressWarnings("unchecked")
        ComboBox<TrailInfo> trail = robot.lookup("#trailS3Trail").queryAs(ComboBox.class);
        robot.interact(trail::requestFocus);
        waitUntil(() -> trail.getValue() != null);

        robot.clickOn("#trailAthena");

        waitUntil(() -> text(robot, "#athenaStatus").startsWith("No table in default suits org-audit"));
        assertThat(text(robot, "#athenaStatus")).contains("cloudtrail_logs_sandbox_org_trail_111122223333 reads this "
                + "trail's files but is not projected");
        assertThat(robot.lookup("#athenaDdl").queryAs(TextArea.class).getText()).startsWith("CREATE EXTERNAL TABLE "
                + "default.msk_cloudtrail_org_audit (").contains("'projection.enabled'='true'");
        assertThat(robot.lookup("#athenaRun").queryButton().isDisabled()).as("no table yet").isTrue();

        robot.clickOn("#athenaCreate");

        waitUntil(() -> text(robot, "#athenaStatus").startsWith("Using table default.msk_cloudtrail_org_audit."));
        assertThat(robot.lookup("#athenaDdl").queryAs(TextArea.class).getParent().isVisible()).as("the DDL is gone")
                .isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<AthenaQuestion> question = robot.lookup("#athenaQuestion").queryAs(ComboBox.class);
        robot.interact(() -> question.setValue(AthenaQuestion.DENIED));
        waitUntil(() -> robot.lookup("#athenaQueryText").queryAs(TextArea.class).getText()
                .contains("AND (errorcode LIKE '%AccessDenied%' OR errorcode LIKE '%Unauthorized%' OR errorcode "
                        + "LIKE '%Forbidden%')"));

        robot.clickOn("#athenaRun");

        waitUntil(() -> text(robot, "#athenaState").startsWith("SUCCEEDED · "));
        assertThat(text(robot, "#athenaState")).contains(" scanned · about USD ").contains(" events");
        @SuppressWarnings("unchecked")
        TableView<TrailEvent> table = robot.lookup("#trailTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty() && text(robot, "#trailProgress").startsWith("Athena · SUCCEEDED"));
        assertThat(table.getItems()).allSatisfy(e -> {
            assertThat(e.origin()).isEqualTo(TrailOrigin.ATHENA);
            assertThat(e.errorCode()).isEqualTo("AccessDenied");
        });
        robot.clickOn("#athenaClose");

        String name = table.getItems().get(0).name();
        robot.clickOn("#trailFilterEvent").write(name);
        waitUntil(() -> table.getItems().stream().allMatch(e -> e.name().equals(name)));
        int shown = table.getItems().size();
        Path folder = Files.createTempDirectory("athena-export");
        dialogs.fileToSave = folder.resolve("denied.csv");
        robot.clickOn("#trailExportCsv");
        waitUntil(() -> Files.exists(dialogs.fileToSave) && Files.readAllLines(dialogs.fileToSave).size() == shown + 1);
        List<String> lines = Files.readAllLines(dialogs.fileToSave);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).contains(name)
                .contains("AccessDenied"));
    }
}
