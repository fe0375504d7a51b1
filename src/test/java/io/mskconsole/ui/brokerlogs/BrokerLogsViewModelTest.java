package io.mskconsole.ui.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.brokerlogs.BrokerLogLine;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeLogSources;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The viewer's state: the range read once, filters applied as typed, Follow appending new entries. */
class BrokerLogsViewModelTest {
    static final String S1 = "orders-x-1-broker-1";
    static final String S2 = "orders-x-1-broker-2";
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:20:00Z"));
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeLogSources logs = new FakeLogSources("us-east-1");
    final List<LogEvent> events = new ArrayList<>();
    final Cluster orders = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders",
            ClusterState.ACTIVE, "K1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/o")));

    private void event(String stream, int secondsAgo, String level, String text) {
        Instant at = clock.instant().minusSeconds(secondsAgo);
        events.add(new LogEvent(stream, at, "[" + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
                .withZone(java.time.ZoneOffset.UTC).format(at) + "] " + level + " " + text + " (kafka.server.X)"));
        logs.groups.put("/msk/o", List.copyOf(events));
    }

    private BrokerLogsViewModel model(Pause pause) {
        arrival.groups.put("/msk/o", List.of(new LogStreamInfo(S1, clock.instant(), null),
                new LogStreamInfo(S2, clock.instant(), null)));
        logs.pageSize = 100;
        return new BrokerLogsViewModel(orders, logs, arrival, new ImmediateTaskExecutor(), clock, pause);
    }

    @Test
    void theRangeIsReadOnceAndTheFiltersApplyAsTyped() {
        event(S1, 300, "INFO", "started");
        event(S2, 200, "WARN", "slow fetch");
        event(S1, 100, "ERROR", "fetch failed");
        event(S2, 1200, "INFO", "too old for 15 minutes");
        BrokerLogsViewModel model = model(Pause.REAL);

        model.read();

        assertThat(model.lines()).extracting(BrokerLogLine::broker).containsExactly(1, 2, 1);
        assertThat(model.statusProperty().get()).startsWith("3 entries from CloudWatch Logs /msk/o");
        model.levelProperty().set(LogLevel.WARN);
        assertThat(model.shown()).hasSize(2);
        model.brokerProperty().set(1);
        assertThat(model.shown()).singleElement().satisfies(l -> assertThat(l.text()).contains("fetch failed"));
        model.brokerProperty().set(null);
        model.levelProperty().set(null);
        model.textProperty().set("SLOW");
        assertThat(model.shown()).singleElement().satisfies(l -> assertThat(l.broker()).isEqualTo(2));
        int calls = logs.calls.size();
        model.textProperty().set("");
        assertThat(logs.calls).as("filters read nothing").hasSize(calls);

        model.rangeProperty().set(Duration.ofHours(1));
        assertThat(model.lines()).as("a wider range is read again").hasSize(4);
    }

    @Test
    void followAppendsNewEntriesUntilItIsTurnedOff() {
        event(S1, 60, "INFO", "before");
        BrokerLogsViewModel[] model = {null};
        int[] polls = {0};
        model[0] = model((wait, cancellation) -> {
            clock.advance(wait);
            polls[0]++;
            if (polls[0] == 1) {
                event(S2, 2, "WARN", "new one");
            }
            if (polls[0] == 3) {
                return true; // closing the window cancels the follow
            }
            return cancellation.isCancelled();
        });
        model[0].read();

        model[0].followingProperty().set(true);

        assertThat(model[0].lines()).extracting(l -> l.text().replaceAll(".*(INFO|WARN) (.*) \\(.*", "$2"))
                .containsExactly("before", "new one");
    }

    @Test
    void logsInsightsReadsWithOneQueryShowingItsProgressAndStopKeepsWhatItFound() {
        event(S1, 300, "INFO", "started");
        event(S2, 200, "WARN", "slow fetch");
        event(S1, 100, "ERROR", "fetch failed");
        List<String> statuses = new ArrayList<>();
        List<Duration> waits = new ArrayList<>();
        BrokerLogsViewModel[] holder = new BrokerLogsViewModel[1];
        BrokerLogsViewModel model = model((wait, c) -> {
            waits.add(wait);
            statuses.add(holder[0].statusProperty().get());
            return c.isCancelled();
        });
        holder[0] = model;

        model.insightsProperty().set(true);

        assertThat(logs.queries).as("turning Logs Insights on reads again, with one query").hasSize(1);
        assertThat(logs.calls).noneMatch(c -> c.startsWith("events"));
        assertThat(statuses).containsExactly("Logs Insights: Running, 1.0 KB scanned, 1 events matched");
        assertThat(model.lines()).hasSize(3);
        assertThat(model.statusProperty().get()).isEqualTo("3 entries from CloudWatch Logs /msk/o (Logs Insights), "
                + "2026-12-07T15:05:00Z to 2026-12-07T15:20:00Z.");
        assertThat(model.noticeProperty().get().text()).contains("Logs Insights scanned 2.0 KB");

        logs.insightsRunning = 5;
        io.mskconsole.testing.QueuedTaskExecutor queued = new io.mskconsole.testing.QueuedTaskExecutor();
        BrokerLogsViewModel stopping = new BrokerLogsViewModel(orders, logs, arrival, queued, clock, (wait, c) -> {
            holder[0].stop();
            return c.isCancelled();
        });
        holder[0] = stopping;
        stopping.insightsProperty().set(true);
        queued.runAll();

        assertThat(logs.calls).last().isEqualTo("stopQuery query-2");
        assertThat(stopping.readingProperty().get()).isFalse();
        assertThat(stopping.noticeProperty().get().text()).contains("Stopped: the Logs Insights query was stopped");
        assertThat(stopping.lines()).as("the newest of what it had found").hasSize(1);
    }

    @Test
    void filtersSetBeforeAReadAreReadWithAndChangingThemAfterSaysRefreshReadsWithThem() {
        event(S1, 300, "INFO", "started");
        event(S2, 200, "WARN", "slow fetch");
        BrokerLogsViewModel model = model(Pause.REAL);
        model.levelProperty().set(LogLevel.WARN);

        model.read();

        assertThat(model.lines()).as("read with the level filter, as logs --level WARN reads").hasSize(1);
        assertThat(model.statusProperty().get()).endsWith(", read with the filters.");
        assertThat(model.hintProperty().get()).isEmpty();
        model.levelProperty().set(null);
        assertThat(model.hintProperty().get()).isEqualTo("The filters apply to the entries read with other filters: "
                + "Refresh reads the range with these.");
        model.read();
        assertThat(model.lines()).hasSize(2);
        assertThat(model.hintProperty().get()).isEmpty();
    }

    @Test
    void followPutsALateEntryInTimeOrderAndSaysWhatCameUntilTurnedOff() {
        event(S1, 60, "INFO", "before");
        BrokerLogsViewModel[] model = {null};
        int[] polls = {0};
        model[0] = model((wait, cancellation) -> {
            clock.advance(wait);
            polls[0]++;
            if (polls[0] == 1) {
                event(S2, 1, "WARN", "newest");
            }
            if (polls[0] == 2) { // written before "newest", delivered after it
                event(S1, 8, "INFO", "late");
            }
            if (polls[0] == 3) {
                return true;
            }
            return cancellation.isCancelled();
        });
        model[0].read();

        model[0].followingProperty().set(true);

        assertThat(model[0].lines()).extracting(l -> l.text().replaceAll(".*(INFO|WARN) (.*) \\(.*", "$2"))
                .containsExactly("before", "late", "newest");
        assertThat(model[0].statusProperty().get()).contains(" Following: 2 new, the newest at ");
        model[0].followingProperty().set(false);
        assertThat(model[0].statusProperty().get()).doesNotContain("Following");
    }
}
