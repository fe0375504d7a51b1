package io.mskconsole.core.brokerlogs;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.levels.LogLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Kafka's log4j layout read plainly, stack traces kept with their entry, and someone else's text made harmless. */
class LogLinesTest {
    static final Instant DELIVERED = Instant.parse("2026-12-07T15:21:00Z");

    @Test
    void theLayoutGivesTimeLevelLoggerAndTheStackTraceStaysWithItsEntry() {
        List<BrokerLogLine> entries = LogLineParser.entries(List.of(
                "[2026-12-07 15:20:01,123] INFO [Log partition=orders-3, dir=/kafka] Rolled new log segment at offset "
                        + "1234 in 3 ms. (kafka.log.LocalLog)",
                "[2026-12-07 15:20:02,500] ERROR [ReplicaFetcher replicaId=1] Error for partition orders-1 "
                        + "(kafka.server.ReplicaFetcherThread)",
                "org.apache.kafka.common.errors.NotLeaderOrFollowerException: not the leader",
                "\tat kafka.server.ReplicaFetcherThread.processPartitionData(ReplicaFetcherThread.scala:120)",
                "[2026-12-07 15:20:03,000] INFO Principal = User:app is Allowed operation = READ (no logger here"),
                DELIVERED, "msk-logs/AWSLogs/1/KafkaBrokerLogs/us-east-1/orders-x/2026-12-07-15/Broker-2_15-20_ab.log.gz");

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).satisfies(e -> {
            assertThat(e.time()).isEqualTo(Instant.parse("2026-12-07T15:20:01.123Z"));
            assertThat(e.level()).isEqualTo(LogLevel.INFO);
            assertThat(e.logger()).isEqualTo("kafka.log.LocalLog");
            assertThat(e.broker()).isEqualTo(2);
        });
        assertThat(entries.get(1).level()).isEqualTo(LogLevel.ERROR);
        assertThat(entries.get(1).text()).endsWith("\tat kafka.server.ReplicaFetcherThread.processPartitionData"
                + "(ReplicaFetcherThread.scala:120)").contains("NotLeaderOrFollowerException");
        assertThat(entries.get(2).logger()).as("nothing invented: no logger in parentheses at its end").isNull();
        assertThat(LogLineParser.parse("Principal = User:x is Denied", DELIVERED, "orders-authorizer-3"))
                .satisfies(e -> {
                    assertThat(e.time()).isEqualTo(DELIVERED);
                    assertThat(e.level()).isNull();
                    assertThat(e.broker()).as("the authorizer log's stream names its broker").isEqualTo(3);
                });
        assertThat(LogLineParser.broker("orders-authorizer")).isEqualTo(-1);
        assertThat(LogLineParser.broker("orders-prod-3f6b-2-broker-5")).isEqualTo(5);
    }

    @Test
    void escapeSequencesAndControlCharactersAreShownNotObeyedAndHugeLinesAreCut() {
        assertThat(SafeText.of("red \u001B[31malert\u001B[0m bell\u0007 back\b \u001B]0;title\u0007 \u202Eevil"))
                .isEqualTo("red ␛[31malert␛[0m bell␇ back␈ ␛]0;title␇ \\u202eevil");
        assertThat(SafeText.of("tab\tand\nline")).isEqualTo("tab\tand\nline");
        assertThat(SafeText.of("a\u200Fb\u061Cc\u2028d")).isEqualTo("a\\u200fb\\u061cc\\u2028d");
        String huge = "x".repeat(SafeText.MAX_LINE + 10);
        assertThat(SafeText.line(huge)).endsWith("… [cut: 10 more characters]").hasSize(SafeText.MAX_LINE + 28);
    }

    @Test
    void aGzipBombIsCutAfterTheBoundAndALongLineIsNeverHeldWhole() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 8; i++) {
                out.write(zeros); // 8 MB of one line, a few KB zipped
            }
            out.write("\nafter\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = BoundedLines.gunzip(new ByteArrayInputStream(zipped.toByteArray()), "bomb.gz",
                2 * 1024 * 1024, 100);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\0".repeat(100) + " … [cut: ");
        assertThat(lines.get(1)).isEqualTo("[MSK Console: bomb.gz was cut after 2 MB decompressed: the rest is not read]");

        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(small)) {
            out.write("one\r\ntwo\nthree".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(BoundedLines.gunzip(new ByteArrayInputStream(small.toByteArray()), "ok.gz"))
                .containsExactly("one", "two", "three");
    }

    @Test
    void aRunawayStackTraceInAnObjectIsCutAtTheEntrysBound() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("[2026-12-07 15:00:00,000] ERROR boom (kafka.X)");
        for (int i = 0; i < 10_000; i++) {
            lines.add("\tat kafka.X.frame" + i + "(X.scala:" + i + ")");
        }
        lines.add("[2026-12-07 15:00:01,000] INFO next (kafka.X)");

        java.util.List<BrokerLogLine> entries = LogLineParser.entries(lines, java.time.Instant.EPOCH, "k");

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).text().length()).isLessThanOrEqualTo(BrokerLogReader.MAX_ENTRY + 200);
        assertThat(entries.get(1).text()).contains("INFO next");
        assertThat(LogFilter.containsIgnoringCase("Rolled Segment", "SEGMENT")).isTrue();
        assertThat(LogFilter.containsIgnoringCase("seg", "segment")).isFalse();
    }
}
