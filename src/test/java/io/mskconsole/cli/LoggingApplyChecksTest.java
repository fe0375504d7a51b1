package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logging apply} runs the checks of {@code logging check} first: an error refuses, unless --force. */
class LoggingApplyChecksTest {
    private static final String REFUSED = "msk-console: Refused: the checks found 1 error (listed above); nothing "
            + "was sent to cluster prod-events. Fix the file or the destinations, or --force applies anyway.";

    @TempDir
    Path dir;

    private CliHarness cli;
    private FakeMsk msk;
    private FakeDestinations aws;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(dir);
        msk = cli.prodMsk();
        aws = cli.prodDestinations();
        Files.writeString(dir.resolve("missing.json"), """
                {"BrokerLogs": {
                  "CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"},
                  "S3": {"Enabled": true, "Bucket": "no-such-bucket"}
                }}""");
        Files.writeString(dir.resolve("s3.json"), """
                {"BrokerLogs": {
                  "CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"},
                  "S3": {"Enabled": true, "Bucket": "msk-broker-logs-123"}
                }}""");
    }

    private CliHarness.Result apply(String file, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", file}, 0,
                args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return cli.run(args);
    }

    @Test
    void aMissingDestinationRefusesAndSendsNothing() {
        CliHarness.Result result = apply("missing.json", "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(msk.updates).isEmpty();
        assertThat(msk.calls).doesNotContain("updateMonitoring");
        List<String> lines = result.err().lines().toList();
        assertThat(lines).startsWith(
                "Checked log delivery of prod-events in us-east-1: 1 error",
                "",
                "ERROR  destination-missing  Bucket",
                "  Bucket no-such-bucket does not exist in us-east-1");
        assertThat(lines).contains("  Can do: Create bucket in us-east-1 (no-such-bucket)");
        assertThat(lines).last().isEqualTo(REFUSED);
        assertThat(lines).noneMatch(line -> line.startsWith("Change: ") || line.startsWith("Sending"));
    }

    @Test
    void forceSendsDespiteTheErrorAndSaysSo() {
        CliHarness.Result result = apply("missing.json", "--force");

        assertThat(result.exitCode()).isZero();
        assertThat(msk.updates).singleElement().satisfies(sent ->
                assertThat(sent.logging().brokerLogs().s3().bucket()).isEqualTo("no-such-bucket"));
        String operationArn = result.out().strip();
        assertThat(operationArn).contains(":cluster-operation/prod-events/");
        assertThat(result.err().lines()).contains("ERROR  destination-missing  Bucket")
                .containsSubsequence(
                        "Applying despite 1 error (--force).",
                        "Reading the cluster for its current version...",
                        "Sending UpdateMonitoring...",
                        "Change: Broker logs, Amazon S3 delivery: Off -> On")
                .doesNotContain(REFUSED);
    }

    @Test
    void warningsAndChecksThatCouldNotRunDoNotBlock() {
        aws.failures.put("simulate", FakeDestinations.denied("SimulatePrincipalPolicy"));

        CliHarness.Result result = apply("s3.json", "--broker-log-level", "DEBUG");

        assertThat(result.exitCode()).isZero();
        assertThat(msk.updates).hasSize(1);
        assertThat(result.err().lines()).startsWith(
                        "Checked log delivery of prod-events in us-east-1: 1 warning, 1 could not be checked",
                        "",
                        "WARNING  log-level-cloudwatch  LogGroup")
                .contains("COULD NOT CHECK  permissions")
                .containsSubsequence("Reading the cluster for its current version...", "Sending UpdateMonitoring...")
                .noneMatch(line -> line.startsWith("Applying despite"));
    }

    @Test
    void destinationServicesThatCannotBeOpenedDoNotBlockApplyButAreSaid() {
        cli.prod.destinationsFailure = new GatewayException(Failure.CONFIGURATION, null,
                "No endpoint for CloudWatch Logs in us-east-1.");

        CliHarness.Result result = apply("s3.json", "--broker-log-level", "TRACE");

        assertThat(result.exitCode()).isZero();
        assertThat(msk.updates).hasSize(1);
        assertThat(result.err().lines()).contains(
                "Checked log delivery of prod-events in us-east-1: 1 warning, 1 could not be checked",
                "WARNING  log-level-cloudwatch  LogGroup",
                "COULD NOT CHECK  destination-checks",
                "  Why: CloudWatch Logs, Amazon S3, Firehose, KMS and IAM could not be reached in us-east-1: No "
                        + "endpoint for CloudWatch Logs in us-east-1.");
    }

    @Test
    void dryRunListsTheFindingsAndSaysApplyWouldBeRefused() {
        CliHarness.Result result = apply("missing.json", "--dry-run");
        CliHarness.Result forced = apply("missing.json", "--dry-run", "--force");

        assertThat(result.exitCode()).isZero();
        assertThat(msk.updates).isEmpty();
        assertThat(result.out()).startsWith("PUT ");
        assertThat(result.err().lines()).containsSubsequence(
                "Change: Broker logs, Amazon S3 delivery: Off -> On",
                "Checked log delivery of prod-events in us-east-1: 1 error",
                "ERROR  destination-missing  Bucket",
                "Apply would be refused: 1 error. --force applies anyway.",
                "Dry run: nothing was sent.");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.err()).contains("With --force, apply would send it despite 1 error.\n");
    }

    @Test
    void nothingIsCheckedWhenApplyWouldSendNothing() throws Exception {
        Files.writeString(dir.resolve("same.json"), """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"}}}""");

        CliHarness.Result unchanged = apply("same.json");
        CliHarness.Result busy = cli.run("logging", "apply", "--cluster", CliHarness.BUSY_ARN, "--file",
                "missing.json");

        assertThat(unchanged.exitCode()).isZero();
        assertThat(unchanged.err()).doesNotContain("Checked").contains("already delivering as requested");
        assertThat(busy.exitCode()).isEqualTo(1);
        assertThat(busy.err()).doesNotContain("Checked", "destination-missing").contains("is UPDATING");
        assertThat(aws.calls).isEmpty();
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void aBadBrokerLogLevelIsAUsageError() {
        CliHarness.Result result = apply("s3.json", "--broker-log-level", "verbose");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("msk-console: --broker-log-level: 'verbose' is not INFO, DEBUG or TRACE");
        assertThat(msk.calls).isEmpty();
    }

    @Test
    void ctrlCWhileCheckingSendsNothingExit130() throws Exception {
        AtomicReference<Runnable> handler = new AtomicReference<>();
        CountDownLatch released = new CountDownLatch(1);
        aws.gate = released;
        cli.interrupts = onInterrupt -> {
            handler.set(onInterrupt);
            return () -> { };
        };
        Thread presser = new Thread(() -> {
            while (aws.calls.isEmpty()) {
                Thread.onSpinWait();
            }
            handler.get().run();
        });
        presser.start();

        CliHarness.Result result;
        try {
            result = apply("s3.json", "--wait");
        } finally {
            released.countDown();
            presser.join(5_000);
        }

        assertThat(result.exitCode()).isEqualTo(130);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).last()
                .isEqualTo("msk-console: " + LoggingApplyCommand.STOPPED_BEFORE_SENDING);
        assertThat(msk.updates).isEmpty();
        assertThat(msk.calls).containsExactly("describeCluster");
    }
}
