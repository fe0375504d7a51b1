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
 * each poll that brings nothing, at most {@link #LONGEST}. Each poll reads from a little before where the last one
 * ended (delivery is not strictly in order) and drops what was already told. Ends when cancelled. Blocking.
 */
public final class LogFollow {
    public static final Duration FIRST = Duration.ofSeconds(5);
    public static final Duration LONGEST = Duration.ofSeconds(30);
    /** How far before the newest entry seen each poll reads again. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

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
        Duration wait = FIRST;
        while (!pause.pause(wait, cancellation)) {
            Instant now = clock.instant();
            if (!now.isAfter(readUntil)) {
                continue;
            }
            Instant from = readUntil.minus(OVERLAP);
            List<BrokerLogLine> fresh = new ArrayList<>();
            for (BrokerLogLine line : reader.read(cluster, kind, from, now, filter, 10_000, cancellation).lines()) {
                if (!line.time().isBefore(since) && seen.putIfAbsent(key(line), now) == null) {
                    fresh.add(line);
                }
            }
            readUntil = now;
            Instant forget = now.minus(OVERLAP.multipliedBy(3));
            seen.values().removeIf(firstSeen -> firstSeen.isBefore(forget));
            if (cancellation.isCancelled()) {
                return;
            }
            if (fresh.isEmpty()) {
                wait = wait.multipliedBy(2).compareTo(LONGEST) > 0 ? LONGEST : wait.multipliedBy(2);
                continue;
            }
            wait = FIRST;
            told.accept(fresh);
        }
    }

    private static String key(BrokerLogLine line) {
        return line.time() + " " + line.source() + " " + line.text().hashCode() + " " + line.text().length();
    }
}
