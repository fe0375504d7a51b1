package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.levels.LogLevel;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Logs Insights query for the newest events of one log group between two times, from the streams named (all when
 * empty), at a level or more severe (all when null). Its text holds no text the user typed: only the stream names
 * DescribeLogStreams gave, and only when none needs escaping in the query language (its escaping rules are not
 * documented; otherwise the streams are left out of the query and the reader keeps the cluster's streams from what
 * comes back), and the level names of the Kafka layout.
 *
 * <pre>
 * fields @timestamp, @message, @logStream
 * | filter @logStream in ["orders-…-broker-1", "orders-…-broker-2"]
 * | filter @message like /^\[\d{4}-\d{2}-\d{2} [0-9:,]+\] (FATAL|ERROR|WARN) / or @message not like /^\[\d{4}-…/
 * | sort @timestamp desc
 * | limit 10000
 * </pre>
 *
 * @param from  the first instant wanted (inclusive)
 * @param to    the end of the range (exclusive)
 * @param limit how many events at most (1 to {@value #MAX_LIMIT})
 */
public record InsightsQuery(String logGroup, List<String> streams, Instant from, Instant to, int limit,
                            LogLevel least) {
    /** The most events one Logs Insights query returns. */
    public static final int MAX_LIMIT = 10_000;
    /** The start of a line in the Kafka log4j layout: {@code [yyyy-MM-dd HH:mm:ss,SSS]}. */
    static final String ENTRY_START = "^\\[\\d{4}-\\d{2}-\\d{2} [0-9:,]+\\] ";

    /** A query of every level. */
    public InsightsQuery(String logGroup, List<String> streams, Instant from, Instant to, int limit) {
        this(logGroup, streams, from, to, limit, null);
    }

    public InsightsQuery {
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        streams = streams == null ? List.of() : List.copyOf(streams);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to: " + from + ", " + to);
        }
    }

    /** The query in the Logs Insights query language, as sent. */
    public String text() {
        StringBuilder text = new StringBuilder("fields @timestamp, @message, @logStream");
        if (namesStreams()) {
            text.append("\n| filter @logStream in [").append(streams.stream().map(s -> "\"" + s + "\"")
                    .collect(Collectors.joining(", "))).append(']');
        }
        if (least != null) {
            // the entries at that level or more severe, and every line that begins no entry (a stack trace's), so
            // that an entry keeps its trace: the reader joins them and drops the lines of entries not asked for
            text.append("\n| filter @message like /").append(ENTRY_START).append('(').append(LogLevel.SETTABLE.stream()
                    .filter(l -> !l.isMoreVerboseThan(least)).map(LogLevel::name).collect(Collectors.joining("|")))
                    .append(") / or @message not like /").append(ENTRY_START).append('/');
        }
        return text.append("\n| sort @timestamp desc\n| limit ").append(limit).toString();
    }

    /**
     * Whether an event passes the query's level filter: one that begins an entry at that level or more severe, or
     * one that begins no entry (a line of a stack trace). What an implementation without Logs Insights (the Sandbox)
     * applies for the text's filter.
     */
    public boolean levelLets(String message) {
        if (least == null || !LogLineParser.beginsEntry(message)) {
            return true;
        }
        BrokerLogLine line = LogLineParser.parse(message, from, "");
        return line.level() == null || !line.level().isMoreVerboseThan(least);
    }

    /** Whether the query's text names the streams (some are asked for, and none needs escaping). */
    public boolean namesStreams() {
        return !streams.isEmpty() && streams.stream().allMatch(InsightsQuery::plain);
    }

    /** StartQuery's startTime: epoch seconds, inclusive, so the second {@code from} falls in. */
    public long startSeconds() {
        return from.getEpochSecond();
    }

    /**
     * StartQuery's endTime: epoch seconds, inclusive, so the second holding the last instant before {@code to}. The
     * events of that second at or after {@code to} come back too; the reader drops them.
     */
    public long endSeconds() {
        long end = to.getNano() == 0 ? to.getEpochSecond() - 1 : to.getEpochSecond();
        return Math.max(end, startSeconds());
    }

    private static boolean plain(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '"' && c != '\\');
    }
}
