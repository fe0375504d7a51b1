package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.OperationScript;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export a cluster's delivery, edit the file, apply it: what the administrator does for a change ticket. */
class LoggingRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void exportEditApplyWaitSendsTheFileWithAFreshVersionAndTheOtherSettingsUnchanged() throws Exception {
        CliHarness cli = new CliHarness(dir);
        FakeMsk msk = cli.prodMsk();
        msk.script = OperationScript.endingAt(5, "UPDATE_COMPLETE");

        CliHarness.Result exported = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN,
                "--output", "prod.json");
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).isEmpty();
        assertThat(exported.err()).isEqualTo("Wrote the log delivery of cluster prod-events to "
                + dir.resolve("prod.json") + "\n");

        ObjectNode document = (ObjectNode) JSON.readTree(dir.resolve("prod.json").toFile());
        assertThat(document.at("/BrokerLogs/CloudWatchLogs/LogGroup").asText()).isEqualTo("/msk/prod-events");
        ((ObjectNode) document.at("/BrokerLogs/S3")).put("Enabled", true).put("Bucket", "msk-broker-logs-123")
                .put("Prefix", "prod");
        Files.writeString(dir.resolve("prod.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));

        CliHarness.Result applied = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN,
                "--file", "prod.json", "--wait");

        assertThat(applied.exitCode()).isZero();
        assertThat(msk.updates).hasSize(1);
        UpdateMonitoringRequest sent = msk.updates.get(0);
        assertThat(sent.clusterArn()).isEqualTo(CliHarness.PROD_ARN);
        assertThat(sent.currentVersion()).isEqualTo("K3AEGXETSR30VB");
        assertThat(sent.monitoring()).isEqualTo(CliHarness.PROD_MONITORING);
        assertThat(sent.logging().brokerLogs()).isEqualTo(new LogDelivery(CloudWatchLogsDestination.to("/msk/prod-events"),
                S3Destination.to("msk-broker-logs-123", "prod"), FirehoseDestination.OFF));

        String operationArn = applied.out().strip();
        assertThat(applied.out()).isEqualTo(operationArn + "\n");
        assertThat(operationArn).startsWith("arn:aws:kafka:us-east-1:123456789012:cluster-operation/prod-events/");
        assertThat(applied.err().lines())
                .containsSubsequence(
                        "Reading the cluster for its current version...",
                        "Sending UpdateMonitoring...",
                        "Following operation " + operationArn + " (Ctrl-C stops following; the update goes on in AWS).",
                        "Operation UPDATE_IN_PROGRESS: INITIALIZE_UPDATE SUCCEEDED, UPDATE_BROKER_LOGGING PENDING",
                        "Operation UPDATE_IN_PROGRESS: INITIALIZE_UPDATE SUCCEEDED, UPDATE_BROKER_LOGGING IN_PROGRESS",
                        "Operation UPDATE_COMPLETE: INITIALIZE_UPDATE SUCCEEDED, UPDATE_BROKER_LOGGING SUCCEEDED")
                .filteredOn(line -> line.contains("IN_PROGRESS")).hasSize(2);
        assertThat(applied.err()).contains("UPDATE_COMPLETE: cluster prod-events is updated. Broker logs: "
                + "CloudWatch Logs: /msk/prod-events");
        assertThat(msk.calls.stream().filter("describeOperation"::equals)).hasSize(5);

        CliHarness.Result again = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", "prod.json");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("Cluster prod-events is already delivering as requested; nothing sent.");
        assertThat(msk.updates).hasSize(1);

        Files.writeString(dir.resolve("off.json"), """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": false}, "S3": {"Enabled": true, "Bucket": "msk-broker-logs-123"}}}
                """);
        CliHarness.Result next = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", "off.json");
        assertThat(next.exitCode()).isZero();
        assertThat(msk.updates).hasSize(2);
        assertThat(msk.updates.get(1).currentVersion()).isEqualTo("V1NEW");
        assertThat(msk.updates.get(1).logging().brokerLogs()).isEqualTo(new LogDelivery(CloudWatchLogsDestination.OFF,
                S3Destination.to("msk-broker-logs-123", null), FirehoseDestination.OFF));
    }

    /** Values MSK accepted, however unusual, go round: export, apply with a change elsewhere, export again. */
    @Test
    void unusualButAcceptedValuesGoRoundExportApplyExport() throws Exception {
        CliHarness cli = new CliHarness(dir);
        FakeMsk msk = cli.prodMsk();
        io.mskconsole.core.clusters.Cluster prod = msk.cluster(CliHarness.PROD_ARN);
        LogDelivery unusual = new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk#payments.v2"),
                S3Destination.to("Payments_Legacy", "payments/"), FirehoseDestination.OFF);
        msk.put(FakeMsk.provisioned(prod.arn(), prod.name(), prod.state(), unusual));
        cli.prodDestinations().logGroups.put("/aws/vendedlogs/msk#payments.v2", new io.mskconsole.core.destinations
                .LogGroupInfo("/aws/vendedlogs/msk#payments.v2", null, 30, 0, null));
        // a bucket named before S3's current rules (us-east-1 took capitals and underscores): the cluster's own value
        cli.prodDestinations().buckets.put("Payments_Legacy", new io.mskconsole.core.destinations.BucketInfo(
                "Payments_Legacy", "us-east-1", io.mskconsole.core.destinations.BucketEncryption.SSE_S3, null));
        cli.prodDestinations().streams.put("payments-x", new io.mskconsole.core.destinations.DeliveryStreamInfo(
                "payments-x", "arn:aws:firehose:us-east-1:123456789012:deliverystream/payments-x",
                io.mskconsole.core.destinations.DeliveryStreamInfo.DIRECT_PUT, "ACTIVE",
                java.util.Map.of(io.mskconsole.core.destinations.DeliveryStreamInfo.TAG_KEY, "true")));

        assertThat(cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN, "--output", "payments.json")
                .exitCode()).isZero();
        CliHarness.Result same = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file",
                "payments.json");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.err()).contains("already delivering as requested");

        ObjectNode document = (ObjectNode) JSON.readTree(dir.resolve("payments.json").toFile());
        ((ObjectNode) document.at("/BrokerLogs/Firehose")).put("Enabled", true).put("DeliveryStream", "payments-x");
        Files.writeString(dir.resolve("payments.json"), JSON.writeValueAsString(document));
        CliHarness.Result changed = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file",
                "payments.json");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(msk.updates).singleElement().satisfies(sent -> assertThat(sent.logging().brokerLogs().s3())
                .isEqualTo(S3Destination.to("Payments_Legacy", "payments/")));

        msk.put(FakeMsk.provisioned(prod.arn(), prod.name(), prod.state(),
                msk.updates.get(0).logging().brokerLogs()));
        assertThat(cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN, "--output", "again.json")
                .exitCode()).isZero();
        assertThat(JSON.readTree(dir.resolve("again.json").toFile()).at("/BrokerLogs/S3/Prefix").asText())
                .isEqualTo("payments/");
    }

    @Test
    void aServerlessClusterCannotBeExportedNorAppliedToBothExitOne() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Files.writeString(dir.resolve("s3.json"), """
                {"BrokerLogs": {"S3": {"Enabled": true, "Bucket": "msk-broker-logs-123"}}}""");

        CliHarness.Result exported = cli.run("logging", "export", "--cluster", CliHarness.SERVERLESS_ARN);
        CliHarness.Result applied = cli.run("logging", "apply", "--cluster", CliHarness.SERVERLESS_ARN,
                "--file", "s3.json");

        assertThat(exported.exitCode()).isEqualTo(1);
        assertThat(exported.out()).isEmpty();
        assertThat(exported.err()).isEqualTo("msk-console: Cluster adhoc-analytics is SERVERLESS: only provisioned "
                + "clusters have broker or authorizer logs to export.\n");
        assertThat(applied.exitCode()).isEqualTo(exported.exitCode());
        assertThat(cli.prodMsk().updates).isEmpty();
    }

    @Test
    void exportWritesTheCliDocumentToStdoutByDefault() throws Exception {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("logging", "export", "--cluster", CliHarness.PROD_ARN);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(JSON.readTree(result.out())).isEqualTo(JSON.readTree("""
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/prod-events"},
                                "Firehose": {"Enabled": false}, "S3": {"Enabled": false}}}"""));
    }

    @Test
    void applyReadsTheApiCasingAndStdin() {
        CliHarness cli = new CliHarness(dir);
        cli.stdin = """
                {"brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/msk/prod-events"},
                                "firehose": {"enabled": true, "deliveryStream": "msk-logs"}}}""";

        CliHarness.Result result = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.prodMsk().updates).singleElement().satisfies(sent ->
                assertThat(sent.logging().brokerLogs().firehose()).isEqualTo(FirehoseDestination.to("msk-logs")));
    }

    @Test
    void withoutWaitPrintsTheOperationArnAndDoesNotFollow() throws Exception {
        CliHarness cli = new CliHarness(dir);
        Files.writeString(dir.resolve("s3.json"), """
                {"BrokerLogs": {"S3": {"Enabled": true, "Bucket": "msk-broker-logs-123"}}}""");

        CliHarness.Result result = cli.run("logging", "apply", "--cluster", CliHarness.PROD_ARN, "--file", "s3.json");

        assertThat(result.exitCode()).isZero();
        assertThat(cli.prodMsk().updates).hasSize(1);
        assertThat(cli.prodMsk().calls).doesNotContain("describeOperation");
        String operationArn = result.out().strip();
        assertThat(operationArn).contains(":cluster-operation/prod-events/");
        assertThat(result.err()).contains("Sent. Cluster prod-events is updating; its operation is " + operationArn);
    }
}
