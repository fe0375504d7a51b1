package io.mskconsole.sandbox;

import io.mskconsole.core.delivery.LogKind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The lines a Sandbox broker logs, made up from its cluster, its number and the time alone: the same broker at the
 * same time always logged the same line, whether it is read from CloudWatch Logs or from an S3 object. Times are UTC
 * in Kafka's log4j layout {@code [yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)}.
 *
 * <p>Each broker logs one line in every 10 seconds (counted from the epoch), at a moment within them that depends on
 * the seed. Broker logs are INFO lines of the log, the group coordinator and partitions, a WARN every 3 minutes, and
 * per cluster one ERROR with a Java stack trace (continuation lines start with a tab) every 10 minutes at 3:50 past,
 * broker after broker. A broker that the sample starts with a logger at DEBUG or TRACE (orders-prod's broker 2;
 * card-auth-prod's broker 4 and analytics-dev's broker 1 in the fleets) logs every other line at that level from that
 * logger. So that the viewer's sanitising shows, every quarter of an hour each cluster's broker logs hold one line with
 * ANSI colour escapes ({@code ESC[31m ... ESC[0m}, at 2:40.500 past, broker {@code (quarter + 1) % brokers + 1}) and
 * one line of more than 20,000 characters (at 7:30.250 past, broker {@code quarter % brokers + 1}), where quarter is
 * the number of quarter hours since the epoch.
 *
 * <p>Authorizer logs are one line per authorization decision, in the same layout from {@code kafka.authorizer.logger};
 * MSK does not document their format, so the wording is a plausible one: mostly Allowed, Denied every 2 minutes.
 */
final class SandboxLogLines {
    /** Each broker logs one line in every such span of seconds. */
    static final int SLOT_SECONDS = 10;
    /** Where in each quarter hour (in slots) the long line and the line with escapes are, and the ERROR in 10 min. */
    static final int LONG_SLOT = 45;
    static final int ESCAPE_SLOT = 16;
    static final int ERROR_SLOT = 23;
    static final String AUTHORIZER_LOGGER = "kafka.authorizer.logger";
    private static final int QUARTER_SLOTS = 90;
    private static final int TEN_MINUTE_SLOTS = 60;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SandboxLogLines() {
    }

    /** One line as logged (an ERROR's text holds its stack trace's lines too) and when. */
    record Line(Instant time, String text) {
    }

    /**
     * One broker's logs of one kind.
     *
     * @param verbose the loggers the broker logs at DEBUG or TRACE (logger → level); empty for none
     */
    record Source(String clusterName, String accountId, int brokers, LogKind kind, int broker,
                  Map<String, String> verbose) {
        Source {
            Objects.requireNonNull(clusterName, "clusterName");
            Objects.requireNonNull(kind, "kind");
            verbose = Map.copyOf(verbose);
            brokers = Math.max(brokers, 1);
        }

        String team() {
            int dash = clusterName.indexOf('-');
            return dash > 0 ? clusterName.substring(0, dash) : clusterName;
        }
    }

    /** The source's lines logged from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    static List<Line> lines(Source source, Instant from, Instant to) {
        List<Line> lines = new ArrayList<>();
        long first = Math.floorDiv(from.getEpochSecond(), SLOT_SECONDS);
        long last = Math.floorDiv(to.getEpochSecond(), SLOT_SECONDS);
        for (long slot = first; slot <= last; slot++) {
            Line line = line(source, slot);
            if (!line.time().isBefore(from) && line.time().isBefore(to)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The line the source logged in the slot (its 10 seconds from the epoch). */
    static Line line(Source source, long slot) {
        String seed = source.clusterName() + " " + source.kind() + " " + source.broker() + " " + slot;
        long quarter = Math.floorDiv(slot, QUARTER_SLOTS);
        int inQuarter = (int) Math.floorMod(slot, QUARTER_SLOTS);
        Instant start = Instant.ofEpochSecond(slot * SLOT_SECONDS);
        Instant at = start.plusMillis(spread(seed, SLOT_SECONDS * 1000));
        if (source.kind() == LogKind.AUTHORIZER) {
            return new Line(at, format(at, "INFO", SandboxLogTexts.authorization(source, slot, seed),
                    AUTHORIZER_LOGGER));
        }
        if (inQuarter == LONG_SLOT && source.broker() == Math.floorMod(quarter, source.brokers()) + 1) {
            Instant fixed = start.plusMillis(250);
            return new Line(fixed, format(fixed, "WARN", SandboxLogTexts.longRequest(source, seed),
                    "kafka.server.KafkaApis"));
        }
        if (inQuarter == ESCAPE_SLOT && source.broker() == Math.floorMod(quarter + 1, source.brokers()) + 1) {
            Instant fixed = start.plusMillis(500);
            return new Line(fixed, format(fixed, "INFO", SandboxLogTexts.escapedMember(source, seed),
                    "kafka.coordinator.group.GroupCoordinator"));
        }
        long tenMinutes = Math.floorDiv(slot, TEN_MINUTE_SLOTS);
        if (Math.floorMod(slot, TEN_MINUTE_SLOTS) == ERROR_SLOT
                && source.broker() == Math.floorMod(tenMinutes, source.brokers()) + 1) {
            SandboxLogTexts.Text error = SandboxLogTexts.error(source, seed, Math.floorMod(tenMinutes, 2) == 0);
            return new Line(at, format(at, "ERROR", error.message(), error.logger()) + error.trace());
        }
        long phase = slot + 7L * source.broker();
        if (!source.verbose().isEmpty() && Math.floorMod(phase, 2) == 1) {
            List<String> loggers = source.verbose().keySet().stream().sorted().toList();
            String logger = loggers.get(spread(seed + " logger", loggers.size()));
            return new Line(at, format(at, source.verbose().get(logger), SandboxLogTexts.verbose(source, seed, logger),
                    logger));
        }
        SandboxLogTexts.Text text = Math.floorMod(phase, 18) == 4 ? SandboxLogTexts.warning(source, seed)
                : SandboxLogTexts.info(source, seed, start);
        return new Line(at, format(at, text.level(), text.message(), text.logger()));
    }

    /** {@code [2025-05-01 10:00:01,123] INFO message (logger)}. */
    static String format(Instant at, String level, String message, String logger) {
        return "[" + TIME.format(at) + "] " + level + " " + message + " (" + logger + ")";
    }

    /** A number from 0 to {@code bound - 1} that depends on the seed only (as the arrival's). */
    static int spread(String seed, int bound) {
        return SandboxArrivalGateway.spread(seed, bound);
    }

    /** A UUID that depends on the seed only. */
    static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }

    /** A Kafka topic id as Kafka prints it: 22 characters of URL-safe base64. */
    static String topicId(String seed) {
        UUID id = uuid("topic " + seed);
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
