package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.ChangeReport;
import io.mskconsole.core.levels.LevelChange;
import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of one cluster's window against its open connection, off the UI thread: reading every broker's loggers
 * with the levels raised still raised, and sending changes with each broker read back and the raised levels
 * recorded.
 */
final class ClusterLevels {
    private final BrokerLoggerGateway gateway;
    private final RaisedLevelRecords records;
    private final String account;
    private final String clusterArn;
    private final String clusterName;

    /** The loggers as read, and the levels this app raised that they show still raised. */
    record Read(LoggerTable table, List<RaisedLevel> raised) {
    }

    /** What the changes did, and the loggers read afterwards. */
    record Sent(List<ChangeReport> reports, Read read) {
    }

    ClusterLevels(BrokerLoggerGateway gateway, RaisedLevelRecords records, String account, String clusterArn,
                  String clusterName) {
        this.gateway = gateway;
        this.records = records;
        this.account = account;
        this.clusterArn = clusterArn;
        this.clusterName = clusterName;
    }

    /** The levels recorded as raised that this table shows still raised (those put back are forgotten). */
    List<RaisedLevel> stillRaised(LoggerTable table) {
        return records.stillRaised(account, clusterArn, table);
    }

    Read read() {
        LoggerTable table = LoggerOperations.read(gateway);
        return new Read(table, stillRaised(table));
    }

    /**
     * Sends each change in turn (each against the levels just read), records what it raised, to be put back after
     * {@code revertAfter} (null: never), and reads the loggers again.
     */
    Sent send(List<LevelChange> changes, Duration revertAfter) {
        List<ChangeReport> reports = new ArrayList<>();
        for (LevelChange change : changes) {
            ChangeReport report = LoggerOperations.apply(gateway, change, LoggerOperations.read(gateway));
            records.recordChange(account, clusterArn, clusterName, report, revertAfter);
            reports.add(report);
        }
        return new Sent(reports, read());
    }
}
