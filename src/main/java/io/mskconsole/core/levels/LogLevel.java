package io.mskconsole.core.levels;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The log4j levels a broker reports for its loggers, from the quietest to the most verbose. A broker describes
 * (describeConfigs on BROKER_LOGGER) any of them, but accepts only {@link #SETTABLE} in an incrementalAlterConfigs
 * SET: Kafka's broker checks the value against {@code LogLevelConfig.VALID_LOG_LEVELS} (FATAL, ERROR, WARN, INFO,
 * DEBUG, TRACE, exactly in upper case) and refuses anything else, OFF and ALL included.
 */
public enum LogLevel {
    OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE, ALL;

    /** The levels a broker accepts in a SET, in the order a picker offers them. */
    public static final List<LogLevel> SETTABLE = List.of(FATAL, ERROR, WARN, INFO, DEBUG, TRACE);

    /** The level a broker reports, in any case; empty for anything else (a broker's own word is kept as text). */
    public static Optional<LogLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(name)).findFirst();
    }

    public boolean isSettable() {
        return SETTABLE.contains(this);
    }

    /** Whether this level lets more through than {@code other} (DEBUG is more verbose than INFO). */
    public boolean isMoreVerboseThan(LogLevel other) {
        return ordinal() > other.ordinal();
    }

    /** More verbose than INFO, the level MSK brokers log at by default: DEBUG, TRACE or ALL. */
    public boolean isAboveInfo() {
        return isMoreVerboseThan(INFO);
    }
}
