package io.mskconsole.core.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeLogSources;
import io.mskconsole.testing.FakeMsk;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow tells each new entry once, polls every 5 s while lines come and backs off to 30 s while none do. */
class LogFollowTest {
    static final String STREAM = "orders-x-1-broker-1";
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:20:00Z"));
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeLogSources logs = new FakeLogSources("us-east-1");
    final List<LogEvent> events = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    final Cluster orders = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders",
            ClusterState.ACTIVE, "K1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/o")));

    private void line(String text) {
        events.add(new LogEvent(STREAM, clock.instant(), "[" + java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm:ss,SSS").withZone(java.time.ZoneOffset.UTC).format(clock.instant()) + "] INFO "
                + text + " (kafka.X)"));
        logs.groups.put("/msk/o", List.copyOf(events));
    }

    @Test
    void aLineDatedInTheFutureOrNoLineMatchingTheFiltersNeverStopsFollowing() {
        arrival.groups.put("/msk/o", List.of(new LogStreamInfo(STREAM, clock.instant(), null)));
        logs.pageSize = 100;
        logs.groups.put("/msk/o", List.of());
        Instant since = clock.instant();
        Cancellation stop = Cancellation.none();
        List<String> reads = new ArrayList<>();
        new LogFollow(new BrokerLogReader(logs, arrival), clock, (wait, c) -> {
            waits.add(wait);
            clock.advance(wait);
            if (waits.size() == 1) {
                // a broker's clock far ahead: its line says 2099
                events.add(new LogEvent(STREAM, clock.instant().minusSeconds(1),
                        "[2099-01-01 00:00:00,000] INFO from the future (kafka.X)"));
                logs.groups.put("/msk/o", List.copyOf(events));
            }
            if (waits.size() == 3) {
                line("after");
                clock.advance(java.time.Duration.ofSeconds(1));
            }
            if (waits.size() == 5) {
                stop.cancel();
            }
            return c.isCancelled();
        }).follow(orders, LogKind.BROKER, since, LogFilter.ALL, batch -> batch.forEach(l -> told.add(
                l.text().replaceAll(".*INFO (\\w+ ?\\w*).*", "$1").strip())), stop);

        assertThat(told).containsExactly("from the", "after");
        logs.calls.stream().filter(c -> c.startsWith("events")).forEach(reads::add);
        assertThat(reads).as("every poll reads from a minute before the last one ended, not from 2099")
                .noneMatch(r -> r.contains("2099"));
    }

    @Test
    void newLinesAreToldOnceAndQuietTimesPollLessOften() {
        arrival.groups.put("/msk/o", List.of(new LogStreamInfo(STREAM, clock.instant(), null)));
        logs.pageSize = 100;
        logs.groups.put("/msk/o", List.of());
        Instant since = clock.instant();
        Cancellation stop = Cancellation.none();
        new LogFollow(new BrokerLogReader(logs, arrival), clock, (wait, c) -> {
            waits.add(wait);
            clock.advance(wait);
            switch (waits.size()) {
                case 1 -> line("first");
                case 2 -> line("second");
                case 6 -> stop.cancel();
                default -> { }
            }
            return c.isCancelled();
        }).follow(orders, LogKind.BROKER, since, LogFilter.ALL, batch -> batch.forEach(l -> told.add(
                l.text().replaceAll(".*INFO (\\w+).*", "$1"))), stop);

        assertThat(told).containsExactly("first", "second");
        // a line written at the very moment of a poll comes with the next one (the range ends before "now"): the
        // first poll finds nothing and waits longer, the next two bring a line each, then quiet doubles the wait
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    @Test
    void anEventIngestedMinutesLateIsStillTold() {
        arrival.groups.put("/msk/o", List.of(new LogStreamInfo(STREAM, clock.instant(), null)));
        logs.pageSize = 100;
        logs.groups.put("/msk/o", List.of());
        Instant since = clock.instant();
        Cancellation stop = Cancellation.none();
        new LogFollow(new BrokerLogReader(logs, arrival), clock, (wait, c) -> {
            waits.add(wait);
            clock.advance(wait);
            if (waits.size() == 6) { // a line written 2 minutes ago arrives only now
                events.add(new LogEvent(STREAM, clock.instant().minus(Duration.ofMinutes(2)), "[" + java.time.format
                        .DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS").withZone(java.time.ZoneOffset.UTC)
                        .format(clock.instant().minus(Duration.ofMinutes(2))) + "] INFO late (kafka.X)"));
                logs.groups.put("/msk/o", List.copyOf(events));
            }
            if (waits.size() == 8) {
                stop.cancel();
            }
            return c.isCancelled();
        }).follow(orders, LogKind.BROKER, since, LogFilter.ALL, batch -> batch.forEach(l -> told.add(
                l.text().replaceAll(".*INFO (\\w+).*", "$1"))), stop);

        assertThat(told).containsExactly("late");
    }

    @Test
    void overS3AnObjectThatAppearsMinutesAfterItsEntriesIsToldWholeAndS3IsPolledLessOften() throws Exception {
        Cluster toS3 = FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/orders/x-1", "orders",
                ClusterState.ACTIVE, "K1", LogDelivery.NONE.withS3(io.mskconsole.core.delivery.S3Destination.to(
                        "msk-logs", null)));
        arrival.buckets.put("msk-logs", new ArrayList<>());
        Instant since = clock.instant();
        Cancellation stop = Cancellation.none();
        java.time.format.DateTimeFormatter layout = java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm:ss,SSS").withZone(java.time.ZoneOffset.UTC);
        new LogFollow(new BrokerLogReader(logs, arrival), clock, (wait, c) -> {
            waits.add(wait);
            clock.advance(wait);
            if (waits.size() == 4) { // written now, the object holds the 5 minutes before it
                Instant period = clock.instant().minus(Duration.ofMinutes(5));
                String key = "AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/orders-x-1/" + java.time.format
                        .DateTimeFormatter.ofPattern("yyyy-MM-dd-HH").withZone(java.time.ZoneOffset.UTC).format(period)
                        + "/Broker-1_x_0a1b2c3d.log.gz";
                StringBuilder text = new StringBuilder();
                for (int minute = 0; minute < 5; minute++) {
                    Instant at = period.plus(Duration.ofMinutes(minute));
                    if (!at.isBefore(since)) {
                        text.append('[').append(layout.format(at)).append("] INFO m").append(minute)
                                .append(" (kafka.X)\n");
                    }
                }
                java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
                try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
                    out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                logs.objects.put("msk-logs/" + key, zipped.toByteArray());
                arrival.buckets.get("msk-logs").add(new io.mskconsole.core.arrival.StoredObject(key, 100,
                        clock.instant()));
            }
            if (waits.size() == 6) {
                stop.cancel();
            }
            return c.isCancelled();
        }).follow(toS3, LogKind.BROKER, since, LogFilter.ALL, batch -> batch.forEach(l -> told.add(
                l.text().replaceAll(".*INFO (\\w+).*", "$1"))), stop);

        assertThat(told).as("every entry since following began, though written minutes before the object appeared")
                .containsExactly("m0", "m1", "m2", "m3", "m4");
        assertThat(waits).startsWith(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(2),
                Duration.ofMinutes(2), Duration.ofSeconds(30));
    }
}
