package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeMsk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClustersCommandTest {
    @TempDir
    Path dir;

    @Test
    void textListsEveryClusterInAnAlignedTableSortedByName() {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("clusters");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("NAME").contains("TYPE", "STATE", "KAFKA", "BROKERS", "BROKER LOGS", "ARN");
        assertThat(lines.get(1)).startsWith("adhoc-analytics").contains("SERVERLESS", "ACTIVE", "n/a (serverless)",
                CliHarness.SERVERLESS_ARN);
        assertThat(lines.get(2)).startsWith("batch-jobs").contains("UPDATING", "kafka.m5.large x 3", " Off ");
        assertThat(lines.get(3)).startsWith("prod-events").contains("PROVISIONED", "3.6.0", "CloudWatch Logs",
                CliHarness.PROD_ARN);
        int arnColumn = lines.get(0).indexOf("ARN");
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line.indexOf("arn:aws:kafka")).isEqualTo(arnColumn));
        int logsColumn = lines.get(0).indexOf("BROKER LOGS");
        assertThat(lines.get(3).indexOf("CloudWatch Logs")).isEqualTo(logsColumn);
        assertThat(result.err()).isEqualTo("3 clusters in us-east-1 (profile prod).\n");
        assertThat(cli.prod.openedRegion).isEqualTo("us-east-1");
        assertThat(cli.prod.closed).isTrue();
    }

    @Test
    void textNamesEveryEnabledDestination() {
        CliHarness cli = new CliHarness(dir);
        var msk = cli.prodMsk();
        var prod = msk.cluster(CliHarness.PROD_ARN);
        msk.put(FakeMsk.provisioned(prod.arn(), prod.name(), prod.state(), prod.currentVersion(),
                prod.brokerLogs().withS3(io.mskconsole.core.delivery.S3Destination.to("logs-bucket", null))
                        .withFirehose(io.mskconsole.core.delivery.FirehoseDestination.to("stream"))));

        CliHarness.Result result = cli.run("clusters");

        assertThat(result.out()).contains("CloudWatch Logs, Amazon S3, Kinesis Data Firehose");
    }

    @Test
    void jsonIsTheDocumentedSchema() throws Exception {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("clusters", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.get("region").asText()).isEqualTo("us-east-1");
        JsonNode clusters = doc.get("clusters");
        assertThat(clusters).hasSize(3);
        assertThat(clusters.findValuesAsText("name")).containsExactly("adhoc-analytics", "batch-jobs", "prod-events");

        JsonNode prod = clusters.get(2);
        assertThat(fieldNames(prod)).containsExactly("name", "arn", "type", "state", "kafkaVersion",
                "brokerInstanceType", "brokerCount", "currentVersion", "brokerLogs", "authorizerLogs");
        assertThat(prod.get("arn").asText()).isEqualTo(CliHarness.PROD_ARN);
        assertThat(prod.get("type").asText()).isEqualTo("PROVISIONED");
        assertThat(prod.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(prod.get("kafkaVersion").asText()).isEqualTo("3.6.0");
        assertThat(prod.get("brokerInstanceType").asText()).isEqualTo("kafka.m5.large");
        assertThat(prod.get("brokerCount").asInt()).isEqualTo(3);
        assertThat(prod.get("currentVersion").asText()).isEqualTo("K3AEGXETSR30VB");
        JsonNode logs = prod.get("brokerLogs");
        assertThat(logs.at("/CloudWatchLogs/Enabled").asBoolean()).isTrue();
        assertThat(logs.at("/CloudWatchLogs/LogGroup").asText()).isEqualTo("/msk/prod-events");
        assertThat(logs.at("/S3/Enabled").asBoolean()).isFalse();
        assertThat(logs.at("/Firehose/Enabled").asBoolean()).isFalse();

        JsonNode serverless = clusters.get(0);
        assertThat(fieldNames(serverless)).containsExactlyElementsOf(fieldNames(prod));
        assertThat(serverless.get("type").asText()).isEqualTo("SERVERLESS");
        assertThat(serverless.get("brokerLogs").isNull()).isTrue();
        assertThat(serverless.get("brokerCount").isNull()).isTrue();
        assertThat(serverless.get("brokerInstanceType").isNull()).isTrue();
        assertThat(serverless.get("kafkaVersion").isNull()).isTrue();
    }

    @Test
    void theBrokerLogsColumnUsesTheWindowsWords() {
        CliHarness cli = new CliHarness(dir);
        var msk = cli.prodMsk();
        var prod = msk.cluster(CliHarness.PROD_ARN);
        msk.put(FakeMsk.provisioned(prod.arn(), prod.name(), prod.state(), prod.currentVersion(),
                io.mskconsole.core.delivery.LogDelivery.NONE.withS3(
                        io.mskconsole.core.delivery.S3Destination.to("logs-bucket", null))));

        List<String> lines = cli.run("clusters").out().lines().toList();

        assertThat(lines.get(2)).startsWith("batch-jobs").contains("kafka.m5.large x 3  Off ");
        assertThat(lines.get(3)).startsWith("prod-events").contains("kafka.m5.large x 3  Amazon S3 ");
        assertThat(lines.get(3)).doesNotContain("CloudWatch Logs");
    }

    @Test
    void jsonIsExactlyAsBeforeByteForByte() {
        CliHarness cli = new CliHarness(dir);
        var msk = cli.prodMsk();
        msk.put(FakeMsk.serverless("arn:aws:kafka:us-east-1:123456789012:cluster/adhoc-analytics/x", "zz-only", "V9"));

        CliHarness.Result result = cli.run("clusters", "--format", "json");
        CliHarness.Result empty = cli.run("--region", "eu-west-1", "clusters", "--format", "json");

        assertThat(result.out()).startsWith("""
                {
                  "schemaVersion": 1,
                  "region": "us-east-1",
                  "clusters": [
                    {
                      "name": "adhoc-analytics",
                      "arn": "arn:aws:kafka:us-east-1:123456789012:cluster/adhoc-analytics/0a1b2c3d-aaaa-bbbb-cccc-ddddeeeeffff-s1",
                      "type": "SERVERLESS",
                      "state": "ACTIVE",
                      "kafkaVersion": null,
                      "brokerInstanceType": null,
                      "brokerCount": null,
                      "currentVersion": "KSLS1",
                      "brokerLogs": null,
                      "authorizerLogs": null
                    },
                    {
                      "name": "batch-jobs",
                """).contains("""
                    {
                      "name": "prod-events",
                      "arn": "arn:aws:kafka:us-east-1:123456789012:cluster/prod-events/0a1b2c3d-1111-2222-3333-444455556666-1",
                      "type": "PROVISIONED",
                      "state": "ACTIVE",
                      "kafkaVersion": "3.6.0",
                      "brokerInstanceType": "kafka.m5.large",
                      "brokerCount": 3,
                      "currentVersion": "K3AEGXETSR30VB",
                      "brokerLogs": {
                        "CloudWatchLogs": {
                          "Enabled": true,
                          "LogGroup": "/msk/prod-events"
                        },
                        "Firehose": {
                          "Enabled": false
                        },
                        "S3": {
                          "Enabled": false
                        }
                      },
                      "authorizerLogs": null
                    },
                    {
                      "name": "zz-only",
                """).endsWith("""
                      "brokerLogs": null,
                      "authorizerLogs": null
                    }
                  ]
                }
                """);
        assertThat(empty.out()).isEqualTo("""
                {
                  "schemaVersion": 1,
                  "region": "eu-west-1",
                  "clusters": [ ]
                }
                """);
    }

    @Test
    void regionOptionPicksTheRegion() throws Exception {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("--region", "eu-west-1", "clusters", "--format=json");

        assertThat(result.exitCode()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        assertThat(doc.get("region").asText()).isEqualTo("eu-west-1");
        assertThat(doc.get("clusters")).isEmpty();
        assertThat(result.err()).contains("No clusters in eu-west-1 (profile prod)");
    }

    @Test
    void sandboxListsTheSampleAccountEvenWithoutCredentials() {
        CliHarness cli = new CliHarness(dir);
        cli.profiles.credentialsConfigured = false;

        CliHarness.Result result = cli.run("clusters", "--sandbox");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("sandbox-demo", CliHarness.SANDBOX_ARN);
        assertThat(result.err()).contains("in eu-west-1 (the Sandbox)");
        assertThat(cli.profiles.opened).isEmpty();
    }

    @Test
    void badFormatIsAUsageError() {
        CliHarness cli = new CliHarness(dir);

        CliHarness.Result result = cli.run("clusters", "--format", "xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("msk-console: Invalid value for option '--format'")
                .contains("text", "json", "'xml'", "msk-console clusters --help");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(cli.prodMsk().calls).isEmpty();
    }

    @Test
    void serviceFailureExitsOneWithItsMessage() {
        CliHarness cli = new CliHarness(dir);
        cli.prodMsk().failures.put("listClusters", new GatewayException(Failure.ACCESS_DENIED, "ListClustersV2",
                "Access denied: profile prod may not call kafka:ListClustersV2 in us-east-1."));

        CliHarness.Result result = cli.run("clusters");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(
                "msk-console: Access denied: profile prod may not call kafka:ListClustersV2 in us-east-1.\n");
        assertThat(cli.prod.closed).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
