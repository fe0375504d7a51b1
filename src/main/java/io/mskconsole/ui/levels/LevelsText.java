package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.BrokerChange;
import io.mskconsole.core.levels.ChangeReport;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.ui.common.Notice;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words of the broker log levels window: the cluster-wide summary, what a change did, a raised level. */
final class LevelsText {
    /** Local time, as on the person's clock: revert times are minutes away, not days. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private LevelsText() {
    }

    /** "Above INFO: kafka.request.logger at DEBUG on broker 2", or that none is. */
    static String summary(LoggerTable table) {
        String above = table.aboveInfoSummary();
        return above.isEmpty() ? "Every logger logs at INFO or quieter on every broker read."
                : "Above INFO: " + above + ".";
    }

    /** "Broker 3 could not be read: ...", one sentence per broker, or "". */
    static String unavailable(LoggerTable table) {
        return table.unavailable().entrySet().stream()
                .map(e -> "Broker " + e.getKey() + " could not be read: " + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /**
     * What the change did: "Set kafka.controller to DEBUG on all brokers: INFO → DEBUG on brokers 1, 2, 3." and each
     * refusal with the broker's words; a success, or a warning when a broker refused.
     */
    static Notice report(ChangeReport report) {
        StringBuilder text = new StringBuilder();
        Map<String, List<Integer>> byMove = report.applied().stream().collect(Collectors.groupingBy(
                b -> level(b.before()) + " → " + level(b.after()), java.util.LinkedHashMap::new,
                Collectors.mapping(BrokerChange::brokerId, Collectors.toList())));
        text.append(report.change().isToDefault() ? "Put " : "Set ").append(report.change().describe())
                .append(byMove.isEmpty() ? "." : ": ");
        text.append(byMove.entrySet().stream().map(e -> e.getKey() + " on " + LoggerTable.brokers(e.getValue()))
                .collect(Collectors.joining("; ")));
        if (!byMove.isEmpty()) {
            text.append('.');
        }
        for (BrokerChange failed : report.failed()) {
            text.append(" Broker ").append(failed.brokerId()).append(" did not take it: ").append(failed.error());
        }
        return report.allSucceeded() ? Notice.success(text.toString()) : Notice.warning(text.toString());
    }

    /**
     * "kafka.controller at DEBUG on broker 2 (was INFO) · put back at 14:30", "… was to be put back at 14:30" when that
     * time has passed, or "… since 13:55" when no time was asked for.
     */
    static String raised(RaisedLevel raised, Instant now) {
        String text = raised.logger() + " at " + raised.level() + " on broker " + raised.brokerId()
                + (raised.previousLevel() == null ? "" : " (was " + raised.previousLevel() + ")");
        if (raised.revertAt() == null) {
            return text + " since " + TIME.format(raised.raisedAt());
        }
        return text + (raised.isDue(now) ? " · was to be put back at " : " · put back at ")
                + TIME.format(raised.revertAt());
    }

    private static String level(String level) {
        return level == null ? "?" : level;
    }
}
