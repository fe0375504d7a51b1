package io.mskconsole.core.levels;

/**
 * Puts a raised level back, the same way for the window's timed reverts and for {@code loggers set --revert-after}:
 * the broker's levels are read again, and the level is put back only if the broker still has the level this app
 * raised (a person may have changed it since, and their change stands). The put-back is recorded, so the level is
 * no longer listed as raised.
 */
public final class LevelPutBack {
    private LevelPutBack() {
    }

    /**
     * @return what putting it back did, or null when it was not put back because the broker's level is no longer the
     *         one raised
     */
    public static ChangeReport putBack(BrokerLoggerGateway gateway, RaisedLevelRecords records, RaisedLevel raised) {
        LoggerTable before = LoggerOperations.read(gateway);
        boolean stillOurs = records.stillRaised(raised.account(), raised.clusterArn(), before).stream()
                .anyMatch(r -> r.sameLogger(raised.account(), raised.clusterArn(), raised.brokerId(), raised.logger())
                        && r.level() == raised.level());
        if (!stillOurs) {
            return null;
        }
        ChangeReport report = LoggerOperations.apply(gateway, raised.revertChange(), before);
        records.recordChange(raised.account(), raised.clusterArn(), raised.clusterName(), report, null);
        return report;
    }

    /** "Not put back: kafka.controller on broker 1 of orders-prod was changed since it was raised." */
    public static String notPutBack(RaisedLevel raised) {
        return "Not put back: " + raised.logger() + " on broker " + raised.brokerId() + " of " + raised.clusterName()
                + " was changed since it was raised.";
    }
}
