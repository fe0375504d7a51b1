package io.mskconsole.core.levels;

import java.util.Objects;

/**
 * A change of one logger's level on one broker or all: SET to a level the broker accepts, or back to its default
 * (DELETE: the logger then follows its parent again). Checked when made, so nothing half-made is ever sent.
 *
 * @param level the new level, or null to put the logger back to its default
 */
public record LevelChange(String logger, BrokerScope scope, LogLevel level) {
    /** The word for "back to the default" on the command line and in pickers. */
    public static final String DEFAULT_WORD = "DEFAULT";

    public LevelChange {
        Objects.requireNonNull(scope, "scope");
        if (logger == null || logger.isBlank()) {
            throw new IllegalArgumentException("Name the logger to change, e.g. kafka.controller or root.");
        }
        logger = logger.strip();
        if (level != null && !level.isSettable()) {
            throw new IllegalArgumentException(notSettable(level.name()));
        }
        if (level == null && LoggerNames.isRoot(logger)) {
            throw new IllegalArgumentException("The root logger has no default to go back to: brokers refuse to "
                    + "remove its level. Set it to a level instead (INFO is what MSK brokers start with).");
        }
    }

    public static LevelChange set(String logger, BrokerScope scope, LogLevel level) {
        return new LevelChange(logger, scope, Objects.requireNonNull(level, "level"));
    }

    public static LevelChange toDefault(String logger, BrokerScope scope) {
        return new LevelChange(logger, scope, null);
    }

    /**
     * A level as typed: one of the {@link LogLevel#SETTABLE} levels or DEFAULT, in any case.
     *
     * @throws IllegalArgumentException for anything else, naming the levels brokers accept
     */
    public static LevelChange parse(String logger, BrokerScope scope, String levelText) {
        String text = levelText == null ? "" : levelText.strip();
        if (text.equalsIgnoreCase(DEFAULT_WORD)) {
            return toDefault(logger, scope);
        }
        LogLevel level = LogLevel.parse(text).orElseThrow(() -> new IllegalArgumentException(notSettable(levelText)));
        return new LevelChange(logger, scope, level);
    }

    public boolean isToDefault() {
        return level == null;
    }

    /** "kafka.controller to DEBUG on all brokers", "kafka.controller back to its default on broker 2". */
    public String describe() {
        return logger + (isToDefault() ? " back to its default" : " to " + level) + " on " + scope;
    }

    private static String notSettable(String given) {
        return "'" + given + "' is not a level brokers accept: use FATAL, ERROR, WARN, INFO, DEBUG or TRACE, or "
                + DEFAULT_WORD + " to put the logger back to its default.";
    }
}
