package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.levels.LogLevel;

/**
 * What the viewer and {@code logs} show: one broker (or all), entries at a level or more severe (WARN shows WARN,
 * ERROR and FATAL; entries without a level are kept), a logger and a text contained (case ignored).
 *
 * @param broker   the broker's id, or -1 for all
 * @param level    the least severe level shown, or null for all
 * @param logger   part of the logger's name, or null
 * @param text     part of the entry's text, or null
 */
public record LogFilter(int broker, LogLevel level, String logger, String text) {
    public static final LogFilter ALL = new LogFilter(-1, null, null, null);

    public boolean test(BrokerLogLine line) {
        if (broker >= 0 && line.broker() != broker) {
            return false;
        }
        if (level != null && line.level() != null && line.level().isMoreVerboseThan(level)) {
            return false;
        }
        if (logger != null && !logger.isBlank() && (line.logger() == null || !containsIgnoringCase(line.logger(),
                logger))) {
            return false;
        }
        return text == null || text.isBlank() || containsIgnoringCase(line.text(), text);
    }

    /**
     * Whether the text holds the part, case ignored, without copying the text: a filter runs over thousands of
     * entries at each keystroke.
     */
    static boolean containsIgnoringCase(String text, String part) {
        int last = text.length() - part.length();
        for (int at = 0; at <= last; at++) {
            if (text.regionMatches(true, at, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
