package io.mskconsole.app.logs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * One line a record (time in UTC, level, logger, message), its exception's stack below. Masks what looks like an
 * AWS access key id, and the value after a secret-looking name, in case a library or a service message ever
 * carries one: the log is attached to tickets, so it must never hold a credential.
 */
public final class LogLineFormat extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}\\b");
    private static final Pattern SECRET_VALUE = Pattern.compile(
            "(?i)(secret[_-]?access[_-]?key|session[_-]?token|security[_-]?token|password|authorization"
                    + "|access[_-]?token|refresh[_-]?token|client[_-]?secret|device[_-]?code|bearer[_-]?token|id[_-]?token)"
                    + "(\"?\\s*[:=]\\s*\"?)[^\\s\",;]+");

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(Instant.ofEpochMilli(record.getMillis())))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName())
                .append(": ").append(formatMessage(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter stack = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(stack));
            line.append(stack);
        }
        return redact(line.toString());
    }

    static String redact(String text) {
        String masked = ACCESS_KEY_ID.matcher(text).replaceAll("$1****************");
        return SECRET_VALUE.matcher(masked).replaceAll("$1$2****");
    }
}
