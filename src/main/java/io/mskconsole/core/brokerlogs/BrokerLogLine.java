package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.levels.LogLevel;
import java.time.Instant;
import java.util.Objects;

/**
 * One log entry of one broker, as delivered: its text whole (a stack trace's lines with it), and what the Kafka
 * log4j layout {@code [yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)} says plainly when the entry follows it.
 * Nothing is invented: an entry that does not follow the layout (an authorizer decision, say) keeps only its text.
 *
 * @param time   when the entry says it was written (the layout's time, read as UTC), else when it was delivered
 * @param broker the broker's id from the stream or object name, or -1 when the name does not say
 * @param level  the layout's level, or null
 * @param logger the layout's logger (the name in parentheses at the end of its first line), or null
 * @param text   the entry as delivered, every line of it (not yet made safe to show: see {@link SafeText})
 * @param source where it was read: the log stream, or the bucket and key
 */
public record BrokerLogLine(Instant time, int broker, LogLevel level, String logger, String text, String source) {
    public BrokerLogLine {
        Objects.requireNonNull(time, "time");
        text = text == null ? "" : text;
        source = source == null ? "" : source;
    }
}
