package io.mskconsole.core.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.S3Destination;
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
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Broker logs from S3 are read newest first and no further than needed: the hour folders from the end of the range
 * back, each folder's objects from the newest, stopping once the newest entries asked for are known.
 */
class BucketReadingTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b-1";
    static final String FOLDER = "AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/orders-5a1b-1/";
    static final Instant TO = Instant.parse("2026-12-07T15:20:00Z");
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter LINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
            .withZone(ZoneOffset.UTC);
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeLogSources logs = new FakeLogSources("us-east-1");
    final Cluster orders = FakeMsk.provisioned(ARN, "orders", ClusterState.ACTIVE, "K1",
            LogDelivery.NONE.withS3(S3Destination.to("msk-logs", null)));

    /** Two brokers, one object each every 5 minutes from 12:00 to 15:20, each with a line a minute. */
    @BeforeEach
    void threeHoursOfObjects() {
        List<StoredObject> objects = new ArrayList<>();
        for (Instant written = Instant.parse("2026-12-07T12:05:00Z"); !written.isAfter(TO);
             written = written.plus(Duration.ofMinutes(5))) {
            for (int broker = 1; broker <= 2; broker++) {
                Instant period = written.minus(Duration.ofMinutes(5));
                String key = FOLDER + HOUR.format(period) + "/Broker-" + broker + "_" + period.toString()
                        .substring(11, 16).replace(':', '-') + "_0a1b2c3d.log.gz";
                objects.add(new StoredObject(key, 100, written));
                StringBuilder lines = new StringBuilder();
                for (int minute = 0; minute < 5; minute++) {
                    lines.append('[').append(LINE.format(period.plus(Duration.ofMinutes(minute)))).append("] ")
                            .append(minute == 2 ? "WARN" : "INFO").append(" broker ").append(broker)
                            .append(" line (kafka.server.X)\n");
                }
                logs.objects.put("msk-logs/" + key, gzip(lines.toString()));
            }
        }
        arrival.buckets.put("msk-logs", objects);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private long opened() {
        return logs.calls.stream().filter(c -> c.startsWith("open ")).count();
    }

    @Test
    void theNewestEntriesOfALongRangeReadOnlyTheNewestObjects() {
        BrokerLogReader.Result read = new BrokerLogReader(logs, arrival).read(orders, LogKind.BROKER,
                TO.minus(Duration.ofHours(3)), TO, LogFilter.ALL, 12, Cancellation.none());

        assertThat(read.lines()).hasSize(12);
        assertThat(read.lines().get(0).time()).isEqualTo(Instant.parse("2026-12-07T15:14:00Z"));
        assertThat(read.lines().get(11).time()).isEqualTo(Instant.parse("2026-12-07T15:19:00Z"));
        assertThat(opened()).as("the two newest objects of each broker, and one more that proves it").isEqualTo(4);
        assertThat(arrival.calls).as("this hour's folder only")
                .containsExactly("objects msk-logs/" + FOLDER + "2026-12-07-15/");
        assertThat(read.notes()).containsExactly("Showing the newest 12 entries, from the S3 objects written since "
                + "2026-12-07T15:15:00Z: older objects of the range were not read. Ask for more entries, or narrow "
                + "the time range or the filters, to see older ones.");
    }

    @Test
    void aFilterMatchingFewEntriesReadsBackFurtherAndMemoryStaysBounded() {
        BrokerLogReader.Result read = new BrokerLogReader(logs, arrival).read(orders, LogKind.BROKER,
                TO.minus(Duration.ofHours(3)), TO, new LogFilter(2, io.mskconsole.core.levels.LogLevel.WARN, null,
                        null), 5, Cancellation.none());

        assertThat(read.lines()).hasSize(5).allSatisfy(l -> {
            assertThat(l.broker()).isEqualTo(2);
            assertThat(l.level()).isEqualTo(io.mskconsole.core.levels.LogLevel.WARN);
        });
        assertThat(read.lines().get(0).time()).isEqualTo(Instant.parse("2026-12-07T14:57:00Z"));
        assertThat(read.lines().get(4).time()).isEqualTo(Instant.parse("2026-12-07T15:17:00Z"));
        assertThat(opened()).as("back through 25 minutes of both brokers' objects, not three hours").isLessThan(16);
    }

    @Test
    void everythingOfAShortRangeIsRead() {
        BrokerLogReader.Result read = new BrokerLogReader(logs, arrival).read(orders, LogKind.BROKER,
                TO.minus(Duration.ofMinutes(15)), TO, LogFilter.ALL, 5000, Cancellation.none());

        assertThat(read.lines()).hasSize(30);
        assertThat(read.lines().get(0).time()).isEqualTo(Instant.parse("2026-12-07T15:05:00Z"));
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void objectsAreReadAsTasksOfTheExecutorGiven() {
        List<String> tasks = new ArrayList<>();
        BrokerLogReader reader = new BrokerLogReader(logs, arrival, (wait, c) -> false, task -> {
            tasks.add(Thread.currentThread().getName());
            task.run();
        });

        reader.read(orders, LogKind.BROKER, TO.minus(Duration.ofMinutes(30)), TO, LogFilter.ALL, 5000,
                Cancellation.none());

        assertThat(tasks).as("every object of the range, each read as a task of the executor").hasSize(14);
        assertThat(opened()).isEqualTo(14);
    }
}
