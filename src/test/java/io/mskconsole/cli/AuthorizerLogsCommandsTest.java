package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeMsk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless commands on a cluster that delivers authorizer logs: export writes them, apply keeps them when the file
 * leaves them out and applies them when it gives them, check checks their destinations, clusters shows them.
 */
class AuthorizerLogsCommandsTest {
    static final LogDelivery BROKER = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod-events"));
    static final LogDelivery AUTHORIZER = LogDelivery.NONE.withS3(S3Destination.to("msk-broker-logs-123", "authz"));

    @TempDir
    Path dir;

    private CliHarness cli;
    private FakeMsk msk;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(dir);
        msk = cli.prodMsk();
        msk.put(FakeMsk.provisioned(CliHarness.PROD_ARN, "prod-events", ClusterState.ACTIVE, "K3AEGXETSR30VB",
                new LoggingInfo(BROKER, AUTHORIZER)));
    }

    private CliHarness.Result apply(String json, String... more) throws Exception {
        Files.writeString(dir.resolve("logging.json"), json);
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", "logging.json"},
                0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return cli.run(args);
    }

    @Test
    void exportWritesAuthorizerLogsBesideBrokerLogs() throws Exception {
        CliHarness.Result result = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN);

        assertThat(result.exitCode()).isZero();
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.fieldNames()).toIterable().containsExactly("BrokerLogs", "AuthorizerLogs");
        assertThat(document.at("/AuthorizerLogs/S3/Bucket").asText()).isEqualTo("msk-broker-logs-123");
        assertThat(document.at("/AuthorizerLogs/S3/Prefix").asText()).isEqualTo("authz");
        assertThat(document.at("/AuthorizerLogs/CloudWatchLogs/Enabled").asBoolean()).isFalse();
    }

    @Test
    void aFileWithoutAuthorizerLogsLeavesThemAsTheyAre() throws Exception {
        CliHarness.Result result = apply("""
                {"BrokerLogs": {"Firehose": {"Enabled": true, "DeliveryStream": "msk-logs"}}}""");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(msk.updates).singleElement().extracting(r -> r.logging())
                .isEqualTo(new LoggingInfo(LogDelivery.NONE.withFirehose(FirehoseDestination.to("msk-logs")), AUTHORIZER));
        assertThat(result.err()).contains("Kept: Authorizer logs: Amazon S3: msk-broker-logs-123/authz (the file has "
                + "no AuthorizerLogs)\n");
        assertThat(result.err().lines().filter(line -> line.startsWith("Change: "))).containsExactly(
                "Change: Broker logs, CloudWatch Logs delivery: On -> Off",
                "Change: Broker logs, CloudWatch Logs log group: /msk/prod-events -> —",
                "Change: Broker logs, Kinesis Data Firehose delivery: Off -> On",
                "Change: Broker logs, Kinesis Data Firehose delivery stream: — -> msk-logs");
    }

    @Test
    void authorizerLogsTheRulesWouldRefuseAreKeptAsMskHasThemByABrokerOnlyFile() throws Exception {
        LogDelivery msksOwn = LogDelivery.NONE.withS3(S3Destination.to("msk-broker-logs-123", "authz/"));
        msk.put(FakeMsk.provisioned(CliHarness.PROD_ARN, "prod-events", ClusterState.ACTIVE, "K3AEGXETSR30VB",
                new LoggingInfo(BROKER, msksOwn)));

        CliHarness.Result result = apply("""
                {"BrokerLogs": {"Firehose": {"Enabled": true, "DeliveryStream": "msk-logs"}}}""");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(msk.updates).singleElement().extracting(r -> r.logging().authorizerLogs()).isEqualTo(msksOwn);
    }

    @Test
    void aFileWithAuthorizerLogsAppliesThemAndListsTheirChanges() throws Exception {
        CliHarness.Result result = apply("""
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"}},
                 "AuthorizerLogs": {"Firehose": {"Enabled": true, "DeliveryStream": "msk-logs"}}}""");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(msk.updates).singleElement().extracting(r -> r.logging().authorizerLogs())
                .isEqualTo(LogDelivery.NONE.withFirehose(FirehoseDestination.to("msk-logs")));
        assertThat(result.err().lines().filter(line -> line.startsWith("Change: "))).containsExactly(
                "Change: Authorizer logs, Amazon S3 delivery: On -> Off",
                "Change: Authorizer logs, Amazon S3 bucket: msk-broker-logs-123 -> —",
                "Change: Authorizer logs, Amazon S3 prefix: authz -> —",
                "Change: Authorizer logs, Kinesis Data Firehose delivery: Off -> On",
                "Change: Authorizer logs, Kinesis Data Firehose delivery stream: — -> msk-logs");
    }

    @Test
    void theDryRunsCommandCarriesTheAuthorizerLogsItWouldKeep() throws Exception {
        CliHarness.Result result = apply("""
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": false}}}""", "--dry-run");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(msk.updates).isEmpty();
        assertThat(result.out()).contains("\"authorizerLogs\": {", "\"AuthorizerLogs\":{\"CloudWatchLogs\":"
                + "{\"Enabled\":false},\"Firehose\":{\"Enabled\":false},\"S3\":{\"Enabled\":true,"
                + "\"Bucket\":\"msk-broker-logs-123\",\"Prefix\":\"authz\"}}");
    }

    @Test
    void checkChecksTheAuthorizerDestinationsAndNamesTheirKind() throws Exception {
        Files.writeString(dir.resolve("logging.json"), """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"}},
                 "AuthorizerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/authz-missing"}}}""");

        CliHarness.Result result = cli.run("logging", "check", "--cluster", CliHarness.PROD_ARN, "--file",
                "logging.json", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode finding = new ObjectMapper().readTree(result.out()).at("/findings/0");
        assertThat(finding.get("checkId").asText()).isEqualTo("destination-missing");
        assertThat(finding.get("logKinds").toString()).isEqualTo("[\"AuthorizerLogs\"]");
        assertThat(finding.get("title").asText()).contains("/msk/authz-missing");

        CliHarness.Result text = cli.run("logging", "check", "--cluster", CliHarness.PROD_ARN, "--file",
                "logging.json");
        assertThat(text.out()).contains("ERROR  destination-missing  LogGroup  AuthorizerLogs\n  Authorizer logs: Log group "
                + "/msk/authz-missing does not exist in us-east-1\n");
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void checkOfAFileWithoutAuthorizerLogsChecksTheClustersOwn() throws Exception {
        cli.prodDestinations().buckets.remove("msk-broker-logs-123");
        Files.writeString(dir.resolve("logging.json"), """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"}}}""");

        CliHarness.Result result = cli.run("logging", "check", "--cluster", CliHarness.PROD_ARN, "--file",
                "logging.json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Authorizer logs: Bucket msk-broker-logs-123 does not exist");
    }

    @Test
    void clustersJsonAndTableShowAuthorizerLogs() throws Exception {
        CliHarness.Result json = cli.run("clusters", "--format", "json");
        JsonNode prod = new ObjectMapper().readTree(json.out()).at("/clusters").findParents("name").stream()
                .filter(c -> c.get("name").asText().equals("prod-events")).findFirst().orElseThrow();
        assertThat(prod.at("/authorizerLogs/S3/Bucket").asText()).isEqualTo("msk-broker-logs-123");

        CliHarness.Result table = cli.run("clusters");
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("BROKER LOGS", "AUTHORIZER LOGS");
        assertThat(table.out()).containsPattern("prod-events +PROVISIONED +ACTIVE +3\\.6\\.0 +kafka\\.m5\\.large x 3 +"
                + "CloudWatch Logs +Amazon S3 +arn:");
    }
}
