package io.mskconsole.ui.flows;

import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.sandbox.signin.SandboxSignIn;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellViewModel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Sandbox's sample IAM Identity Center sign-in, as a person tries it offline: Sign in shows a code, which is
 * approved by itself; the picker then lists the two accounts and two roles it grants; one of them opens on its
 * clusters; Sign out says so in its window, and Sign in… in that window's bar brings it back. The sign-in waits on a
 * clock the test moves: it asks for the token only when the test lets it.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxSignInFlowTest {
    static final Account PAYMENTS_ADMIN = Account.SANDBOX.withRole(new AccountRole("222233334444", "MskAdmin",
            "Sandbox Payments"));

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MutableClock signInClock = Flows.virtualClock();
    /** Each sign-in's first wait holds here until the test has seen the code. */
    private final AtomicReference<CountDownLatch> approve = new AtomicReference<>(new CountDownLatch(1));
    private ShellViewModel shell;

    @Start
    void start(Stage stage) {
        FakeAccounts noCredentials = new FakeAccounts();
        noCredentials.credentialsConfigured = false;
        SandboxWorld world = new SandboxWorld(Flows.virtualClock(), Duration.ofMillis(1500));
        Pause pause = (duration, cancellation) -> {
            try {
                while (!approve.get().await(20, TimeUnit.MILLISECONDS)) {
                    if (cancellation.isCancelled()) {
                        return true;
                    }
                }
            } catch (InterruptedException e) {
                return true;
            }
            signInClock.advance(duration);
            return cancellation.isCancelled();
        };
        Accounts accounts = new Accounts(noCredentials, () -> new SandboxSession(world, Duration.ofMillis(20),
                Duration.ZERO), SandboxSignIn.create(signInClock, pause,
                SandboxSignIn.fleets(Flows.virtualClock(), Duration.ofMillis(1500))));
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, accounts, noCredentials, executor)
                .dialogs(window -> dialogs).forced(Account.SANDBOX, null).build();
        shell = desktop.shell();
        desktop.window().show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        approve.get().countDown();
        executor.close();
    }

    private static Optional<Stage> window(String titleStart) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith(titleStart)).map(w -> (Stage) w).findFirst();
    }

    private static Node inWindow(String titleStart, String id) {
        return window(titleStart).orElseThrow().getScene().getRoot().lookup(id);
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static void fireMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).as(id + " enabled").isFalse();
        robot.interact(item::fire);
    }

    /** Waits for the sign-in window's code, checks what it says, then lets the sample portal approve it. */
    private void approveTheCode() throws Exception {
        waitUntil(() -> window("Sign in to SSO session sandbox-sso").isPresent()
                && !((TextField) inWindow("Sign in to SSO session sandbox-sso", "#signInCode")).getText().isEmpty());
        String code = ((TextField) inWindow("Sign in to SSO session sandbox-sso", "#signInCode")).getText();
        assertThat(code).matches("SBOX-\\d{4}");
        assertThat(((TextField) inWindow("Sign in to SSO session sandbox-sso", "#signInAddress")).getText())
                .isEqualTo("https://sandbox-example.awsapps.com/device?user_code=" + code);
        assertThat(((javafx.scene.control.Label) inWindow("Sign in to SSO session sandbox-sso", "#signInMessage"))
                .getText()).contains("approved by itself");
        approve.get().countDown();
        waitUntil(() -> window("Sign in to SSO session sandbox-sso").isEmpty());
    }

    @Test
    void signInChooseAGrantedAccountSeeItsClustersSignOutAndSignInFromTheBar(FxRobot robot) throws Exception {
        waitUntil(() -> visible(robot, "#signInButton"));
        robot.clickOn("#signInButton");
        approveTheCode();

        waitUntil(() -> shell.accountChoices().size() == 5);
        assertThat(shell.accountChoices()).extracting(Account::displayName).containsExactly("Sandbox",
                "Sandbox Analytics · MskAdmin", "Sandbox Analytics · MskReadOnly", "Sandbox Payments · MskAdmin",
                "Sandbox Payments · MskReadOnly");
        waitUntil(() -> !visible(robot, "#signInButton"));
        assertThat(Flows.text(robot, "#signInStatus")).isEqualTo("Signed in to SSO session sandbox-sso.");

        javafx.scene.control.ComboBox<?> picker = robot.lookup("#accountPicker").queryComboBox();
        robot.interact(picker::show);
        waitUntil(() -> robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(cell -> "Sandbox Payments (222233334444) · MskAdmin  ← Sandbox sign-in"
                        .equals(cell.getText())));
        robot.interact(picker::hide);
        robot.interact(() -> shell.accountProperty().set(PAYMENTS_ADMIN));
        waitUntil(() -> window("MSK Console — Sandbox Payments · MskAdmin (222233334444 · MskAdmin)").isPresent());
        assertThat(Flows.text(robot, "#sandboxBanner")).startsWith("SANDBOX · sample account 222233334444 as "
                + "MskAdmin · its own sample fleet");
        TableView<Cluster> table = robot.lookup("#clusterTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(table.getItems()).as("Sandbox Payments' own clusters of us-east-1")
                .allSatisfy(cluster -> assertThat(cluster.arn()).startsWith("arn:aws:kafka:us-east-1:222233334444:"))
                .extracting(Cluster::name).contains("payments-ledger-prod", "card-auth-prod");
        javafx.scene.control.ComboBox<?> regions = robot.lookup("#regionPicker").queryComboBox();
        assertThat(regions.getButtonCell().getText()).as("the same region in another account is shown, not blank")
                .isEqualTo("US East (N. Virginia) us-east-1");

        fireMenuItem(robot, "menuSignOut");
        assertThat(dialogs.confirmations).last().asString().contains("Sign out of SSO session sandbox-sso?");
        waitUntil(() -> visible(robot, "#signedOutNotice"));
        assertThat(Flows.text(robot, "#signedOutNotice")).contains("Signed out of SSO session sandbox-sso");
        waitUntil(() -> "Sandbox Payments · MskAdmin".equals(((javafx.scene.control.ListCell<?>) picker
                .lookup(".list-cell")).getText()));
        assertThat(shell.accountChoices()).as("the account shown stays in the picker")
                .contains(PAYMENTS_ADMIN).doesNotContain(Account.SANDBOX.withRole(new AccountRole("444455556666",
                        "MskAdmin", "")));
        waitUntil(() -> visible(robot, "#signInButton"));

        approve.set(new CountDownLatch(1));
        Button barSignIn = robot.lookup("#signedOutSignIn").queryButton();
        robot.interact(barSignIn::fire);
        approveTheCode();
        waitUntil(() -> !visible(robot, "#signedOutNotice"));
        waitUntil(() -> shell.accountChoices().size() == 5);
    }

    @Test
    void cancellingTheSignInClosesItsWindowAndSignsNothingIn(FxRobot robot) throws Exception {
        waitUntil(() -> visible(robot, "#signInButton"));
        robot.clickOn("#signInButton");
        waitUntil(() -> window("Sign in to SSO session sandbox-sso").isPresent());
        assertThat(MinimumSizesFlowTest.cutAtItsMinimum(robot, window("Sign in to SSO session sandbox-sso")
                .orElseThrow())).as("nothing cut at the sign-in window's minimum size").isEmpty();
        Button cancel = (Button) inWindow("Sign in to SSO session sandbox-sso", "#signInCancel");
        robot.interact(cancel::fire);

        waitUntil(() -> window("Sign in to SSO session sandbox-sso").isEmpty());
        assertThat(visible(robot, "#signInButton")).isTrue();
        assertThat(shell.accountChoices()).containsExactly(Account.SANDBOX);
        assertThat(Flows.text(robot, "#signInStatus")).isEmpty();
    }
}
