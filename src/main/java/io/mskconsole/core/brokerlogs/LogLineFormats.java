package io.mskconsole.core.brokerlogs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An entry as {@code logs} prints it and the viewer exports it: a text line, or one JSON object. */
public final class LogLineFormats {
    /** Every character outside ASCII written as \\uXXXX: C1 controls and bidirectional overrides reach no terminal. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final java.util.regex.Pattern LAYOUT_PREFIX = java.util.regex.Pattern.compile(
            "^\\[\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}\\] [A-Z]+ ");

    private LogLineFormats() {
    }

    /**
     * "2026-12-07T15:20:01.123Z broker-2 INFO  message (logger)", further lines indented; all made harmless. An
     * entry of the layout is printed without its own "[time] LEVEL " (said already, in front); any other whole.
     */
    public static String text(BrokerLogLine line) {
        String who = line.broker() < 0 ? "-" : "broker-" + line.broker();
        String level = line.level() == null ? "-" : line.level().name();
        String body = SafeText.line(message(line)).replace("\n", "\n    ");
        return line.time() + " " + who + " " + String.format("%-5s", level) + " " + body;
    }

    /** The entry without the layout's own "[time] LEVEL " (shown beside it already), or whole when not in the layout. */
    public static String message(BrokerLogLine line) {
        return line.level() == null ? line.text() : LAYOUT_PREFIX.matcher(line.text()).replaceFirst("");
    }

    /**
     * One JSON object: time, broker (null when the name does not say), level, logger, text, source (JSON escapes
     * every control character).
     */
    public static String json(BrokerLogLine line) {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", line.time().toString());
        if (line.broker() >= 0) {
            node.put("broker", line.broker());
        } else {
            node.putNull("broker");
        }
        node.put("level", line.level() == null ? null : line.level().name());
        node.put("logger", line.logger());
        node.put("text", SafeText.cut(line.text(), SafeText.MAX_LINE));
        node.put("source", line.source());
        try {
            return JSON.writeValueAsString(node); // not node.toString(): that writer escapes nothing beyond ASCII
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }
}
