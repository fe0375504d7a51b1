package io.mskconsole.core.levels;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules for the levels this app raised: what a change adds or forgets, which are still raised, which are due to
 * be put back. Pure functions over lists; {@link RaisedLevelRecords} keeps them in a store.
 */
public final class RaisedLevels {
    private RaisedLevels() {
    }

    /**
     * The records after a change. Each broker that took it forgets what was recorded for the logger; a SET that
     * leaves the logger more verbose than it was before its first raise is recorded again, remembering that first
     * level (what a revert puts back), to be put back at {@code now + revertAfter} when that is given.
     *
     * @param revertAfter how long until the raise is put back, or null for never
     */
    public static List<RaisedLevel> afterChange(List<RaisedLevel> recorded, String account, String clusterArn,
                                                String clusterName, ChangeReport report, Instant now,
                                                Duration revertAfter) {
        List<RaisedLevel> result = new ArrayList<>(recorded);
        LevelChange change = report.change();
        for (BrokerChange broker : report.applied()) {
            Optional<RaisedLevel> earlier = recorded.stream()
                    .filter(r -> r.sameLogger(account, clusterArn, broker.brokerId(), change.logger())).findFirst();
            result.removeIf(r -> r.sameLogger(account, clusterArn, broker.brokerId(), change.logger()));
            if (change.isToDefault()) {
                continue;
            }
            String original = earlier.map(RaisedLevel::previousLevel).orElse(broker.before());
            LogLevel from = LogLevel.parse(original).orElse(LogLevel.INFO);
            if (change.level().isMoreVerboseThan(from)) {
                result.add(new RaisedLevel(account, clusterArn, clusterName, broker.brokerId(), change.logger(),
                        change.level(), original, earlier.map(RaisedLevel::raisedAt).orElse(now),
                        revertAfter == null ? null : now.plus(revertAfter)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * The records of the cluster that are still raised by the table just read: the broker still reports the raised
     * level. A broker that could not be read keeps its records (nothing says they were put back).
     */
    public static List<RaisedLevel> stillRaised(List<RaisedLevel> recorded, String account, String clusterArn,
                                                LoggerTable table) {
        return recorded.stream().filter(r -> r.account().equals(account) && r.clusterArn().equals(clusterArn))
                .filter(r -> isStillRaised(r, table)).toList();
    }

    /** The records less those of the cluster that the table shows were changed since (by anyone). */
    public static List<RaisedLevel> withoutPutBack(List<RaisedLevel> recorded, String account, String clusterArn,
                                                   LoggerTable table) {
        return recorded.stream().filter(r -> !(r.account().equals(account) && r.clusterArn().equals(clusterArn))
                || isStillRaised(r, table)).toList();
    }

    /** The records whose revert time has come. */
    public static List<RaisedLevel> due(List<RaisedLevel> recorded, Instant now) {
        return recorded.stream().filter(r -> r.isDue(now)).toList();
    }

    private static boolean isStillRaised(RaisedLevel raised, LoggerTable table) {
        if (table.broker(raised.brokerId()).isEmpty()) {
            return true;
        }
        return table.level(raised.logger(), raised.brokerId()).flatMap(LogLevel::parse)
                .map(level -> level == raised.level()).orElse(false);
    }
}
