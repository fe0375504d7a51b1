package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StreamActivity;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.testing.FakeMsk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logging health}: a pipeline's check that logs arrive after a change, with the likely causes when not. */
class LoggingHealthCommandTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:20:00Z");

    @TempDir
    Path folder;
    CliHarness cli;

    @BeforeEach
    void prod() {
        cli = new CliHarness(folder);
        cli.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cli.prodMsk().deliveryChangedAt = NOW.minusSeconds(3 * 86400);
        cli.prod.fakeArrival("us-east-1").groups.put("/msk/prod-events", List.of(new LogStreamInfo(
                "prod-events-0a1b2c3d-1111-2222-3333-444455556666-1-broker-1", NOW.minusSeconds(30), null)));
    }

    @Test
    void everyDestinationArrivingExitsZero() {
        CliHarness.Result health = cli.run("logging", "health", "--cluster", CliHarness.PROD_ARN);

        assertThat(health.exitCode()).as(health.err()).isZero();
        assertThat(health.out()).startsWith("Delivery health of prod-events in us-east-1 at 2026-12-07T15:20:00Z "
                        + "(delivery changed 3 days ago):")
                .containsPattern("Broker logs +CloudWatch Logs +/msk/prod-events +arriving +2026-12-07T15:19:30Z "
                        + "+1 stream with events");
    }

    @Test
    void aSilentStreamExitsOneWithTheChecksLikelyCauseAndJsonSaysTheSame() {
        cli.prodMsk().put(FakeMsk.provisioned(CliHarness.PROD_ARN, "prod-events", ClusterState.ACTIVE, "K3",
                new LoggingInfo(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod-events")),
                        LogDelivery.NONE.withFirehose(FirehoseDestination.to("untagged")))));
        cli.prodDestinations().streams.put("untagged", new DeliveryStreamInfo("untagged",
                "arn:aws:firehose:us-east-1:123456789012:deliverystream/untagged", DeliveryStreamInfo.DIRECT_PUT,
                "ACTIVE", Map.of()));
        cli.prod.fakeArrival("us-east-1").streams.put("untagged", StreamActivity.NONE);
        cli.prodDestinations().denied.add("firehose:TagDeliveryStream"); // so the tag was never added

        CliHarness.Result health = cli.run("logging", "health", "--cluster", CliHarness.PROD_ARN);

        assertThat(health.exitCode()).isEqualTo(1);
        assertThat(health.out()).containsPattern("Authorizer logs +Kinesis Data Firehose +untagged +not arriving")
                .contains("Authorizer logs to untagged: not arriving", "likely: ", "LogDeliveryEnabled");

        CliHarness.Result json = cli.run("logging", "health", "--cluster", CliHarness.PROD_ARN, "--format", "json",
                "--kind", "authorizer");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).contains("\"schemaVersion\" : 1", "\"state\" : \"NOT_ARRIVING\"",
                "\"kind\" : \"AuthorizerLogs\"")
                .doesNotContain("\"kind\" : \"BrokerLogs\"");
    }

    @Test
    void badInputExitsTwoAndAServerlessClusterHasNothingToJudge() {
        assertThat(cli.run("logging", "health", "--cluster", CliHarness.PROD_ARN, "--kind", "all").exitCode())
                .isEqualTo(2);
        CliHarness.Result serverless = cli.run("logging", "health", "--cluster", CliHarness.SERVERLESS_ARN);
        assertThat(serverless.exitCode()).isEqualTo(1);
        assertThat(serverless.err()).contains("only provisioned clusters deliver broker or authorizer logs");
    }
}
