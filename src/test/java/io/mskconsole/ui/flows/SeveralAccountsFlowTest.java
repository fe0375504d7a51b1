package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeSession;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two accounts open side by side: the Sandbox and a profile "prod" (whose MSK has a cluster named orders-prod too).
 * Each window belongs to one account and region and says which in its title; switching accounts keeps the other's
 * windows open and working; a signed-out account says so in its windows only, and stops saying it once a call gets
 * through; closing an account closes its windows and its session, and leaves the other's alone.
 */
@ExtendWith(ApplicationExtension.class)
class SeveralAccountsFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FakeAccounts profiles = new FakeAccounts();
    private FakeSession prod;
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        profiles.addSampleProfiles("prod");
        prod = profiles.sessions.get("prod");
        SandboxWorld world = new SandboxWorld(Flows.virtualClock(), Duration.ZERO);
        Accounts accounts = new Accounts(profiles, () -> new SandboxSession(world, Duration.ofMillis(20),
                Duration.ZERO));
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, accounts, profiles, executor)
                .dialogs(window -> dialogs).forced(Account.SANDBOX, null).build();
        shell = desktop.shell();
        desktop.window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static Optional<Stage> window(String titleStart) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && withoutIdentity(s.getTitle()).startsWith(titleStart))
                .map(w -> (Stage) w).findFirst();
    }

    /** The title without who the account is: "prod (111122223333 · Admin) · eu-west-1" → "prod · eu-west-1". */
    private static String withoutIdentity(String title) {
        return title.replaceAll(" \\([^)]*\\)", "");
    }

    private static boolean signedOutShown(Stage stage) {
        Node bar = stage.getScene().getRoot().lookup("#signedOutNotice");
        return bar != null && bar.isVisible();
    }

    private void openEditorOfOrdersProd(FxRobot robot) throws Exception {
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(c -> c.name().equals("orders-prod")));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.name().equals("orders-prod")).findFirst().orElseThrow()));
        robot.clickOn("#editBrokerLogs");
    }

    private static void onWorker(Runnable report) throws Exception {
        Thread worker = new Thread(report, "test-worker");
        worker.start();
        worker.join();
    }

    /** Presses Close account in the main window (the editor may lie over it on a headless screen). */
    private static void closeAccount(FxRobot robot) {
        javafx.scene.control.Button close = robot.lookup("#closeAccount").queryButton();
        robot.interact(close::fire);
    }

    @Test
    void twoAccountsSideBySideEachWithItsOwnWindowsTitlesAndSignIn(FxRobot robot) throws Exception {
        waitUntil(() -> window("MSK Console — Sandbox · us-east-1").isPresent());
        openEditorOfOrdersProd(robot);
        waitUntil(() -> window("Log delivery — orders-prod — Sandbox · us-east-1").isPresent());

        Node accountPicker = robot.lookup("#accountPicker").query();
        double pickerAt = accountPicker.localToScene(accountPicker.getBoundsInLocal()).getMinY();
        robot.interact(() -> shell.accountProperty().set(Account.profile("prod")));
        waitUntil(() -> window("MSK Console — prod · eu-west-1").isPresent());
        // a pixel or so from font rounding is no shift; the banner's line (24 px) would be
        assertThat(accountPicker.localToScene(accountPicker.getBoundsInLocal()).getMinY())
                .as("the Sandbox banner going does not move the pickers under the pointer")
                .isCloseTo(pickerAt, org.assertj.core.data.Offset.offset(2.0));
        assertThat(window("Log delivery — orders-prod — Sandbox · us-east-1"))
                .as("the Sandbox's editor stays open when another account is shown").isPresent();
        openEditorOfOrdersProd(robot);
        waitUntil(() -> window("Log delivery — orders-prod — prod · eu-west-1").isPresent());
        waitUntil(() -> window("MSK Console — prod").orElseThrow().getTitle()
                .equals("MSK Console — prod (111122223333 · Admin) · eu-west-1"));
        assertThat(window("Log delivery — orders-prod — prod").orElseThrow().getTitle())
                .as("who the account is, beside the profile, in every window")
                .isEqualTo("Log delivery — orders-prod — prod (111122223333 · Admin) · eu-west-1");
        Stage prodEditor = window("Log delivery — orders-prod — prod · eu-west-1").orElseThrow();
        javafx.scene.control.Button review = (javafx.scene.control.Button) prodEditor.getScene().getRoot()
                .lookup("#reviewButton");
        robot.interact(review::fire);
        waitUntil(() -> prod.regions.get("eu-west-1").count("describeCluster") == 1);
        assertThat(shell.openAccounts()).extracting(open -> open.account())
                .containsExactly(Account.profile("prod"), Account.SANDBOX);
        ComboBox<?> picker = robot.lookup("#accountPicker").queryComboBox();
        robot.interact(picker::show);
        waitUntil(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(cell -> "Sandbox  · open".equals(cell.getText())));
        robot.interact(picker::hide);

        // calls report from the executor's threads, never from the UI thread
        onWorker(() -> prod.health.failed(Failure.SSO_LOGIN_REQUIRED, "prod"));
        waitUntil(() -> signedOutShown(window("Log delivery — orders-prod — prod").orElseThrow()));
        Stage main = window("MSK Console — prod").orElseThrow();
        assertThat(signedOutShown(main)).as("the main window shows the account it shows").isTrue();
        assertThat(((javafx.scene.control.Label) main.getScene().getRoot().lookup("#signedOutNotice")).getText()).contains("The SSO session of prod is not signed in or has ended",
                "aws sso login --profile prod");
        assertThat(signedOutShown(window("Log delivery — orders-prod — Sandbox").orElseThrow()))
                .as("the other account's windows are not signed out").isFalse();
        onWorker(() -> prod.health.working());
        waitUntil(() -> !signedOutShown(window("Log delivery — orders-prod — prod").orElseThrow()));
        assertThat(signedOutShown(main)).isFalse();

        closeAccount(robot);
        waitUntil(() -> window("MSK Console — Sandbox · us-east-1").isPresent());
        assertThat(window("Log delivery — orders-prod — prod")).as("prod's windows close with it").isEmpty();
        assertThat(window("Log delivery — orders-prod — Sandbox")).as("the Sandbox's stay").isPresent();
        waitUntil(() -> prod.closed);
        assertThat(shell.openAccounts()).extracting(open -> open.account()).containsExactly(Account.SANDBOX);
        assertThat(dialogs.confirmations).as("nothing unsaved, nothing to ask").isEmpty();
        assertThat(robot.lookup("#closeAccount").queryButton().isDisabled())
                .as("the Sandbox alone has nothing to go back to").isTrue();

        // Ctrl+W in the main window out of habit: it would quit, so it asks while other windows are open
        dialogs.answer = false;
        Stage sandboxMain = window("MSK Console — Sandbox").orElseThrow();
        javafx.scene.control.MenuBar menu = (javafx.scene.control.MenuBar) sandboxMain.getScene().getRoot()
                .lookup(".menu-bar");
        javafx.scene.control.MenuItem closeWindow = menu.getMenus().get(0).getItems().stream()
                .filter(item -> "menuCloseWindow".equals(item.getId())).findFirst().orElseThrow();
        robot.interact(closeWindow::fire);
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Quit MSK Console?")
                .contains("Sandbox");
        assertThat(sandboxMain.isShowing()).isTrue();
        assertThat(window("Log delivery — orders-prod — Sandbox")).isPresent();
    }

    @Test
    void aCloudTrailWindowSaysItsAccountAndRegionsAndClosingItStopsItsSearch(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        prod.fakeTrail("eu-west-1").onRequest = request -> {
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            robot.interact(() -> shell.accountProperty().set(Account.profile("prod")));
            waitUntil(() -> window("MSK Console — prod · eu-west-1").isPresent()
                    && !robot.lookup("#openTrail").queryButton().isDisabled());
            robot.interact(() -> robot.lookup("#openTrail").queryButton().fire());
            waitUntil(() -> window("CloudTrail events — prod · eu-west-1").isPresent());
            Stage trail = window("CloudTrail events — prod · eu-west-1").orElseThrow();
            javafx.scene.control.Button search = (javafx.scene.control.Button) trail.getScene().getRoot()
                    .lookup("#trailSearch");
            javafx.scene.control.Button cancel = (javafx.scene.control.Button) trail.getScene().getRoot()
                    .lookup("#trailCancel");
            robot.interact(search::fire);
            waitUntil(() -> !cancel.isDisabled());
            robot.interact(trail::close);
            assertThat(cancel.isDisabled()).as("closing the window stops its search").isTrue();
        } finally {
            answer.countDown();
        }
    }

    @Test
    void lookingThroughTheAccountPickerWithTheKeysOpensNothingUntilEnter(FxRobot robot) throws Exception {
        waitUntil(() -> window("MSK Console — Sandbox · us-east-1").isPresent());
        ComboBox<?> picker = robot.lookup("#accountPicker").queryComboBox();
        robot.interact(picker::requestFocus);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitUntil(picker::isShowing);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        robot.type(javafx.scene.input.KeyCode.UP);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(profiles.opened).as("moving through the list opens no account").isEmpty();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !picker.isShowing());
        assertThat(shell.accountProperty().get()).as("Escape keeps the account shown").isEqualTo(Account.SANDBOX);
        assertThat(picker.getValue()).isEqualTo(Account.SANDBOX);
        assertThat(profiles.opened).isEmpty();

        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitUntil(picker::isShowing);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window("MSK Console — prod · eu-west-1").isPresent());
        assertThat(profiles.opened).containsExactly("prod");
    }

    @Test
    void theRegionPickerNamesRegionsAndFindsOneByTyping(FxRobot robot) throws Exception {
        waitUntil(() -> window("MSK Console — Sandbox · us-east-1").isPresent());
        ComboBox<?> picker = robot.lookup("#regionPicker").queryComboBox();
        assertThat(((javafx.scene.control.ListCell<?>) picker.getButtonCell()).getText())
                .isEqualTo("US East (N. Virginia) us-east-1");
        robot.interact(picker::requestFocus);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitUntil(picker::isShowing);
        robot.write("osa");
        assertThat(picker.getValue()).as("highlighted, not chosen yet").isEqualTo("ap-northeast-3");
        assertThat(shell.regionProperty().get()).isEqualTo("us-east-1");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> window("MSK Console — Sandbox · ap-northeast-3").isPresent());
        assertThat(((javafx.scene.control.ListCell<?>) picker.getButtonCell()).getText())
                .isEqualTo("Asia Pacific (Osaka) ap-northeast-3");
    }

    @Test
    void closingAnAccountWithAnUnsavedEditAsksAndKeepsItWhenTheAnswerIsNo(FxRobot robot) throws Exception {
        waitUntil(() -> window("MSK Console — Sandbox · us-east-1").isPresent());
        robot.interact(() -> shell.accountProperty().set(Account.profile("prod")));
        waitUntil(() -> window("MSK Console — prod · eu-west-1").isPresent());
        openEditorOfOrdersProd(robot);
        waitUntil(() -> window("Log delivery — orders-prod — prod").isPresent());
        Stage editor = window("Log delivery — orders-prod — prod").orElseThrow();
        javafx.scene.control.CheckBox s3 = (javafx.scene.control.CheckBox) editor.getScene().getRoot()
                .lookup("#s3Enabled");
        robot.interact(s3::fire);
        dialogs.answer = false;
        closeAccount(robot);
        waitUntil(() -> !dialogs.confirmations.isEmpty());
        assertThat(window("Log delivery — orders-prod — prod")).as("the edit is kept").isPresent();
        assertThat(s3.isSelected()).isTrue();
        assertThat(shell.openAccounts()).extracting(open -> open.account())
                .containsExactly(Account.profile("prod"), Account.SANDBOX);
        assertThat(prod.closed).isFalse();
        assertThat(List.copyOf(dialogs.confirmations)).hasSize(1);
    }
}
