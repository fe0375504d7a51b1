package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.LogKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follow: new entries as they arrive, polling politely: every {@link #FIRST} while lines come, twice as long after
 * each poll that brings nothing, at most {@link #LONGEST}. Each poll reads again from well before where the last one
 * ended, as delivery is late and not in order ({@link #OVERLAP} for CloudWatch Logs, whose events may be ingested
 * minutes late; {@link #S3_OVERLAP} for S3, whose objects appear minutes after their first entry), and drops what
 * was already told. S3 is polled no more often than {@link #S3_FIRST}: objects come every few minutes. Ends when
 * cancelled. Blocking.
 */
public final class LogFollow {
    public static final Duration FIRST = Duration.ofSeconds(5);
    public static final Duration LONGEST = Duration.ofSeconds(30);
    /** How far before the end of the last poll each poll of CloudWatch Logs reads again. */
    static final Duration OVERLAP = Duration.ofMinutes(3);
    /** How far before the end of the last poll each poll of S3 reads again (an object holds about 5 minutes). */
    static final Duration S3_OVERLAP = Duration.ofMinutes(15);
    /** How often S3 is polled at most. */
    static final Duration S3_FIRST = Duration.ofSeconds(30);
    /** How seldom S3 is polled at least. */
    static final Duration S3_LONGEST = Duration.ofMinutes(2);

    private final BrokerLogReader reader;
    private final Clock clock;
    private final Pause pause;

    public LogFollow(BrokerLogReader reader, Clock clock, Pause pause) {
        this.reader = reader;
        this.clock = clock;
        this.pause = pause;
    }

    /**
     * @param since where following starts (the end of what was shown)
     * @param told  each batch of new entries, oldest first
     */
    public void follow(Cluster cluster, LogKind kind, Instant since, LogFilter filter,
                       Consumer<List<BrokerLogLine>> told, Cancellation cancellation) {
        // how far has been read: the end of the last poll, never a time taken from a line (a line dated in the
        // future, or a broker clock ahead, must not move it), and moved whether or not a line matched the filters
        Instant readUntil = since;
        Map<String, Instant> seen = new HashMap<>();
        boolean bucket = !cluster.logging().delivery(kind).cloudWatchLogs().enabled();
        Duration overlap = bucket ? S3_OVERLAP : OVERLAP;
        Duration first = bucket ? S3_FIRST : FIRST;
        Duration longest = bucket ? S3_LONGEST : LONGEST;
        Duration wait = first;
        while (!pause.pause(wait, cancellation)) {
            Instant now = clock.instant();
            if (!now.isAfter(readUntil)) {
                continue;
            }
            Instant from = readUntil.minus(overlap);
            List<BrokerLogLine> fresh = new ArrayList<>();
            for (BrokerLogLine line : reader.read(cluster, kind, from, now, filter, 10_000, cancellation).lines()) {
                if (!line.time().isBefore(since) && seen.putIfAbsent(key(line), now) == null) {
                    fresh.add(line);
                }
            }
            readUntil = now;
            Instant forget = now.minus(overlap.multipliedBy(3));
            seen.values().removeIf(firstSeen -> firstSeen.isBefore(forget));
            if (cancellation.isCancelled()) {
                return;
            }
            if (fresh.isEmpty()) {
                wait = wait.multipliedBy(2).compareTo(longest) > 0 ? longest : wait.multipliedBy(2);
                continue;
            }
            wait = first;
            fresh.sort(java.util.Comparator.comparing(BrokerLogLine::time));
            told.accept(fresh);
        }
    }

    private static String key(BrokerLogLine line) {
        return line.time() + " " + line.source() + " " + line.text().hashCode() + " " + line.text().length();
    }
}
