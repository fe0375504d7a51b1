package io.mskconsole.core.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeLogSources;
import io.mskconsole.testing.FakeMsk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow tells each new entry once, polls every 5 s while lines come and backs off to 30 s while none do, and reads
 * far enough back to catch late deliveries (S3 objects appear minutes after their entries, and are polled less).
 */
class LogFollowTest {
    static final String STREAM = "orders-x-1-broker-1";
    static final DateTimeFormatter LAYOUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
            .withZone(ZoneOffset.UTC);
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:20:00Z"));
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeLogSources logs = new FakeLogSources("us-east-1");
    final List<LogEvent> events = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    final Cluster orders = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders",
            ClusterState.ACTIVE, "K1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/o")));

    @BeforeEach
    void anEmptyGroup() {
        arrival.groups.put("/msk/o", List.of(new LogStreamInfo(STREAM, clock.instant(), null)));
        logs.pageSize = 100;
        logs.groups.put("/msk/o", List.of());
    }

    /** A line written at the given time, delivered now. */
    private void line(Instant at, String text) {
        events.add(new LogEvent(STREAM, at, "[" + LAYOUT.format(at) + "] INFO " + text + " (kafka.X)"));
        logs.groups.put("/msk/o", List.copyOf(events));
    }

    /**
     * Follows the cluster from now, each wait moving the clock by its length, then telling {@code atWait} how many
     * waits there were; stops at the {@code stopAt}th wait. What is told goes to {@link #told}, each entry's words.
     */
    private void follow(Cluster cluster, int stopAt, IntConsumer atWait) {
        Instant since = clock.instant();
        Cancellation stop = new Cancellation();
        new LogFollow(new BrokerLogReader(logs, arrival), clock, (wait, c) -> {
            waits.add(wait);
            clock.advance(wait);
            atWait.accept(waits.size());
            if (waits.size() == stopAt) {
                stop.cancel();
            }
            return c.isCancelled();
        }).follow(cluster, LogKind.BROKER, since, LogFilter.ALL, batch -> batch.forEach(l -> told.add(
                l.text().replaceAll(".*INFO (\\w+ ?\\w*).*", "$1").strip())), stop);
    }

    @Test
    void aLineDatedInTheFutureOrNoLineMatchingTheFiltersNeverStopsFollowing() {
        follow(orders, 5, waited -> {
            if (waited == 1) { // a broker's clock far ahead: its line says 2099
                events.add(new LogEvent(STREAM, clock.instant().minusSeconds(1),
                        "[2099-01-01 00:00:00,000] INFO from the future (kafka.X)"));
                logs.groups.put("/msk/o", List.copyOf(events));
            }
            if (waited == 3) {
                line(clock.instant(), "after");
                clock.advance(Duration.ofSeconds(1));
            }
        });

        assertThat(told).containsExactly("from the", "after");
        assertThat(logs.calls).filteredOn(c -> c.startsWith("events"))
                .as("every poll reads from before the last one ended, not from 2099").noneMatch(r -> r.contains("2099"));
    }

    @Test
    void newLinesAreToldOnceAndQuietTimesPollLessOften() {
        follow(orders, 6, waited -> {
            switch (waited) {
                case 1 -> line(clock.instant(), "first");
                case 2 -> line(clock.instant(), "second");
                default -> { }
            }
        });

        assertThat(told).containsExactly("first", "second");
        // a line written at the very moment of a poll comes with the next one (the range ends before "now"): the
        // first poll finds nothing and waits longer, the next two bring a line each, then quiet doubles the wait
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void anEventIngestedMinutesLateIsStillTold() {
        follow(orders, 8, waited -> {
            if (waited == 6) { // a line written 2 minutes ago arrives only now
                line(clock.instant().minus(Duration.ofMinutes(2)), "late");
            }
        });

        assertThat(told).containsExactly("late");
    }

    @Test
    void overS3AnObjectThatAppearsMinutesAfterItsEntriesIsToldWholeAndS3IsPolledLessOften() {
        Cluster toS3 = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders",
                ClusterState.ACTIVE, "K1", LogDelivery.NONE.withS3(S3Destination.to("msk-logs", null)));
        arrival.buckets.put("msk-logs", new ArrayList<>());
        Instant since = clock.instant();

        follow(toS3, 6, waited -> {
            if (waited == 4) { // written now, the object holds the 5 minutes before it
                Instant period = clock.instant().minus(Duration.ofMinutes(5));
                String key = "AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/orders-x-1/" + DateTimeFormatter
                        .ofPattern("yyyy-MM-dd-HH").withZone(ZoneOffset.UTC).format(period) + "/Broker-1_x_0a1b2c3d"
                        + ".log.gz";
                StringBuilder text = new StringBuilder();
                for (int minute = 0; minute < 5; minute++) {
                    Instant at = period.plus(Duration.ofMinutes(minute));
                    if (!at.isBefore(since)) {
                        text.append('[').append(LAYOUT.format(at)).append("] INFO m").append(minute)
                                .append(" (kafka.X)\n");
                    }
                }
                logs.objects.put("msk-logs/" + key, gzip(text.toString()));
                arrival.buckets.get("msk-logs").add(new StoredObject(key, 100, clock.instant()));
            }
        });

        assertThat(told).as("every entry since following began, though written minutes before the object appeared")
                .containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(waits).startsWith(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(2),
                Duration.ofMinutes(2), Duration.ofSeconds(30));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }
}
