package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logging check}: the findings of the preflight checks on stdout, and an exit code for pipelines. */
class LoggingCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MISSING_WHY = "MSK does not create destinations. With one that does not exist, the "
            + "cluster goes into UPDATING and the update then fails.";

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
        write("good.json", """
                {"BrokerLogs": {
                  "CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"},
                  "S3": {"Enabled": true, "Bucket": "msk-broker-logs-123", "Prefix": "prod"}
                }}""");
        write("missing.json", """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/missing"}}}""");
        write("cw.json", """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"}}}""");
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content);
    }

    private CliHarness.Result check(String file, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"logging", "check", "--cluster", CliHarness.PROD_ARN, "--file", file}, 0,
                args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return cli.run(args);
    }

    private void assertNothingSent() {
        assertThat(msk.updates).isEmpty();
        assertThat(msk.calls).doesNotContain("updateMonitoring");
    }

    @Test
    void destinationsThatExistGiveTheHeaderAloneAndExitZero() {
        CliHarness.Result result = check("good.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(CliHarness.PROD_CHECKED + "\n");
        assertThat(result.err()).isEmpty();
        assertThat(msk.calls).containsExactly("describeCluster");
        assertThat(aws.calls).contains("logGroup /msk/prod-events", "bucket msk-broker-logs-123");
        assertNothingSent();
    }

    @Test
    void aMissingLogGroupIsAnErrorBlockWithWhyFixAndWhatTheWindowCanDoExitOne() {
        CliHarness.Result result = check("missing.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                Checked log delivery of prod-events in us-east-1: 1 error

                ERROR  destination-missing  LogGroup
                  Log group /msk/missing does not exist in us-east-1
                  Why: %s
                  Fix: Create it here, or pick an existing log group.
                  Can do: Create log group (/msk/missing)
                """.formatted(MISSING_WHY));
        assertThat(result.err()).isEmpty();
        assertNothingSent();
    }

    @Test
    void jsonHasEveryMemberOfEachFindingParsedBack() throws Exception {
        CliHarness.Result result = check("missing.json", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("schemaVersion", "cluster", "region", "summary",
                "blocksApply", "findings");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("cluster").asText()).isEqualTo(CliHarness.PROD_ARN);
        assertThat(root.get("region").asText()).isEqualTo("us-east-1");
        assertThat(root.get("summary").asText()).isEqualTo("1 error");
        assertThat(root.get("blocksApply").asBoolean()).isTrue();
        assertThat(root.get("findings")).hasSize(1);
        JsonNode finding = root.get("findings").get(0);
        assertThat(finding.fieldNames()).toIterable().containsExactly("checkId", "severity", "field", "logKinds", "title", "why",
                "fix", "actions");
        assertThat(finding.get("checkId").asText()).isEqualTo("destination-missing");
        assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.get("field").asText()).isEqualTo("LogGroup");
        assertThat(finding.get("title").asText()).isEqualTo("Log group /msk/missing does not exist in us-east-1");
        assertThat(finding.get("why").asText()).isEqualTo(MISSING_WHY);
        assertThat(finding.get("fix").asText()).isEqualTo("Create it here, or pick an existing log group.");
        assertThat(finding.get("actions")).hasSize(1);
        JsonNode action = finding.get("actions").get(0);
        assertThat(action.get("kind").asText()).isEqualTo("CREATE_LOG_GROUP");
        assertThat(action.get("label").asText()).isEqualTo("Create log group");
        assertThat(action.get("target").asText()).isEqualTo("/msk/missing");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void jsonWithoutFindingsAndAFindingWithoutAFieldHasNulls() throws Exception {
        JsonNode clean = JSON.readTree(check("good.json", "--format=json").out());
        aws.failures.put("simulate", FakeDestinations.denied("SimulatePrincipalPolicy"));
        CliHarness.Result denied = check("good.json", "--format", "json");

        assertThat(clean.get("summary").asText()).isEqualTo("No problems found");
        assertThat(clean.get("blocksApply").asBoolean()).isFalse();
        assertThat(clean.get("findings")).isEmpty();
        assertThat(denied.exitCode()).isZero();
        JsonNode finding = JSON.readTree(denied.out()).get("findings").get(0);
        assertThat(finding.get("severity").asText()).isEqualTo("COULD_NOT_CHECK");
        assertThat(finding.get("checkId").asText()).isEqualTo("permissions");
        assertThat(finding.get("field").isNull()).isTrue();
        assertThat(finding.get("actions")).isEmpty();
    }

    @Test
    void debugBrokerLogsToCloudWatchWarnAndOnlyStrictFailsOnAWarning() {
        CliHarness.Result info = check("cw.json");
        CliHarness.Result debug = check("cw.json", "--broker-log-level", "DEBUG");
        CliHarness.Result trace = check("cw.json", "--broker-log-level=trace");
        CliHarness.Result strict = check("cw.json", "--broker-log-level", "DEBUG", "--strict");

        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).doesNotContain("log-level-cloudwatch");
        assertThat(debug.exitCode()).isZero();
        assertThat(debug.out().lines()).startsWith(
                "Checked log delivery of prod-events in us-east-1: 1 warning",
                "",
                "WARNING  log-level-cloudwatch  LogGroup",
                "  DEBUG or TRACE broker logs to CloudWatch Logs");
        assertThat(debug.out()).contains("\n  Fix: While brokers log at DEBUG or TRACE, deliver to Amazon S3 or "
                + "Kinesis Data Firehose instead.\n");
        assertThat(trace.exitCode()).isZero();
        assertThat(trace.out()).contains("WARNING  log-level-cloudwatch  LogGroup");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).isEqualTo(debug.out());
        assertThat(check("good.json", "--strict").exitCode()).isZero();
    }

    @Test
    void aDeniedSimulationCouldNotBeCheckedExitZeroUnlessStrict() {
        aws.failures.put("simulate", FakeDestinations.denied("SimulatePrincipalPolicy"));

        CliHarness.Result result = check("good.json");
        CliHarness.Result strict = check("good.json", "--strict");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).startsWith(
                "Checked log delivery of prod-events in us-east-1: 1 could not be checked",
                "",
                "COULD NOT CHECK  permissions",
                "  Could not check your permissions");
        assertThat(result.out()).contains("  Why: The IAM policy simulator could not be asked "
                + "(SimulatePrincipalPolicy) about arn:aws:iam::111122223333:role/Admin: Access denied to SimulatePrincipalPolicy.");
        assertThat(strict.exitCode()).isEqualTo(1);
    }

    @Test
    void aMultiLineFixKeepsItsLinesIndentedUnderTheFirst() throws Exception {
        String key = "arn:aws:kms:us-east-1:123456789012:key/1111-2222";
        aws.buckets.put("kms-logs", new BucketInfo("kms-logs", "us-east-1", BucketEncryption.SSE_KMS, key));
        aws.keys.put(key, new KeyInfo(key, false));
        aws.keyPolicies.put(key, "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        write("kms.json", """
                {"BrokerLogs": {"S3": {"Enabled": true, "Bucket": "kms-logs"}}}""");

        CliHarness.Result result = check("kms.json");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).contains("WARNING  kms-key-policy  Bucket",
                "  Fix: Add this statement to the key policy (as in the Amazon MSK developer guide):",
                "  Can do: Add the statement to the key policy (" + key + ")");
        List<String> statement = KeyPolicyMerge.statementText().lines().toList();
        int first = lines.indexOf("       " + statement.get(0));
        assertThat(first).as("the statement's first line, indented under Fix").isPositive();
        assertThat(lines.subList(first, first + statement.size()))
                .containsExactlyElementsOf(statement.stream().map(line -> "       " + line).toList());
        assertThat(lines).noneMatch(line -> line.contains("Copy statement"));
    }

    @Test
    void expressBrokersGetTheirNote() {
        String arn = "arn:aws:kafka:us-east-1:123456789012:cluster/express-events/0a1b2c3d-4444-1";
        msk.put(new Cluster(arn, "express-events", ClusterType.PROVISIONED, ClusterState.ACTIVE, "KEXP1", "3.6.0",
                "express.m7g.large", 3, LoggingInfo.of(LogDelivery.NONE), FakeMsk.MONITORING, null, Instant.EPOCH));

        CliHarness.Result result = cli.run("logging", "check", "--cluster", arn, "--file", "cw.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Checked log delivery of express-events in us-east-1: 1 note\n")
                .contains("\nINFO  express-brokers\n  Express brokers\n");
    }

    @Test
    void aBadBrokerLogLevelIsAUsageErrorBeforeAnythingIsRead() {
        CliHarness.Result result = check("good.json", "--broker-log-level", "LOUD");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: --broker-log-level: 'LOUD' is not INFO, DEBUG or TRACE (the "
                + "level the brokers log at; INFO when left out).\n");
        assertThat(cli.profiles.opened).isEmpty();
        assertThat(msk.calls).isEmpty();
    }

    @Test
    void aMalformedFileNamesTheLineAndExitsTwo() throws Exception {
        write("bad.json", """
                {
                  "BrokerLogs": {
                    "CloudWatchLogs": {"Enabled": true, "LogGrup": "/msk/prod-events"}
                  }
                }
                """);

        CliHarness.Result result = check("bad.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("msk-console: bad.json: line 3, column ")
                .contains("unknown field \"LogGrup\"");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(msk.calls).isEmpty();
        assertThat(aws.calls).isEmpty();
    }

    @Test
    void aMissingFileOrFileOptionExitsTwo() {
        CliHarness.Result noSuchFile = check("nope.json");
        CliHarness.Result noOption = cli.run("logging", "check", "--cluster", CliHarness.PROD_ARN);

        assertThat(noSuchFile.exitCode()).isEqualTo(2);
        assertThat(noSuchFile.err()).isEqualTo("msk-console: No such file: " + dir.resolve("nope.json") + "\n");
        assertThat(noOption.exitCode()).isEqualTo(2);
        assertThat(noOption.out()).isEmpty();
        assertThat(noOption.err()).isEqualTo("msk-console: Missing required option: '--file=FILE'. "
                + "See 'msk-console logging check --help'.\n");
        assertThat(msk.calls).isEmpty();
    }

    @Test
    void anUnknownClusterIsNotFoundExitOneAndNothingIsChecked() {
        String unknown = "arn:aws:kafka:us-east-1:123456789012:cluster/nobody/0a1b2c3d-0000-9";

        CliHarness.Result result = cli.run("logging", "check", "--cluster", unknown, "--file", "good.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: Cluster " + unknown + " was not found in this region.\n");
        assertThat(aws.calls).isEmpty();
    }

    @Test
    void aServerlessClusterHasNothingToCheckExitOne() {
        CliHarness.Result result = cli.run("logging", "check", "--cluster", CliHarness.SERVERLESS_ARN, "--file",
                "good.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("msk-console: Cluster adhoc-analytics is SERVERLESS: only provisioned "
                + "clusters have broker or authorizer logs to check.\n");
        assertThat(aws.calls).isEmpty();
    }

    @Test
    void serviceFailuresOfTheClusterLookupExitAsForTheOtherCommands() {
        msk.failures.put("describeCluster", new GatewayException(Failure.ACCESS_DENIED, "DescribeClusterV2",
                "Access denied to kafka:DescribeClusterV2."));
        CliHarness.Result denied = check("good.json");
        msk.failures.put("describeCluster", new GatewayException(Failure.SSO_LOGIN_REQUIRED, "DescribeClusterV2",
                "The SSO session of profile prod has ended: run aws sso login --profile prod."));
        CliHarness.Result sso = check("good.json");

        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.err()).isEqualTo("msk-console: Access denied to kafka:DescribeClusterV2.\n");
        assertThat(sso.exitCode()).isEqualTo(2);
        assertThat(sso.out()).isEmpty();
    }

    @Test
    void destinationServicesThatCannotBeOpenedAreASetupErrorForCheck() {
        cli.prod.destinationsFailure = new GatewayException(Failure.CONFIGURATION, null,
                "No endpoint for CloudWatch Logs in us-east-1.");

        CliHarness.Result result = check("good.json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: No endpoint for CloudWatch Logs in us-east-1.\n");
    }

    @Test
    void theRegionComesFromTheArnAndTheSandboxWorksToo() throws Exception {
        write("demo.json", """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/demo"}}}""");

        CliHarness.Result result = cli.run("--sandbox", "logging", "check", "--cluster", CliHarness.SANDBOX_ARN,
                "--file", "demo.json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Checked log delivery of sandbox-demo in eu-west-1: "
                + "No problems found\n");
        assertThat(cli.sandbox.fakeDestinations("eu-west-1").calls).contains("logGroup /msk/demo");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void ctrlCWhileCheckingExits130WithNothingOnStdout() throws Exception {
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
            result = check("good.json");
        } finally {
            released.countDown();
            presser.join(5_000);
        }

        assertThat(result.exitCode()).isEqualTo(130);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("msk-console: Stopped before the checks finished: no result.\n");
    }

    @Test
    void helpNamesTheOptionsAndTheExitCodes() {
        CliHarness.Result result = cli.run("logging", "check", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: msk-console logging check")
                .contains("--cluster=ARN", "--file=FILE", "--format=text|json", "--strict",
                        "--broker-log-level=LEVEL", "--profile=NAME", "Exit codes: 0 no error");
    }
}
