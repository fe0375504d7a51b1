package io.mskconsole.core.levels;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The brokers' log levels as last read in this run, per cluster: what the fleet's rules may say about levels without
 * connecting to every broker (reading levels needs a connection to the brokers, which a scan does not make).
 * Thread-safe; kept in memory only.
 */
public final class LevelsSeen {
    /** Levels never read: every cluster's are unknown. */
    public static final LevelsSeen NONE = new LevelsSeen();

    /** What was read of one cluster: the loggers above INFO (none when every broker logs at INFO or less). */
    public record Seen(Instant readAt, List<VerboseLogger> aboveInfo) {
        public Seen {
            aboveInfo = List.copyOf(aboveInfo);
        }
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    /** Keeps what a read of the cluster's brokers found (replacing what an earlier read found). */
    public void record(String clusterArn, LoggerTable table, Instant readAt) {
        if (this != NONE) {
            seen.put(clusterArn, new Seen(readAt, table.aboveInfo()));
        }
    }

    /** The cluster's levels as last read, or empty when they were not read in this run. */
    public Optional<Seen> of(String clusterArn) {
        return Optional.ofNullable(seen.get(clusterArn));
    }
}
