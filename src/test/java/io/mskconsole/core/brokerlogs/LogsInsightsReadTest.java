package io.mskconsole.core.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeLogSources;
import io.mskconsole.testing.FakeMsk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading with Logs Insights: one query of the cluster's streams over the range, asked until complete at a polite
 * pace, its events joined into entries and filtered as FilterLogEvents' are; a cancel stops the query; a query that
 * fails says so; a cluster without CloudWatch Logs is read from where it delivers, with a note.
 */
class LogsInsightsReadTest {
    static final String GROUP = "/msk/orders";
    static final String ONE = "orders-5a1b-1-broker-1";
    static final String TWO = "orders-5a1b-1-broker-2";
    static final String OTHER = "payments-9f9f-1-broker-1";
    static final Instant FROM = Instant.parse("2026-12-07T10:00:00Z");
    static final Instant TO = Instant.parse("2026-12-07T16:00:00Z");
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeLogSources logs = new FakeLogSources("us-east-1");
    final List<Duration> waits = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    final Cluster orders = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b-1",
            "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(
                    GROUP)));

    @BeforeEach
    void aSharedGroup() {
        arrival.groups.put(GROUP, List.of(new LogStreamInfo(ONE, TO, null), new LogStreamInfo(TWO, TO, null),
                new LogStreamInfo(OTHER, TO, null)));
        logs.groups.put(GROUP, List.of(
                event(ONE, "2026-12-07T09:59:59.500Z", "INFO", "before the range"),
                event(ONE, "2026-12-07T10:00:00.000Z", "INFO", "first of the range"),
                event(TWO, "2026-12-07T12:00:00.000Z", "ERROR", "Error processing fetch"),
                new LogEvent(TWO, Instant.parse("2026-12-07T12:00:00.001Z"), "\tat kafka.server.X.run(X.scala:1)"),
                event(OTHER, "2026-12-07T12:30:00.000Z", "ERROR", "another cluster's"),
                event(ONE, "2026-12-07T15:59:59.999Z", "WARN", "last of the range"),
                event(ONE, "2026-12-07T16:00:00.000Z", "WARN", "at the end, outside")));
    }

    private static LogEvent event(String stream, String time, String level, String text) {
        Instant at = Instant.parse(time);
        return new LogEvent(stream, at, "[" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
                .withZone(java.time.ZoneOffset.UTC).format(at) + "] " + level + " " + text + " (kafka.server.X)");
    }

    /** The entry's text without the layout's time, level and logger. */
    private static String said(BrokerLogLine line) {
        return line.text().replaceAll("^\\[[^]]+] \\w+ ", "").replace(" (kafka.server.X)", "");
    }

    private BrokerLogReader reader(Cancellation cancelOnWait) {
        return new BrokerLogReader(logs, arrival, (wait, c) -> {
            waits.add(wait);
            if (cancelOnWait != null) {
                cancelOnWait.cancel();
            }
            return c.isCancelled();
        }, Runnable::run);
    }

    @Test
    void oneQueryOfTheClustersStreamsAskedEverySecondUntilCompleteGivesTheRangesEntriesJoinedAndFiltered() {
        logs.insightsRunning = 2;

        BrokerLogReader.Result read = reader(null).query(orders, LogKind.BROKER, FROM, TO, new LogFilter(-1,
                LogLevel.WARN, null, null), 100, progress::add, Cancellation.none());

        assertThat(logs.queries).hasSize(1);
        InsightsQuery sent = logs.queries.get(0);
        assertThat(sent.streams()).containsExactly(ONE, TWO);
        assertThat(sent.text()).isEqualTo("fields @timestamp, @message, @logStream\n"
                + "| filter @logStream in [\"" + ONE + "\", \"" + TWO + "\"]\n"
                + "| filter @message like /^\\[\\d{4}-\\d{2}-\\d{2} [0-9:,]+\\] (FATAL|ERROR|WARN) / or @message not like "
                + "/^\\[\\d{4}-\\d{2}-\\d{2} [0-9:,]+\\] /\n| sort @timestamp desc\n| limit 10000");
        assertThat(sent.startSeconds()).isEqualTo(FROM.getEpochSecond());
        assertThat(sent.endSeconds()).as("the last whole second before the end").isEqualTo(TO.getEpochSecond() - 1);
        assertThat(arrival.calls).containsExactly("newestStreams " + GROUP);
        assertThat(logs.calls).containsExactly("startQuery " + GROUP + " " + FROM.getEpochSecond() + " " + (TO.getEpochSecond() - 1),
                "queryResults query-1", "queryResults query-1", "queryResults query-1");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(read.lines()).extracting(LogsInsightsReadTest::said)
                .containsExactly("Error processing fetch\n\tat kafka.server.X.run(X.scala:1)", "last of the range");
        assertThat(read.source()).isEqualTo("CloudWatch Logs " + GROUP + " (Logs Insights)");
        assertThat(read.notes()).containsExactly("Logs Insights scanned 2.0 KB (20 events) of " + GROUP + "; it bills"
                + " by the data scanned.");
        assertThat(progress).startsWith("Starting a Logs Insights query of " + GROUP + "…",
                "Logs Insights: Running, 1.0 KB scanned, 1 events matched").endsWith(
                "Logs Insights: Complete, 2.0 KB scanned, 3 events matched");
    }

    @Test
    void withoutFiltersTheWholeRangeIsKeptAndNothingOutsideIt() {
        BrokerLogReader.Result read = reader(null).query(orders, LogKind.BROKER, FROM, TO, LogFilter.ALL, 100,
                progress::add, Cancellation.none());

        assertThat(read.lines()).extracting(LogsInsightsReadTest::said).containsExactly("first of the range",
                "Error processing fetch\n\tat kafka.server.X.run(X.scala:1)", "last of the range");
    }

    @Test
    void aBrokerFilterAsksOnlyThatBrokersStreamsAndTheLevelLetsStackTraceLinesThrough() {
        reader(null).query(orders, LogKind.BROKER, FROM, TO, new LogFilter(2, null, null, null), 100, progress::add,
                Cancellation.none());

        assertThat(logs.queries.get(0).streams()).containsExactly(TWO);
        InsightsQuery errors = new InsightsQuery(GROUP, List.of(), FROM, TO, 10, LogLevel.ERROR);
        assertThat(errors.levelLets("[2026-12-07 10:00:00,000] ERROR boom (k.X)")).isTrue();
        assertThat(errors.levelLets("[2026-12-07 10:00:00,000] WARN slow (k.X)")).isFalse();
        assertThat(errors.levelLets("\tat kafka.X.run(X.scala:1)")).as("a stack trace's line").isTrue();
    }

    @Test
    void aQueryRunningLongIsAskedEveryTwoSecondsAfterTheFirstTen() {
        logs.insightsRunning = 12;

        reader(null).query(orders, LogKind.BROKER, FROM, TO, LogFilter.ALL, 100, progress::add, Cancellation.none());

        assertThat(waits).hasSize(12);
        assertThat(waits.subList(0, 10)).containsOnly(Duration.ofSeconds(1));
        assertThat(waits.subList(10, 12)).containsOnly(Duration.ofSeconds(2));
    }

    @Test
    void aCancelStopsTheQueryAndKeepsWhatItHadFound() {
        logs.insightsRunning = 5;
        Cancellation cancel = new Cancellation();

        BrokerLogReader.Result read = reader(cancel).query(orders, LogKind.BROKER, FROM, TO, LogFilter.ALL, 100,
                progress::add, cancel);

        assertThat(logs.calls).endsWith("queryResults query-1", "stopQuery query-1");
        assertThat(read.notes()).contains("Stopped: the Logs Insights query was stopped; what it had found is shown.");
        assertThat(read.lines()).as("the newest half of what matched, found before the cancel: a stack trace's line"
                        + " whose first line was not found yet is shown as it is")
                .extracting(LogsInsightsReadTest::said).containsExactly("\tat kafka.server.X.run(X.scala:1)",
                        "last of the range");
    }

    @Test
    void aQueryThatTimesOutOrFailsSaysSoAndWhatToDo() {
        logs.insightsEnd = InsightsResults.Status.TIMEOUT;

        assertThatThrownBy(() -> reader(null).query(orders, LogKind.BROKER, FROM, TO, LogFilter.ALL, 100,
                progress::add, Cancellation.none()))
                .isInstanceOf(GatewayException.class)
                .hasMessage("The Logs Insights query of " + GROUP + " ended Timeout: it ran longer than Logs Insights"
                        + " allows. Narrow the time range and try again. Query id: query-1.");

        logs.insightsEnd = InsightsResults.Status.FAILED;
        assertThatThrownBy(() -> reader(null).query(orders, LogKind.BROKER, FROM, TO, LogFilter.ALL, 100,
                progress::add, Cancellation.none()))
                .hasMessageContaining("ended Failed: Logs Insights could not run it.");
    }

    @Test
    void whenAskingForResultsFailsTheQueryIsStoppedSoItDoesNotRunOnUnread() {
        logs.insightsRunning = 5;
        logs.resultsFailure = new GatewayException(io.mskconsole.core.errors.Failure.THROTTLED, "GetQueryResults",
                "Rate exceeded.");

        assertThatThrownBy(() -> reader(null).query(orders, LogKind.BROKER, FROM, TO, LogFilter.ALL, 100,
                progress::add, Cancellation.none())).isSameAs(logs.resultsFailure);
        assertThat(logs.calls).endsWith("queryResults query-1", "queryResults query-1", "stopQuery query-1");
    }

    @Test
    void aClusterDeliveringToS3IsReadFromTheBucketWithANote() {
        Cluster toS3 = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b-1", "orders",
                ClusterState.ACTIVE, "K1", LogDelivery.NONE.withS3(S3Destination.to("msk-logs", null)));
        arrival.buckets.put("msk-logs", List.of());

        BrokerLogReader.Result read = reader(null).query(toS3, LogKind.BROKER, TO.minus(Duration.ofMinutes(15)), TO,
                LogFilter.ALL, 100, progress::add, Cancellation.none());

        assertThat(logs.queries).isEmpty();
        assertThat(read.source()).isEqualTo("Amazon S3 msk-logs");
        assertThat(read.notes().get(0)).isEqualTo("Logs Insights reads CloudWatch Logs only: orders's broker logs "
                + "were read from Amazon S3 msk-logs.");
    }

    @Test
    void streamNamesThatWouldNeedEscapingAreLeftOutOfTheQueryTextAndKeptByTheReader() {
        InsightsQuery odd = new InsightsQuery(GROUP, List.of(ONE, "orders\"x\\"), FROM, TO, 10);

        assertThat(odd.namesStreams()).isFalse();
        assertThat(odd.text()).isEqualTo("fields @timestamp, @message, @logStream\n| sort @timestamp desc\n"
                + "| limit 10");
        assertThat(new InsightsQuery(GROUP, List.of(), FROM, FROM.plusMillis(1), 10).endSeconds())
                .as("a range within one second asks that second").isEqualTo(FROM.getEpochSecond());
        assertThatThrownBy(() -> new InsightsQuery(GROUP, List.of(), FROM, TO, 10_001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
