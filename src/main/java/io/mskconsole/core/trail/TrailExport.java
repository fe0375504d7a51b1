package io.mskconsole.core.trail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.mskconsole.core.reports.CsvFields;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events for other tools: as JSON, a CloudTrail-style {@code {"Records":[...]}} document of the whole
 * records, which this app (and anything that reads trail log files) reads back; as CSV, one row per event with the
 * browser's columns, safe to open in a spreadsheet. Neither closes the writer.
 */
public final class TrailExport {
    /** The CSV header, in column order. */
    public static final List<String> CSV_COLUMNS = List.of("Time (UTC)", "Event name", "Source", "User", "User type",
            "Source IP", "Region", "Account", "Cluster", "Topic", "Group", "Read-only", "Error code",
            "Error message", "Event ID");
    /** "2024-05-01 10:00:00": what spreadsheets read as a date and time. */
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TrailExport() {
    }

    /**
     * The events' whole records, in the list's order, as {@code {"Records":[...]}}: each record is a JSON object
     * (not a string), written compactly on a line of its own, so the document stays small, valid and greppable:
     *
     * <pre>
     * {"Records":[
     * {"eventVersion":"1.08",...},
     * {"eventVersion":"1.08",...}
     * ]}
     * </pre>
     */
    public static void json(List<TrailEvent> events, Writer out) throws IOException {
        out.write("{\"Records\":[");
        for (int i = 0; i < events.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            // Read and written again, so a record that came pretty-printed still takes one line.
            JsonNode record = JSON.readTree(events.get(i).record());
            out.write(JSON.writeValueAsString(record));
        }
        out.write(events.isEmpty() ? "]}\n" : "\n]}\n");
        out.flush();
    }

    /**
     * One row per event under the {@link #CSV_COLUMNS} header, in {@link CsvFields}' CSV (RFC 4180, formulas
     * defused).
     */
    public static void csv(List<TrailEvent> events, Writer out) throws IOException {
        row(out, CSV_COLUMNS);
        for (TrailEvent event : events) {
            MskResource resource = event.resource();
            row(out, List.of(CSV_TIME.format(event.time()), event.name(), event.source(), event.user(),
                    event.userType(), event.sourceIp(), event.region(), event.account(), resource.clusterName(),
                    resource.topic(),
                    resource.group(), event.readOnly() == null ? "" : event.readOnly().toString(), event.errorCode(),
                    event.errorMessage(), event.eventId()));
        }
        out.flush();
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        CsvFields.row(out, fields);
    }

    /** One CSV field: defused against formulas, then quoted if it must be. */
    static String csvField(String value) {
        return CsvFields.field(value);
    }

    static boolean startsLikeAFormula(String text) {
        return CsvFields.startsLikeAFormula(text);
    }
}
