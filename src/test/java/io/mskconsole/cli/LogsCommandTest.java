package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeMsk;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logs}: a cluster's recent logs, merged by time, filtered, and harmless to the terminal. */
class LogsCommandTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:20:00Z");
    static final String B1 = "prod-events-0a1b2c3d-1111-2222-3333-444455556666-1-broker-1";
    static final String B2 = "prod-events-0a1b2c3d-1111-2222-3333-444455556666-1-broker-2";

    @TempDir
    Path folder;
    CliHarness cli;

    @BeforeEach
    void prod() {
        cli = new CliHarness(folder);
        cli.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        cli.prod.fakeArrival("us-east-1").groups.put("/msk/prod-events", List.of(
                new LogStreamInfo(B1, NOW, null), new LogStreamInfo(B2, NOW, null),
                new LogStreamInfo("other-cluster-broker-1", NOW, null)));
        cli.prod.fakeLogSources("us-east-1").groups.put("/msk/prod-events", List.of(
                new LogEvent(B2, NOW.minusSeconds(300), "[2026-12-07 15:15:00,100] INFO Rolled segment (kafka.log.LocalLog)"),
                new LogEvent(B1, NOW.minusSeconds(200), "[2026-12-07 15:16:40,000] ERROR Fetch failed "
                        + "(kafka.server.ReplicaFetcherThread)"),
                new LogEvent(B1, NOW.minusSeconds(200), "\tat kafka.server.Fetcher.run(Fetcher.scala:1)"),
                new LogEvent(B2, NOW.minusSeconds(100), "[2026-12-07 15:18:20,000] WARN \u001B[31mred\u001B[0m text "
                        + "(kafka.server.KafkaApis)"),
                new LogEvent("other-cluster-broker-1", NOW.minusSeconds(50), "[2026-12-07 15:19:10,000] INFO not ours "
                        + "(x.Y)")));
    }

    @Test
    void theClustersStreamsMergedByTimeWithTheStackTraceKeptAndEscapesMadeVisible() {
        CliHarness.Result logs = cli.run("logs", "--cluster", CliHarness.PROD_ARN);

        assertThat(logs.exitCode()).as(logs.err()).isZero();
        assertThat(logs.out()).isEqualTo("""
                2026-12-07T15:15:00.100Z broker-2 INFO  Rolled segment (kafka.log.LocalLog)
                2026-12-07T15:16:40Z broker-1 ERROR Fetch failed (kafka.server.ReplicaFetcherThread)
                    \tat kafka.server.Fetcher.run(Fetcher.scala:1)
                2026-12-07T15:18:20Z broker-2 WARN  ␛[31mred␛[0m text (kafka.server.KafkaApis)
                """);
        assertThat(logs.out()).doesNotContain("\u001B", "not ours");
        assertThat(logs.err()).startsWith("From CloudWatch Logs /msk/prod-events, 2026-12-07T15:05:00Z to "
                + "2026-12-07T15:20:00Z: 3 entries.");
        assertThat(cli.prod.fakeLogSources("us-east-1").calls).as("the cluster's streams only, page by page")
                .containsExactly("events /msk/prod-events [" + B1 + ", " + B2 + "] 2026-12-07T15:05:00Z "
                        + "2026-12-07T15:20:00Z null", "events /msk/prod-events [" + B1 + ", " + B2 + "] "
                        + "2026-12-07T15:05:00Z 2026-12-07T15:20:00Z 2");
    }

    @Test
    void filtersByBrokerLevelAndTextAndJsonIsOneObjectPerLine() {
        CliHarness.Result warn = cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--level", "WARN", "--format",
                "json");
        assertThat(warn.out().lines()).hasSize(2).allMatch(l -> l.startsWith("{\"time\":"));
        assertThat(warn.out()).contains("\"level\":\"ERROR\"", "\"logger\":\"kafka.server.KafkaApis\"",
                "\\u001B[31m").doesNotContain("\u001B");
        assertThat(cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--broker", "2", "--filter", "ROLLED").out()
                .lines()).singleElement().asString().contains("Rolled segment");
        assertThat(cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--level", "LOUD").exitCode()).isEqualTo(2);
        CliHarness.Result negative = cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--broker", "-3");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--broker: -3 is not a broker id");
        assertThat(cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--follow", "--until", "1h").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--until", "2h").err())
                .contains("--since (15m, the default) must be before --until (2h).");
        CliHarness.Result seventh = cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--broker", "7");
        assertThat(seventh.exitCode()).isZero();
        assertThat(seventh.err()).contains("No entry of broker 7: prod-events has ");
        assertThat(cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--since", "1h", "--until", "2h").exitCode())
                .isEqualTo(2);
        cli.prod.fakeLogSources("us-east-1").groups.put("/msk/prod-events", List.of(new LogEvent(B1,
                NOW.minusSeconds(10), "[2026-12-07 15:19:50,000] WARN \u009b2J cleared \u202Eevil (k.X)")));
        CliHarness.Result c1 = cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--format", "json");
        assertThat(c1.out()).as("C1 controls and bidi overrides escaped in JSON too").contains("\\u009B2J",
                "\\u202E").doesNotContain("\u009b", "\u202E");
    }

    @Test
    void fromS3TheHourFoldersObjectsAreStreamedAndGunzipped() throws Exception {
        cli.prodMsk().put(FakeMsk.provisioned(CliHarness.PROD_ARN, "prod-events", ClusterState.ACTIVE, "K3",
                LogDelivery.NONE.withS3(S3Destination.to("msk-logs", "kafka"))));
        String key = "kafka/AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/prod-events-0a1b2c3d-1111-2222-3333-"
                + "444455556666-1/2026-12-07-15/Broker-3_15-15_ab.log.gz";
        cli.prod.fakeArrival("us-east-1").buckets.put("msk-logs", List.of(new StoredObject(key, 100,
                NOW.minusSeconds(240))));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(("[2026-12-07 15:12:00,000] INFO Started (kafka.server.KafkaServer)\n"
                    + "[2026-12-07 15:14:00,000] WARN Slow (kafka.server.KafkaApis)\n").getBytes(StandardCharsets.UTF_8));
        }
        cli.prod.fakeLogSources("us-east-1").objects.put("msk-logs/" + key, zipped.toByteArray());

        CliHarness.Result logs = cli.run("logs", "--cluster", CliHarness.PROD_ARN);

        assertThat(logs.exitCode()).as(logs.err()).isZero();
        assertThat(logs.out().lines()).containsExactly(
                "2026-12-07T15:12:00Z broker-3 INFO  Started (kafka.server.KafkaServer)",
                "2026-12-07T15:14:00Z broker-3 WARN  Slow (kafka.server.KafkaApis)");
        assertThat(logs.err()).startsWith("From Amazon S3 msk-logs/kafka");
    }

    @Test
    void insightsReadsWithOneQueryOfTheClustersStreamsAskedUntilCompleteTellingItsProgressOnStandardError() {
        List<java.time.Duration> waits = new java.util.ArrayList<>();
        cli.ticker = new io.mskconsole.core.trail.Ticker() {
            @Override
            public long nanoTime() {
                return 0;
            }

            @Override
            public boolean sleep(java.time.Duration duration, io.mskconsole.core.concurrent.Cancellation c) {
                waits.add(duration);
                return false;
            }
        };
        var logs = cli.prod.fakeLogSources("us-east-1");

        CliHarness.Result read = cli.run("logs", "--cluster", CliHarness.PROD_ARN, "--insights", "--since", "2026-12-07"
                + "T15:00:00Z", "--level", "WARN");

        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(read.out()).isEqualTo("""
                2026-12-07T15:16:40Z broker-1 ERROR Fetch failed (kafka.server.ReplicaFetcherThread)
                    \tat kafka.server.Fetcher.run(Fetcher.scala:1)
                2026-12-07T15:18:20Z broker-2 WARN  ␛[31mred␛[0m text (kafka.server.KafkaApis)
                """);
        assertThat(logs.queries).singleElement().satisfies(q -> {
            assertThat(q.streams()).containsExactly(B1, B2);
            assertThat(q.least()).as("the level filter is part of the query").isEqualTo(
                    io.mskconsole.core.levels.LogLevel.WARN);
            assertThat(q.startSeconds()).isEqualTo(Instant.parse("2026-12-07T15:00:00Z").getEpochSecond());
            assertThat(q.endSeconds()).isEqualTo(NOW.getEpochSecond() - 1);
        });
        assertThat(logs.calls).noneMatch(c -> c.startsWith("events"));
        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(1));
        assertThat(read.err()).isEqualTo("""
                Starting a Logs Insights query of /msk/prod-events…
                Logs Insights: Running, 1.0 KB scanned, 1 events matched
                Logs Insights: Complete, 2.0 KB scanned, 3 events matched
                From CloudWatch Logs /msk/prod-events (Logs Insights), 2026-12-07T15:00:00Z to 2026-12-07T15:20:00Z: \
                2 entries.
                Logs Insights scanned 2.0 KB (20 events) of /msk/prod-events; it bills by the data scanned.
                """);
    }
}
