package io.mskconsole.cli;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.testing.OperationScript;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that runs {@code logging apply --wait} the way the launcher does ({@link CliEnvironment#system}),
 * against an operation that never finishes, so a test can stop it with a signal.
 */
public final class InterruptibleApplyMain {
    private InterruptibleApplyMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("msk-console-interrupt");
        CliHarness harness = new CliHarness(dir);
        harness.prodMsk().script = OperationScript.neverEnding();
        Files.writeString(dir.resolve("s3.json"),
                "{\"BrokerLogs\": {\"S3\": {\"Enabled\": true, \"Bucket\": \"msk-broker-logs-123\"}}}");
        CliEnvironment system = CliEnvironment.system(new Accounts(harness.profiles, () -> harness.sandbox));
        CliEnvironment env = new CliEnvironment(system.accounts(), system.in(), system.out(), system.err(), dir,
                system.pollInterval(), system.interrupts());
        System.exit(MskConsoleCli.run(new String[] {"logging", "apply", "--cluster", CliHarness.PROD_ARN,
                "--file", "s3.json", "--wait"}, env));
    }
}
