package io.mskconsole.cli;

import io.mskconsole.core.trail.MskResource;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code trail} table: one row per event with the browser's columns, padded to their widest value, the error
 * last. Every cell is one line of printable text: line breaks, tabs and control characters (a terminal's escape
 * sequences among them) that a record may carry become spaces.
 */
final class TrailTable {
    static final List<String> HEADER = List.of("TIME (UTC)", "EVENT", "SOURCE", "USER", "REGION", "ACCOUNT",
            "CLUSTER", "TOPIC OR GROUP", "ERROR");
    static final String NONE = "-";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private TrailTable() {
    }

    static String format(List<TrailEvent> events) {
        List<List<String>> rows = new ArrayList<>(events.size() + 1);
        rows.add(HEADER);
        events.forEach(event -> rows.add(row(event)));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    static List<String> row(TrailEvent event) {
        MskResource resource = event.resource();
        return List.of(TIME.format(event.time()), cell(event.name()), source(event.source()), cell(event.user()),
                cell(event.region()), cell(event.account()), cell(resource.clusterName()), cell(topicOrGroup(resource)),
                error(event));
    }

    /** As the window says it: "MSK API" for MSK API calls, "Kafka" for Kafka actions, else the eventSource. */
    static String source(String eventSource) {
        TrailSource source = TrailSource.of(eventSource);
        return source == TrailSource.MSK ? "MSK API" : source == TrailSource.KAFKA ? "Kafka" : cell(eventSource);
    }

    /** As the window says it: "topic orders", "group billing", or empty. */
    static String topicOrGroup(MskResource resource) {
        if (!resource.topic().isEmpty()) {
            return "topic " + resource.topic();
        }
        return resource.group().isEmpty() ? "" : "group " + resource.group();
    }

    /** The error code, e.g. AccessDeniedException (the message is in the JSON and CSV formats). */
    static String error(TrailEvent event) {
        return event.hasError() ? cell(event.errorCode()) : "";
    }

    /** One line of printable text, or "-" when empty. */
    static String cell(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? ' ' : c));
        String text = clean.toString().strip();
        return text.isEmpty() ? NONE : text;
    }
}
