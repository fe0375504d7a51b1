package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.sandbox.signin.SandboxSignIn;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code login}, {@code accounts}, {@code logout} and {@code --account/--role} on the Sandbox's sample sign-in (the
 * code approved as the test's clock moves), and the mistakes people make with them.
 */
class SignInCommandsTest {
    @TempDir
    Path folder;
    CliHarness cli;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final AtomicReference<Runnable> duringWait = new AtomicReference<>(() -> { });

    @BeforeEach
    void sandboxWithSignIn() {
        cli = new CliHarness(folder);
        Pause pause = (duration, cancellation) -> {
            duringWait.get().run();
            clock.advance(duration);
            return cancellation.isCancelled();
        };
        cli.sandboxSignIn = SandboxSignIn.create(clock, pause, role -> new SandboxWorld(clock, Duration.ZERO));
    }

    @Test
    void loginPrintsTheAddressAndCodeOnStandardErrorAndExitsZeroWhenApproved() {
        CliHarness.Result login = cli.run("login", "--sandbox");

        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).isEmpty();
        assertThat(login.err()).contains("Signing in to SSO session sandbox-sso.",
                "https://sandbox-example.awsapps.com/device?user_code=SBOX-", "Waiting for approval",
                "Signed in to SSO session sandbox-sso. The AWS CLI shares the sign-in.");
    }

    @Test
    void accountsListsWhatTheSignInGrantsAndEveryCommandWorksInOne() {
        assertThat(cli.run("accounts", "--sandbox").exitCode()).as("not signed in yet").isEqualTo(2);
        cli.run("login", "--sandbox");

        CliHarness.Result text = cli.run("accounts", "--sandbox");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEqualTo("""
                ACCOUNT       NAME               ROLES
                444455556666  Sandbox Analytics  MskAdmin, MskReadOnly
                222233334444  Sandbox Payments   MskAdmin, MskReadOnly
                """);
        assertThat(text.err()).contains("2 accounts, 4 roles through SSO session sandbox-sso.");
        CliHarness.Result json = cli.run("accounts", "--sandbox", "--format", "json");
        assertThat(json.out()).contains("\"ssoSession\" : \"sandbox-sso\"", "\"accountId\" : \"222233334444\"",
                "\"roles\" : [ \"MskAdmin\", \"MskReadOnly\" ]");

        CliHarness.Result clusters = cli.run("clusters", "--sandbox", "--account", "222233334444", "--role",
                "MskAdmin", "--region", "us-east-1");
        assertThat(clusters.exitCode()).as(clusters.err()).isZero();
        assertThat(clusters.out()).contains("orders-prod");
        assertThat(clusters.err()).contains("(account 222233334444 · MskAdmin through the Sandbox)");
    }

    @Test
    void logoutSignsOutSoTheAccountsCannotBeListed() {
        cli.run("login", "--sandbox");
        CliHarness.Result logout = cli.run("logout", "--sandbox");

        assertThat(logout.exitCode()).isZero();
        assertThat(logout.err()).contains("Signed out of SSO session sandbox-sso.");
        CliHarness.Result accounts = cli.run("accounts", "--sandbox");
        assertThat(accounts.exitCode()).isEqualTo(2);
        assertThat(accounts.err()).startsWith("msk-console: ").contains("The Sandbox's sample SSO session is not "
                + "signed in", "msk-console login --sandbox");
    }

    @Test
    void ctrlCWhileWaitingStopsTheSignInWithExitCode130() {
        cli.interrupts = onInterrupt -> {
            duringWait.set(onInterrupt);
            return () -> duringWait.set(() -> { });
        };

        CliHarness.Result login = cli.run("login", "--sandbox");

        assertThat(login.exitCode()).isEqualTo(130);
        assertThat(login.err()).contains("Stopped: not signed in.");
        assertThat(cli.run("accounts", "--sandbox").exitCode()).as("nothing was signed in").isEqualTo(2);
    }

    @Test
    void aGrantedAccountOpensOnlySignedInAndOnlyWhenTheSignInGrantsIt() {
        CliHarness.Result notSignedIn = cli.run("clusters", "--sandbox", "--account", "222233334444", "--role",
                "MskAdmin", "--region", "us-east-1");
        assertThat(notSignedIn.exitCode()).isEqualTo(2);
        assertThat(notSignedIn.err()).contains("not signed in");

        cli.run("login", "--sandbox");
        CliHarness.Result notGranted = cli.run("clusters", "--sandbox", "--account", "999988887777", "--role",
                "MskAdmin", "--region", "us-east-1");
        assertThat(notGranted.exitCode()).isEqualTo(1);
        assertThat(notGranted.err()).contains("does not grant role MskAdmin in account 999988887777");
    }

    @Test
    void aFleetScanCoversEveryAccountTheSignInGrantsAsTheRoleAsked() {
        cli.run("login", "--sandbox");

        CliHarness.Result scan = cli.run("fleet", "scan", "--sandbox", "--granted", "MskReadOnly", "--regions",
                "us-east-1");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out()).contains("Sandbox Analytics · MskReadOnly", "Sandbox Payments · MskReadOnly")
                .doesNotContain("MskAdmin");
        assertThat(scan.err()).contains("8 clusters in 1 region of 2 accounts");
        CliHarness.Result none = cli.run("fleet", "scan", "--sandbox", "--granted", "Owner");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("Skipped, without role Owner", "--granted Owner: no account");
    }

    @Test
    void logoutWhenNotSignedInSaysSo() {
        CliHarness.Result logout = cli.run("logout", "--sandbox");

        assertThat(logout.exitCode()).isZero();
        assertThat(logout.err()).contains("SSO session sandbox-sso was not signed in; nothing to sign out of.");
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhat() {
        CliHarness.Result notSso = cli.run("login", "--profile", "prod");
        assertThat(notSso.exitCode()).isEqualTo(2);
        assertThat(notSso.err()).contains("profile prod does not sign in through IAM Identity Center");

        CliHarness.Result noSuchProfile = cli.run("login", "--profile", "nosuch");
        assertThat(noSuchProfile.exitCode()).isEqualTo(2);
        assertThat(noSuchProfile.err()).contains("Profile nosuch is not in the AWS config or credentials files.");

        CliHarness.Result roleAlone = cli.run("clusters", "--sandbox", "--role", "MskAdmin");
        assertThat(roleAlone.exitCode()).isEqualTo(2);
        assertThat(roleAlone.err()).contains("--role needs --account ID");

        CliHarness.Result badAccount = cli.run("clusters", "--sandbox", "--account", "1234", "--role", "MskAdmin");
        assertThat(badAccount.exitCode()).isEqualTo(2);
        assertThat(badAccount.err()).contains("An AWS account ID has 12 digits: 1234");

        CliHarness.Result loginWithRole = cli.run("login", "--sandbox", "--account", "222233334444", "--role", "X");
        assertThat(loginWithRole.exitCode()).isEqualTo(2);
        assertThat(loginWithRole.err()).contains("leave them out");
    }
}
