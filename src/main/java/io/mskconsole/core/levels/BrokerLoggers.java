package io.mskconsole.core.levels;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One broker's loggers and their levels as it describes them (BROKER_LOGGER), root first then by name. Levels are
 * kept as the broker's text; {@link #level(String)} reads them as {@link LogLevel}s.
 */
public record BrokerLoggers(int brokerId, Map<String, String> levels) {
    public BrokerLoggers {
        Objects.requireNonNull(levels, "levels");
        TreeMap<String, String> sorted = new TreeMap<>(LoggerNames.ROOT_FIRST);
        sorted.putAll(levels);
        levels = Collections.unmodifiableMap(sorted);
    }

    /** The logger's level, when the broker has the logger and reports a level this app knows. */
    public Optional<LogLevel> level(String logger) {
        return LogLevel.parse(levels.get(logger));
    }

    public boolean hasLogger(String logger) {
        return levels.containsKey(logger);
    }
}
