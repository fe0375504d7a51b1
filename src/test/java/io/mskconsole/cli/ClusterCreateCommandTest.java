package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterFile;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.sandbox.SandboxNetwork;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.sandbox.SandboxWorld;
import io.mskconsole.testing.FakeCreation;
import io.mskconsole.testing.FakeNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster create} and {@code cluster export}, against the Sandbox end to end and a fake profile. */
class ClusterCreateCommandTest {
    static final String REGION = "us-east-1";

    @TempDir
    Path dir;
    /** Clusters take 300 ms to be created; the Sandbox answers at once. */
    final SandboxWorld world = new SandboxWorld(Clock.systemUTC(), Duration.ofMillis(300));

    record Result(int exitCode, String out, String err) {
    }

    Result sandbox(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(new Accounts(new io.mskconsole.testing.FakeAccounts(),
                () -> new SandboxSession(world, Duration.ofMillis(20), Duration.ZERO)),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, Duration.ofMillis(20), null);
        int code = MskConsoleCli.run(args, env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Three brokers in the Sandbox's msk-network of us-east-1, delivering to a log group that exists there. */
    static ClusterDraft sandboxDraft(String name, String logGroup) {
        List<String> subnets = SandboxNetwork.subnets(REGION).stream()
                .filter(s -> s.name() != null && s.name().startsWith("msk-private-")).map(Subnet::id).toList();
        return new ClusterDraft(name, "3.9.x", new BrokerNodes("kafka.m7g.large", 3, subnets, List.of(), 100),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT, null,
                LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to(logGroup), S3Destination.OFF, FirehoseDestination.OFF)),
                null, Map.of());
    }

    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void createsInTheSandboxAndFollowsToActive() throws IOException {
        write("new.json", CreateClusterFile.write(sandboxDraft("orders-copy", "/aws/vendedlogs/msk/orders-prod")));

        Result created = sandbox("cluster", "create", "--sandbox", "--file", "new.json", "--wait");

        assertThat(created.exitCode()).as(created.err()).isEqualTo(ExitCodes.OK);
        assertThat(created.out().strip()).startsWith("arn:aws:kafka:us-east-1:111122223333:cluster/orders-copy/");
        assertThat(created.err()).contains("Checked log delivery of new cluster orders-copy in us-east-1",
                "Sending CreateClusterV2 for orders-copy...", "Cluster orders-copy CREATING (",
                "ACTIVE: cluster orders-copy was created.");

        Result listed = sandbox("clusters", "--sandbox");
        assertThat(listed.out()).contains("orders-copy").contains("CloudWatch Logs");
    }

    @Test
    void aMissingDestinationIsRefusedUnlessForcedThenTheClusterFails() throws IOException {
        write("doomed.json", CreateClusterFile.write(sandboxDraft("doomed", "/msk/nowhere")));

        Result refused = sandbox("cluster", "create", "--sandbox", "--file", "doomed.json");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).contains("ERROR  destination-missing  LogGroup",
                "msk-console: Refused: the checks found 1 error (listed above); cluster doomed was not created.");
        assertThat(refused.out()).isEmpty();

        Result check = sandbox("cluster", "create", "--sandbox", "--file", "doomed.json", "--check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(check.out()).contains("ERROR  destination-missing  LogGroup");
        assertThat(check.err()).contains("doomed.json passes the rules; checked, nothing was sent.");

        Result forced = sandbox("cluster", "create", "--sandbox", "--file", "doomed.json", "--force", "--wait");
        assertThat(forced.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(forced.err()).contains("Creating despite 1 error (--force).",
                "msk-console: Cluster doomed (arn:aws:kafka:us-east-1:111122223333:cluster/doomed/",
                "ended FAILED: The specified log group /msk/nowhere does not exist in us-east-1. (code: InvalidLogGroup)");
        assertThat(forced.out()).contains(":cluster/doomed/");
    }

    @Test
    void checkSendsNothingAndExitsZeroWithoutAnError() throws IOException {
        write("ok.json", CreateClusterFile.write(sandboxDraft("checked-only", "/aws/vendedlogs/msk/orders-prod")));
        Result check = sandbox("cluster", "create", "--sandbox", "--file", "ok.json", "--check");
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).startsWith("Checked log delivery of new cluster checked-only in us-east-1");
        assertThat(sandbox("clusters", "--sandbox").out()).doesNotContain("checked-only");
    }

