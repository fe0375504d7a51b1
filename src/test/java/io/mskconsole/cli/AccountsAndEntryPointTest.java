package io.mskconsole.cli;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which account and region a command uses, help, version, and how the launcher tells a command from the window. */
class AccountsAndEntryPointTest {
    @TempDir
    Path dir;

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        CliHarness cli = new CliHarness(dir);
        cli.profiles.sessions.put("staging", cli.profiles.session(Account.profile("staging"), "us-east-1"));
        cli.profiles.sessions.get("staging").region("ap-south-1");

        assertThat(cli.run("--profile", "staging", "--region", "ap-south-1", "clusters").exitCode()).isZero();
        assertThat(cli.run("clusters", "--profile=staging", "--region=ap-south-1").exitCode()).isZero();

        assertThat(cli.profiles.opened).containsExactly("staging", "staging");
        assertThat(cli.profiles.sessions.get("staging").openedRegion).isEqualTo("ap-south-1");
    }

    @Test
    void withoutProfileTheDirectorysDefaultProfileIsUsed() {
        CliHarness cli = new CliHarness(dir);

        cli.run("clusters");

        assertThat(cli.profiles.opened).containsExactly("prod");
    }

    @Test
    void credentialsWithoutAnyProfileOpenTheDefaultProfile() {
        CliHarness cli = new CliHarness(dir);
        cli.profiles.defaultProfile = null;

        cli.run("clusters");

        assertThat(cli.profiles.opened).containsExactly("default");
    }

    @Test
    void sandboxNamesNoProfileInTheCliLine() throws Exception {
        CliHarness cli = new CliHarness(dir);
        java.nio.file.Files.writeString(dir.resolve("cw.json"),
                "{\"BrokerLogs\": {\"CloudWatchLogs\": {\"Enabled\": true, \"LogGroup\": \"/msk/demo\"}}}");

        CliHarness.Result result = cli.run("--sandbox", "logging", "apply", "--cluster", CliHarness.SANDBOX_ARN,
                "--file", "cw.json", "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(CliAccount.SANDBOX_NOTE + "\naws kafka update-monitoring --region eu-west-1 "
                + "--cluster-arn");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void helpListsEveryCommand() {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Usage: msk-console")
                .contains("--profile=NAME", "--region=REGION", "--sandbox")
                .containsPattern("\n  clusters +List every MSK cluster")
                .containsPattern("\n  logging export +Write a cluster's current log delivery")
                .containsPattern("\n  logging check +Check a --logging-info file against a cluster")
                .containsPattern("\n  logging apply +Change a cluster's broker and authorizer")
                .containsPattern("\n  cluster create +Create a provisioned cluster from a create-cluster-v2")
                .containsPattern("\n  cluster export +Write an existing cluster's settings as a create-cluster-v2")
                .contains("Exit codes: 0");
    }

    @Test
    void eachCommandHasHelpWithItsOptionsAndTheGlobalOnes() {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "apply", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: msk-console logging apply")
                .contains("--cluster=ARN", "--file=FILE", "--wait", "--dry-run", "--force", "--broker-log-level=LEVEL",
                        "--profile=NAME", "--sandbox");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void versionIsPrinted() {
        CliHarness.Result result = new CliHarness(dir).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("msk-console ");
    }

    @Test
    void missingCommandIsAUsageError() {
        CliHarness.Result result = new CliHarness(dir).run("logging");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("msk-console: Missing command: name one of export, check, health, apply. "
                + "See 'msk-console logging --help'.\n");
    }

    @Test
    void mistypedCommandSuggestsTheRightOne() {
        CliHarness.Result result = new CliHarness(dir).run("clustrs");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'clustrs'", "Did you mean clusters?");
    }

    @Test
    void onlyTheWindowsOwnOptionsOpenTheWindow() {
        assertThat(MskConsoleCli.isCommand(new String[0])).isFalse();
        assertThat(MskConsoleCli.isCommand(new String[] {"--sandbox"})).isFalse();
        assertThat(MskConsoleCli.isCommand(new String[] {"--profile", "prod", "--region", "eu-west-1"})).isFalse();
        assertThat(MskConsoleCli.isCommand(new String[] {"--profile=prod", "--region=eu-west-1", "--sandbox"}))
                .isFalse();

        assertThat(MskConsoleCli.isCommand(new String[] {"clusters"})).isTrue();
        assertThat(MskConsoleCli.isCommand(new String[] {"--profile", "prod", "clusters"})).isTrue();
        assertThat(MskConsoleCli.isCommand(new String[] {"--sandbox", "logging", "export"})).isTrue();
        assertThat(MskConsoleCli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(MskConsoleCli.isCommand(new String[] {"--version"})).isTrue();
        assertThat(MskConsoleCli.isCommand(new String[] {"--bogus"})).isTrue();
        assertThat(MskConsoleCli.isCommand(new String[] {"--profile"})).isTrue();
    }
}
