package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.OperationScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoggingApplyTest {
    @TempDir
    Path dir;

    private CliHarness cli;
    private FakeMsk msk;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliHarness(dir);
        msk = cli.prodMsk();
        Files.writeString(dir.resolve("s3.json"), """
                {
                  "BrokerLogs": {
                    "CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"},
                    "S3": {"Enabled": true, "Bucket": "msk-broker-logs-123", "Prefix": "prod"}
                  }
                }
                """);
    }

    private CliHarness.Result apply(String arn, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"logging", "apply", "--cluster", arn, "--file", "s3.json"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return cli.run(args);
    }

    @Test
    void dryRunPrintsTheRequestAndTheCliLineAndSendsNothing() throws Exception {
        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(msk.updates).isEmpty();
        assertThat(msk.calls).containsExactly("describeCluster");

        String[] parts = result.out().split("\n\n");
        assertThat(parts).hasSize(2);
        String http = parts[0];
        assertThat(http).startsWith("PUT /v1/clusters/arn%3Aaws%3Akafka%3Aus-east-1%3A123456789012%3Acluster"
                + "%2Fprod-events%2F0a1b2c3d-1111-2222-3333-444455556666-1/monitoring\n");
        JsonNode body = new ObjectMapper().readTree(http.substring(http.indexOf('\n') + 1));
        assertThat(body.get("currentVersion").asText()).isEqualTo("K3AEGXETSR30VB");
        assertThat(body.get("enhancedMonitoring").asText()).isEqualTo("PER_BROKER");
        assertThat(body.at("/openMonitoring/prometheus/jmxExporter/enabledInBroker").asBoolean()).isTrue();
        assertThat(body.at("/loggingInfo/brokerLogs/s3/bucket").asText()).isEqualTo("msk-broker-logs-123");
        assertThat(body.at("/loggingInfo/brokerLogs/s3/prefix").asText()).isEqualTo("prod");
        assertThat(body.at("/loggingInfo/brokerLogs/firehose/enabled").asBoolean()).isFalse();
        assertThat(parts[1]).startsWith("aws kafka update-monitoring --profile prod --region us-east-1 --cluster-arn "
                + CliHarness.PROD_ARN + " --current-version K3AEGXETSR30VB --enhanced-monitoring PER_BROKER")
                .contains("--logging-info '{\"BrokerLogs\":").endsWith("'\n");
        assertThat(result.err().lines()).containsExactly(
                "Change: Broker logs, Amazon S3 delivery: Off -> On",
                "Change: Broker logs, Amazon S3 bucket: — -> msk-broker-logs-123",
                "Change: Broker logs, Amazon S3 prefix: — -> prod",
                CliHarness.PROD_CHECKED,
                "Dry run: nothing was sent.");
    }

    @Test
    void applyListsEveryChangeAsItSendsIncludingADestinationTheFileLeavesOut() throws Exception {
        Files.writeString(dir.resolve("s3.json"), """
                {"BrokerLogs": {"S3": {"Enabled": true, "Bucket": "msk-broker-logs-123"}}}""");

        CliHarness.Result result = apply(CliHarness.PROD_ARN);

        assertThat(result.exitCode()).isZero();
        String operationArn = result.out().strip();
        assertThat(result.err().lines().toList()).containsExactly(
                CliHarness.PROD_CHECKED,
                "Reading the cluster for its current version...",
                "Sending UpdateMonitoring...",
                "Change: Broker logs, CloudWatch Logs delivery: On -> Off",
                "Change: Broker logs, CloudWatch Logs log group: /msk/prod-events -> —",
                "Change: Broker logs, Amazon S3 delivery: Off -> On",
                "Change: Broker logs, Amazon S3 bucket: — -> msk-broker-logs-123",
                "Sent. Cluster prod-events is updating; its operation is " + operationArn
                        + " (use --wait to follow it).");
        assertThat(msk.updates).singleElement().satisfies(sent ->
                assertThat(sent.logging().brokerLogs().cloudWatchLogs().enabled()).isFalse());
    }

    @Test
    void applyWithWaitListsTheChangesToo() {
        CliHarness.Result dryRun = apply(CliHarness.PROD_ARN, "--dry-run");
        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isZero();
        List<String> changes = dryRun.err().lines().filter(line -> line.startsWith("Change: ")).toList();
        assertThat(changes).hasSize(3);
        assertThat(result.err().lines().filter(line -> line.startsWith("Change: "))).containsExactlyElementsOf(changes);
    }

    @Test
    void anApplyThatSendsNothingListsNoChanges() throws Exception {
        Files.writeString(dir.resolve("same.json"), """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"}}}""");

        CliHarness.Result refused = apply(CliHarness.BUSY_ARN);
        CliHarness.Result unchanged = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file",
                "same.json");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).doesNotContain("Change: ");
        assertThat(unchanged.exitCode()).isZero();
        assertThat(unchanged.err()).doesNotContain("Change: ").contains("already delivering as requested");
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void firehoseInOsakaIsAWarningFindingOnApplyAndDryRunWithoutChangingTheExitCode() throws Exception {
        String osakaArn = "arn:aws:kafka:ap-northeast-3:123456789012:cluster/osaka-events/0a1b2c3d-3333-1";
        cli.prod.region("ap-northeast-3").put(FakeMsk.provisioned(osakaArn, "osaka-events",
                io.mskconsole.core.clusters.ClusterState.ACTIVE, "KOSAKA1", io.mskconsole.core.delivery.LogDelivery.NONE));
        FakeDestinations osaka = cli.prod.fakeDestinations("ap-northeast-3");
        osaka.streams.put("msk-logs", new DeliveryStreamInfo("msk-logs", null, DeliveryStreamInfo.DIRECT_PUT,
                "ACTIVE", Map.of(DeliveryStreamInfo.TAG_KEY, "true")));
        osaka.logGroups.put("/msk/prod-events", new LogGroupInfo("/msk/prod-events", null, null, 0, null));
        osaka.buckets.put("msk-broker-logs-123", new BucketInfo("msk-broker-logs-123", "ap-northeast-3",
                BucketEncryption.SSE_S3, null));
        Files.writeString(dir.resolve("firehose.json"), """
                {"BrokerLogs": {"Firehose": {"Enabled": true, "DeliveryStream": "msk-logs"}}}""");
        String warning = "WARNING  firehose-osaka  DeliveryStream";
        String why = "  Why: " + io.mskconsole.core.delivery.RegionLimits.OSAKA_FIREHOSE;

        CliHarness.Result dryRun = cli.run("logging", "apply", "--cluster", osakaArn, "--file", "firehose.json",
                "--dry-run");
        CliHarness.Result applied = cli.run("logging", "apply", "--cluster", osakaArn, "--file", "firehose.json",
                "--wait");
        CliHarness.Result s3 = cli.run("logging", "apply", "--cluster", osakaArn, "--file", "s3.json", "--dry-run");
        CliHarness.Result elsewhere = apply(CliHarness.PROD_ARN, "--dry-run");

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.err().lines().filter(warning::equals)).hasSize(1);
        assertThat(dryRun.err().lines()).contains("Checked log delivery of osaka-events in ap-northeast-3: "
                + "1 warning", why);
        assertThat(applied.exitCode()).isZero();
        assertThat(applied.err().lines().filter(warning::equals)).hasSize(1);
        assertThat(applied.out()).contains(":cluster-operation/osaka-events/");
        assertThat(cli.prod.regions.get("ap-northeast-3").updates).hasSize(1);
        assertThat(s3.err()).doesNotContain("WARNING", "firehose-osaka").contains("No problems found");
        assertThat(elsewhere.err()).doesNotContain("WARNING", "firehose-osaka");
    }

    @Test
    void dryRunOnABusyClusterSaysApplyWouldBeRefused() {
        CliHarness.Result result = apply(CliHarness.BUSY_ARN, "--dry-run");

        assertThat(result.exitCode()).isZero();
        assertThat(msk.updates).isEmpty();
        assertThat(result.out()).startsWith("PUT ");
        assertThat(result.err()).contains("Cluster batch-jobs is UPDATING: apply would be refused until it is ACTIVE");
    }

    @Test
    void dryRunWithWaitIsAUsageError() {
        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--dry-run", "--wait");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(msk.calls).isEmpty();
    }

    @Test
    void updateFailedExitsOneWithTheOperationsError() {
        msk.script = OperationScript.endingAt(3, "UPDATE_FAILED");
        msk.errorCode = "InvalidBucket";
        msk.errorMessage = "The specified bucket does not exist.";

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        String operationArn = result.out().strip();
        assertThat(operationArn).contains(":cluster-operation/");
        assertThat(result.err().lines().toList()).last().isEqualTo("msk-console: Operation " + operationArn
                + " on cluster prod-events ended UPDATE_FAILED: The specified bucket does not exist. "
                + "(code: InvalidBucket)");
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"STALE_VERSION", "ACCESS_DENIED", "THROTTLED", "BAD_REQUEST"})
    void serviceFailureOfUpdateMonitoringExitsOneWithItsMessageAndNothingOnStdout(Failure failure) {
        String message = "UpdateMonitoring failed: " + failure + ", worded by the adapter.";
        msk.failures.put("updateMonitoring", new GatewayException(failure, "UpdateMonitoring", message));

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).last().isEqualTo("msk-console: " + message);
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(msk.updates).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"TIMEOUT", "CONNECTION", "SERVICE_UNAVAILABLE", "UNKNOWN"})
    void aLostAnswerToUpdateMonitoringIsOneLineSayingWhatTheReadAfterItFoundExitOne(Failure failure) {
        msk.failures.put("updateMonitoring", new GatewayException(failure, "UpdateMonitoring",
                "MSK in us-east-1 did not answer (" + failure + ")."));

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        List<String> errors = result.err().lines().filter(line -> line.startsWith("msk-console: ")).toList();
        assertThat(errors).singleElement().asString()
                .startsWith("msk-console: UpdateMonitoring for prod-events got no answer (")
                .endsWith("). The cluster is ACTIVE and its delivery is unchanged: nothing was applied, you can apply "
                        + "again.")
                .doesNotContain(".).", "unexpected error", "Exception");
        assertThat(result.err().lines().toList()).last().isEqualTo(errors.get(0));
        assertThat(result.err()).doesNotContainIgnoringCase("nothing was sent").doesNotContain("\tat ");
        assertThat(msk.calls).containsOnlyOnce("updateMonitoring").doesNotContain("describeOperation");
        assertThat(msk.calls.get(msk.calls.size() - 1)).as("read once more to say what happened")
                .isEqualTo("describeCluster");
    }

    @Test
    void aChangeTakenWithoutAnAnswerIsFollowedWithWaitAsTheWindowFollowsIt() {
        msk.loseAnswerAfterTaking = new GatewayException(Failure.SERVICE_UNAVAILABLE, "UpdateMonitoring",
                "UpdateMonitoring in us-east-1 failed: MSK answered HTTP 503. Try again.");
        msk.updatingReads = 2;

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("UpdateMonitoring for prod-events got no answer (MSK answered with a server "
                + "error). The cluster is UPDATING: the change was taken; following the cluster")
                .contains("ACTIVE: cluster prod-events is updated.");
        assertThat(msk.updates).as("sent once").hasSize(1);
    }

    @Test
    void expiredSsoLoginIsASetupProblem() {
        msk.failures.put("describeCluster", new GatewayException(Failure.SSO_LOGIN_REQUIRED, "DescribeClusterV2",
                "The SSO session of profile prod has ended: run aws sso login --profile prod."));

        CliHarness.Result result = apply(CliHarness.PROD_ARN);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).endsWith("msk-console: The SSO session of profile prod has ended: run aws sso login "
                + "--profile prod.\n");
    }

    @Test
    void aClusterThatIsNotActiveIsRefusedAndNothingIsSent() {
        CliHarness.Result result = apply(CliHarness.BUSY_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("msk-console: Cluster batch-jobs is UPDATING: MSK accepts changes only "
                + "while a cluster is ACTIVE.");
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void aServerlessClusterIsRefused() {
        CliHarness.Result result = apply(CliHarness.SERVERLESS_ARN);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("msk-console: Cluster adhoc-analytics is serverless");
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void ctrlCStopsFollowingAndSaysTheOperationGoesOn() {
        AtomicReference<Runnable> handler = new AtomicReference<>();
        AtomicBoolean disarmed = new AtomicBoolean();
        cli.interrupts = onInterrupt -> {
            handler.set(onInterrupt);
            return () -> disarmed.set(true);
        };
        msk.script = OperationScript.endingAt(100, "UPDATE_COMPLETE");
        msk.onPoll = poll -> {
            if (poll == 2) {
                handler.get().run();
            }
        };

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(130);
        String operationArn = result.out().strip();
        assertThat(result.err().lines().toList()).last()
                .isEqualTo("Stopped following. The update goes on in AWS: operation " + operationArn);
        assertThat(msk.calls.stream().filter("describeOperation"::equals)).hasSize(2);
        assertThat(disarmed).isTrue();
    }

    @Test
    void ctrlCBeforeTheRequestSendsNothing() {
        cli.interrupts = onInterrupt -> {
            onInterrupt.run();
            return () -> { };
        };

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(130);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).last()
                .isEqualTo("msk-console: Stopped before sending UpdateMonitoring: nothing was changed.");
        assertThat(msk.updates).isEmpty();
        assertThat(msk.calls).doesNotContain("updateMonitoring");
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"EXPIRED_CREDENTIALS", "SSO_LOGIN_REQUIRED", "NO_CREDENTIALS",
            "CONFIGURATION"})
    void aCredentialsOrSetupFailureWhileFollowingExitsOneNamingTheOperationNotTwo(Failure failure) {
        msk.script = OperationScript.neverEnding();
        msk.onPoll = poll -> {
            if (poll == 2) {
                msk.failures.put("describeOperation", new GatewayException(failure, "DescribeClusterOperationV2",
                        "The credentials of profile prod expired (" + failure + ")."));
            }
        };

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        String operationArn = result.out().strip();
        assertThat(operationArn).contains(":cluster-operation/prod-events/");
        assertThat(result.err().lines().toList()).last().isEqualTo("msk-console: Stopped following operation "
                + operationArn + ": The credentials of profile prod expired (" + failure + "). The update was sent "
                + "and goes on in AWS.");
        assertThat(msk.updates).hasSize(1);
    }

    @Test
    void anUnexpectedErrorWhileFollowingAlsoExitsOneNamingTheOperation() {
        msk.failures.put("describeOperation", new IllegalStateException("boom"));

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        String operationArn = result.out().strip();
        assertThat(result.err().lines().toList()).last().asString()
                .startsWith("msk-console: Stopped following operation " + operationArn + ": unexpected error")
                .endsWith("The update was sent and goes on in AWS.");
    }

    @Test
    void aFailureWhileFollowingSaysTheUpdateWasSent() {
        msk.failures.put("describeOperation", new GatewayException(Failure.ACCESS_DENIED,
                "DescribeClusterOperationV2", "Access denied to kafka:DescribeClusterOperationV2."));

        CliHarness.Result result = apply(CliHarness.PROD_ARN, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        String operationArn = result.out().strip();
        assertThat(result.err().lines().toList()).last().isEqualTo("msk-console: Stopped following operation "
                + operationArn + ": Access denied to kafka:DescribeClusterOperationV2. The update was sent and goes "
                + "on in AWS.");
        assertThat(msk.updates).hasSize(1);
    }
}
