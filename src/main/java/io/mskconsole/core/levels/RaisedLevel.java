package io.mskconsole.core.levels;

import java.time.Instant;
import java.util.Objects;

/**
 * A level this app raised on one broker and has not seen put back: kept across runs, so the next start can list those
 * still raised.
 *
 * @param account       the account's key ("sandbox", "profile:NAME")
 * @param level         the level it was raised to
 * @param previousLevel the level before the first raise (the broker's text), what a revert puts back
 * @param revertAt      when it is to be put back, or null when nobody asked for that
 */
public record RaisedLevel(String account, String clusterArn, String clusterName, int brokerId, String logger,
                          LogLevel level, String previousLevel, Instant raisedAt, Instant revertAt) {
    public RaisedLevel {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(clusterArn, "clusterArn");
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** Whether this entry is about the same logger of the same broker of the same cluster and account. */
    public boolean sameLogger(String otherAccount, String otherCluster, int otherBroker, String otherLogger) {
        return account.equals(otherAccount) && clusterArn.equals(otherCluster) && brokerId == otherBroker
                && logger.equals(otherLogger);
    }

    public boolean isDue(Instant now) {
        return revertAt != null && !now.isBefore(revertAt);
    }

    /**
     * The change that puts it back: SET to the level before when the broker accepts that level, else back to the
     * default (root, which has no default, goes to INFO, the level MSK brokers start with).
     */
    public LevelChange revertChange() {
        BrokerScope broker = BrokerScope.broker(brokerId);
        LogLevel previous = LogLevel.parse(previousLevel).filter(LogLevel::isSettable).orElse(null);
        if (previous != null) {
            return LevelChange.set(logger, broker, previous);
        }
        return LoggerNames.isRoot(logger) ? LevelChange.set(logger, broker, LogLevel.INFO)
                : LevelChange.toDefault(logger, broker);
    }

    /** "kafka.controller at DEBUG on broker 2 of orders-prod (was INFO)". */
    public String describe() {
        return logger + " at " + level + " on broker " + brokerId + " of "
                + (clusterName == null ? clusterArn : clusterName)
                + (previousLevel == null ? "" : " (was " + previousLevel + ")");
    }
}
