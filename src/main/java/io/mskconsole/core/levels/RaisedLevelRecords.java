package io.mskconsole.core.levels;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The raised levels of every account and cluster, kept in a {@link RaisedLevelStore}: recorded after each change,
 * pruned when a fresh read shows a level was put back. Reads and writes the store: never on the UI thread.
 * Thread-safe.
 */
public final class RaisedLevelRecords {
    private final RaisedLevelStore store;
    private final Clock clock;

    public RaisedLevelRecords(RaisedLevelStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    /** Everything recorded: what the app lists at start as "raised earlier" (each still to be checked on its cluster). */
    public List<RaisedLevel> all() {
        return store.load();
    }

    /** Records what the change raised (see {@link RaisedLevels#afterChange}) and returns the cluster's raised levels. */
    public synchronized List<RaisedLevel> recordChange(String account, String clusterArn, String clusterName,
                                                       ChangeReport report, Duration revertAfter) {
        List<RaisedLevel> updated = RaisedLevels.afterChange(store.load(), account, clusterArn, clusterName, report,
                clock.instant(), revertAfter);
        store.save(updated);
        return updated.stream().filter(r -> r.account().equals(account) && r.clusterArn().equals(clusterArn)).toList();
    }

    /**
     * The cluster's recorded levels that the table shows still raised; those it shows put back are forgotten.
     */
    public synchronized List<RaisedLevel> stillRaised(String account, String clusterArn, LoggerTable table) {
        List<RaisedLevel> recorded = store.load();
        List<RaisedLevel> kept = RaisedLevels.withoutPutBack(recorded, account, clusterArn, table);
        if (kept.size() != recorded.size()) {
            store.save(kept);
        }
        return RaisedLevels.stillRaised(kept, account, clusterArn, table);
    }

    /** The recorded levels whose revert time has come, by this clock. */
    public List<RaisedLevel> due() {
        return RaisedLevels.due(store.load(), clock.instant());
    }
}