    @Test
    void brokenRulesAreListedWithTheirPathAndNothingIsSent() throws IOException {
        ClusterDraft draft = sandboxDraft("2-bad", "/aws/vendedlogs/msk/orders-prod");
        draft = draft.withBrokers(draft.brokers().withCount(4).withClientSubnets(List.of(
                draft.brokers().clientSubnets().get(0), "subnet-0123456789abcdef0", draft.brokers().clientSubnets().get(2))));
        write("bad.json", CreateClusterFile.write(draft));

        Result result = sandbox("cluster", "create", "--sandbox", "--file", "bad.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(
                "bad.json: ClusterName: Cluster names start with a letter.",
                "bad.json: Provisioned.NumberOfBrokerNodes: MSK spreads brokers evenly over the zones: 4 brokers over 3 "
                        + "zones is uneven.",
                "bad.json: Provisioned.BrokerNodeGroupInfo.ClientSubnets: Subnet subnet-0123456789abcdef0 does not "
                        + "exist in us-east-1.",
                "msk-console: bad.json breaks 3 rules (listed above): nothing was sent.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMalformedFileSaysWhere() throws IOException {
        write("typo.json", "{\"ClusterName\": \"x\", \"Provisioned\": {\"NumberOfBrokerNodes\": \"three\"}}");
        Result result = sandbox("cluster", "create", "--sandbox", "--file", "typo.json");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("msk-console: typo.json: Provisioned.NumberOfBrokerNodes must be a "
                + "whole number (found \"three\").");
        assertThat(sandbox("cluster", "create", "--sandbox", "--file", "typo.json", "--check", "--wait").err())
                .contains("--check sends nothing, so there is nothing to --wait for: pick one.");
    }

    @Test
    void exportWritesARequestThatCreateTakes() {
        String orders = sandbox("clusters", "--sandbox", "--format", "json").out();
        String arn = orders.substring(orders.indexOf("arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/"));
        arn = arn.substring(0, arn.indexOf('"'));

        Result exported = sandbox("cluster", "export", "--sandbox", "--cluster", arn, "--name", "orders-prod-2",
                "--output", "copy.json");
        assertThat(exported.exitCode()).as(exported.err()).isEqualTo(ExitCodes.OK);
        assertThat(exported.err()).contains("Wrote the settings of cluster orders-prod to ");

        Result check = sandbox("cluster", "create", "--sandbox", "--file", "copy.json", "--check");
        assertThat(check.exitCode()).as(check.err() + check.out()).isEqualTo(ExitCodes.OK);

        Result unnamed = sandbox("cluster", "export", "--sandbox", "--cluster", arn);
        assertThat(unnamed.out()).contains("\"ClusterName\": \"\"", "\"KafkaVersion\": \"3.6.0\"",
                "\"ConfigurationInfo\"");
        assertThat(unnamed.err()).contains("ClusterName is empty: name the new cluster before creating it.");
    }

    @Test
    void aLostAnswerSaysTheClusterMayExistAndCtrlCStopsFollowing() throws IOException {
        CliHarness cli = new CliHarness(dir);
        FakeCreation msk = cli.prod.fakeCreation(REGION);
        FakeNetwork network = cli.prod.fakeNetwork(REGION);
        ClusterDraft draft = new ClusterDraft("orders-new", "3.9.x", new BrokerNodes("kafka.m7g.large", 3,
                List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B, FakeNetwork.SUBNET_C), List.of(FakeNetwork.GROUP), 100),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT, null,
                LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod-events"))), null, Map.of());
        write("prod.json", CreateClusterFile.write(draft));

        msk.failures.put("createCluster", new GatewayException(Failure.TIMEOUT, "CreateClusterV2", "timed out"));
        CliHarness.Result lost = cli.run("cluster", "create", "--file", "prod.json");
        assertThat(lost.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(lost.err()).contains("MSK did not answer CreateClusterV2 for orders-new", "may or may not be being "
                + "created");
        assertThat(network.calls).contains("subnets null", "securityGroups null");

        msk.failures.clear();
        msk.states = List.of(ClusterState.CREATING);
        Runnable[] pressCtrlC = new Runnable[1];
        cli.interrupts = onInterrupt -> {
            pressCtrlC[0] = onInterrupt;
            return () -> pressCtrlC[0] = null;
        };
        msk.onPoll = poll -> {
            if (poll == 2 && pressCtrlC[0] != null) {
                pressCtrlC[0].run();
            }
        };
        CliHarness.Result stopped = cli.run("cluster", "create", "--file", "prod.json", "--wait");
        assertThat(stopped.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(stopped.out().strip()).isEqualTo(FakeCreation.arnOf(REGION, "orders-new"));
        assertThat(stopped.err()).contains("Stopped following. Creation goes on in AWS: cluster "
                + FakeCreation.arnOf(REGION, "orders-new"));
    }

    @Test
    void unreachableListingsAreSaidAndTheirRulesSkipped() throws IOException {
        CliHarness cli = new CliHarness(dir);
        cli.prod.fakeNetwork(REGION).failure = new GatewayException(Failure.ACCESS_DENIED, "DescribeSubnets",
                "DescribeSubnets in us-east-1 (profile prod) failed: access denied.");
        ClusterDraft draft = new ClusterDraft("orders-new", "3.9.x", new BrokerNodes("kafka.m7g.large", 2,
                List.of("subnet-0123456789abcdef0", "subnet-0123456789abcdef1"), List.of(), 100),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT, null, LoggingInfo.of(LogDelivery.NONE), null, Map.of());
        write("prod.json", CreateClusterFile.write(draft));

        CliHarness.Result check = cli.run("cluster", "create", "--file", "prod.json", "--check");

        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCodes.OK);
        assertThat(check.err()).contains("Could not look up the subnets (DescribeSubnets in us-east-1 (profile prod) "
                + "failed: access denied.): not checked here.");
        assertThat(cli.prod.fakeCreation(REGION).created).isEmpty();
    }
}
