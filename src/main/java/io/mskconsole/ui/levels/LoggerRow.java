package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.LoggerTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the loggers table: a logger and its level on each broker (by id; missing where the broker was not read
 * or has no such logger).
 */
public record LoggerRow(String logger, Map<Integer, String> levels) {
    public LoggerRow {
        levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** The table's rows, in its order. */
    static List<LoggerRow> of(LoggerTable table) {
        return table.loggers().stream().map(logger -> {
            Map<Integer, String> levels = new LinkedHashMap<>();
            for (int broker : table.brokerIds()) {
                table.level(logger, broker).ifPresent(level -> levels.put(broker, level));
            }
            return new LoggerRow(logger, levels);
        }).toList();
    }

    public Optional<String> level(int brokerId) {
        return Optional.ofNullable(levels.get(brokerId));
    }

    /** Whether any broker logs it above INFO (DEBUG, TRACE, ALL). */
    public boolean aboveInfo() {
        return levels.values().stream().map(LogLevel::parse).flatMap(Optional::stream).anyMatch(LogLevel::isAboveInfo);
    }
}
