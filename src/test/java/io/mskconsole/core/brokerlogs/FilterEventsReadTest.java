package io.mskconsole.core.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeLogSources;
import io.mskconsole.testing.FakeMsk;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FilterLogEvents gives a range oldest first, so a long range is read back from its end in windows (15 minutes,
 * then twice as long each time) until the newest entries asked for are known.
 */
class FilterEventsReadTest {
    static final String GROUP = "/msk/orders";
    static final String STREAM = "orders-5a1b-1-broker-1";
    static final Instant TO = Instant.parse("2026-12-07T15:00:00Z");
    static final DateTimeFormatter LINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
            .withZone(ZoneOffset.UTC);
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeLogSources logs = new FakeLogSources("us-east-1");
    final Cluster orders = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b-1",
            "orders", ClusterState.ACTIVE, "K1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(
                    GROUP)));

    /** A line a minute for 6 hours, an ERROR every hour on the hour with a stack trace line a millisecond later. */
    @BeforeEach
    void sixHours() {
        List<LogEvent> events = new ArrayList<>();
        for (Instant at = TO.minus(Duration.ofHours(6)); at.isBefore(TO); at = at.plus(Duration.ofMinutes(1))) {
            boolean hour = at.equals(at.truncatedTo(java.time.temporal.ChronoUnit.HOURS));
            events.add(new LogEvent(STREAM, at, "[" + LINE.format(at) + "] " + (hour ? "ERROR" : "INFO") + " line "
                    + at + " (kafka.server.X)"));
            if (hour) {
                events.add(new LogEvent(STREAM, at.plusMillis(1), "\tat kafka.server.X.run(X.scala:1)"));
            }
        }
        logs.groups.put(GROUP, events);
        logs.pageSize = 10_000;
        arrival.groups.put(GROUP, List.of(new LogStreamInfo(STREAM, TO, null)));
    }

    private List<String> reads() {
        return logs.calls.stream().filter(c -> c.startsWith("events")).map(c -> c.split(" ")[3] + " "
                + c.split(" ")[4]).toList();
    }

    @Test
    void theNewestEntriesOfALongRangeReadOnlyTheLastWindows() {
        BrokerLogReader.Result read = new BrokerLogReader(logs, arrival).read(orders, LogKind.BROKER,
                TO.minus(Duration.ofHours(6)), TO, LogFilter.ALL, 20, Cancellation.none());

        assertThat(reads()).containsExactly("2026-12-07T14:45:00Z 2026-12-07T15:00:00Z",
                "2026-12-07T14:15:00Z 2026-12-07T14:45:00Z");
        assertThat(read.lines()).hasSize(20);
        assertThat(read.lines().get(19).time()).isEqualTo(Instant.parse("2026-12-07T14:59:00Z"));
        assertThat(read.notes()).as("one note, not a second 'showing the newest' of what was read").containsExactly(
                "Showing the newest 20 entries, read back to 2026-12-07T14:15:00Z: the range's earlier events were not"
                        + " read. Ask for more entries, or narrow the time range or the filters, to see older ones.");
    }

    @Test
    void aFilterMatchingFewReadsFurtherBackAndAStackTraceAcrossAWindowEdgeStaysWhole() {
        BrokerLogReader.Result read = new BrokerLogReader(logs, arrival).read(orders, LogKind.BROKER,
                TO.minus(Duration.ofHours(6)), TO, new LogFilter(-1, LogLevel.ERROR, null, null), 3,
                Cancellation.none());

        assertThat(reads()).containsExactly("2026-12-07T14:45:00Z 2026-12-07T15:00:00Z",
                "2026-12-07T14:15:00Z 2026-12-07T14:45:00Z", "2026-12-07T13:15:00Z 2026-12-07T14:15:00Z",
                "2026-12-07T11:15:00Z 2026-12-07T13:15:00Z");
        assertThat(read.lines()).extracting(BrokerLogLine::time).containsExactly(
                Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-07T13:00:00Z"),
                Instant.parse("2026-12-07T14:00:00Z"));
        assertThat(read.lines()).allSatisfy(l -> assertThat(l.text()).endsWith("\n\tat kafka.server.X.run(X.scala:1)"));
    }

    @Test
    void aRangeWithFewerEntriesIsReadWhole() {
        BrokerLogReader.Result read = new BrokerLogReader(logs, arrival).read(orders, LogKind.BROKER,
                TO.minus(Duration.ofHours(1)), TO, LogFilter.ALL, 5000, Cancellation.none());

        assertThat(reads()).containsExactly("2026-12-07T14:45:00Z 2026-12-07T15:00:00Z",
                "2026-12-07T14:15:00Z 2026-12-07T14:45:00Z", "2026-12-07T14:00:00Z 2026-12-07T14:15:00Z");
        assertThat(read.lines()).hasSize(60);
        assertThat(read.notes()).isEmpty();
    }
}
