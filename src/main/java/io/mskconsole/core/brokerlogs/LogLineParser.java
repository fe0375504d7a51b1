package io.mskconsole.core.brokerlogs;

import io.mskconsole.core.levels.LogLevel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads entries of the Kafka log4j layout ({@code [%d] %p %m (%c)%n}): a line that starts with a bracketed time
 * begins an entry; the lines after it that do not (a stack trace's {@code \tat ...}) belong to it.
 */
public final class LogLineParser {
    private static final Pattern FIRST = Pattern.compile(
            "^\\[(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3})\\] (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) (.*?)"
                    + "(?: \\(([A-Za-z_$][\\w.$-]*)\\))?$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    /** A broker's id in a stream or object name: "broker-3", "Broker-3_…", "authorizer-3". */
    private static final Pattern BROKER = Pattern.compile("(?i)(?:broker|authorizer)-(\\d+)");

    private LogLineParser() {
    }

    /** Whether a line begins an entry of the layout. */
    public static boolean beginsEntry(String line) {
        return line.startsWith("[") && FIRST.matcher(firstLine(line)).matches();
    }

    /**
     * One entry from its whole text.
     *
     * @param delivered when it was delivered, the time of an entry that does not say its own
     */
    public static BrokerLogLine parse(String text, Instant delivered, String source) {
        Matcher m = FIRST.matcher(firstLine(text));
        int broker = broker(source);
        if (!m.matches()) {
            return new BrokerLogLine(delivered, broker, null, null, text, source);
        }
        Instant time;
        try {
            time = LocalDateTime.parse(m.group(1), TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATime) {
            time = delivered;
        }
        return new BrokerLogLine(time, broker, LogLevel.parse(m.group(2)).orElse(null), m.group(4), text, source);
    }

    /**
     * The entries of a text of many lines (an S3 object): each line beginning an entry starts one, the lines after
     * it join it, up to {@link BrokerLogReader#MAX_ENTRY} characters (a runaway stack trace is cut there). Lines
     * before the first entry make entries of their own.
     */
    public static List<BrokerLogLine> entries(List<String> lines, Instant delivered, String source) {
        List<BrokerLogLine> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (current != null && !beginsEntry(line)) {
                if (current.length() < BrokerLogReader.MAX_ENTRY) {
                    current.append('\n').append(SafeText.cut(line, BrokerLogReader.MAX_ENTRY - current.length()));
                }
                continue;
            }
            if (current != null) {
                entries.add(parse(current.toString(), delivered, source));
            }
            current = new StringBuilder(line);
        }
        if (current != null) {
            entries.add(parse(current.toString(), delivered, source));
        }
        return entries;
    }

    /**
     * The broker's id in a stream or object name ("...-broker-3", "Broker-3_15-20_ab.log.gz", an authorizer log's
     * "...-authorizer-3"), or -1.
     */
    public static int broker(String name) {
        Matcher m = BROKER.matcher(name == null ? "" : name);
        int found = -1;
        while (m.find()) {
            try {
                found = Integer.parseInt(m.group(1));
            } catch (NumberFormatException tooLong) {
                found = -1;
            }
        }
        return found;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
