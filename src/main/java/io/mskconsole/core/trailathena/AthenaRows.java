package io.mskconsole.core.trailathena;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailOrigin;
import io.mskconsole.core.trail.TrailRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MSK query's rows as events: each row's columns put back under CloudTrail's own names (eventName,
 * userIdentity.arn, requestParameters as JSON, ...), so the browser's columns, filters, detail pane and exports treat
 * it as any other record. The record holds the columns the query selects, not every field of the file's record.
 */
final class AthenaRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Column → the record's field, in the record's usual order. */
    private static final List<String[]> TOP = List.of(new String[] {"eventversion", "eventVersion"},
            new String[] {"eventtime", "eventTime"}, new String[] {"eventsource", "eventSource"},
            new String[] {"eventname", "eventName"}, new String[] {"awsregion", "awsRegion"},
            new String[] {"sourceipaddress", "sourceIPAddress"}, new String[] {"useragent", "userAgent"},
            new String[] {"errorcode", "errorCode"}, new String[] {"errormessage", "errorMessage"});
    private static final List<String[]> NESTED = List.of(new String[] {"requestparameters", "requestParameters"},
            new String[] {"responseelements", "responseElements"},
            new String[] {"additionaleventdata", "additionalEventData"});
    private static final List<String[]> AFTER = List.of(new String[] {"requestid", "requestID"},
            new String[] {"eventid", "eventID"});
    private static final List<String[]> LAST = List.of(new String[] {"eventtype", "eventType"},
            new String[] {"recipientaccountid", "recipientAccountId"}, new String[] {"vpcendpointid", "vpcEndpointId"},
            new String[] {"eventcategory", "eventCategory"});
    private static final List<String[]> IDENTITY = List.of(new String[] {"usertype", "type"},
            new String[] {"principalid", "principalId"}, new String[] {"userarn", "arn"},
            new String[] {"useraccountid", "accountId"}, new String[] {"invokedby", "invokedBy"},
            new String[] {"username", "userName"});

    private final Map<String, Integer> columns = new HashMap<>();

    /** @param header the first row of the results: the columns' names */
    AthenaRows(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i) == null ? "" : header.get(i).toLowerCase(java.util.Locale.ROOT), i);
        }
        if (!columns.containsKey("eventid") || !columns.containsKey("eventtime")) {
            throw new IllegalArgumentException("The results have no eventid or eventtime column: " + header);
        }
    }

    /** The row's event, or empty when it lacks an event id or a time. */
    Optional<TrailEvent> event(List<String> row) {
        ObjectNode record = JSON.createObjectNode();
        put(record, row, TOP.subList(0, 1));
        ObjectNode identity = record.putObject("userIdentity");
        put(identity, row, IDENTITY);
        String onBehalfOf = value(row, "onbehalfofuserid");
        if (onBehalfOf != null) {
            identity.putObject("onBehalfOf").put("userId", onBehalfOf);
        }
        put(record, row, TOP.subList(1, TOP.size()));
        for (String[] field : NESTED) {
            String text = value(row, field[0]);
            if (text != null) {
                record.set(field[1], json(text));
            }
        }
        put(record, row, AFTER);
        String readOnly = value(row, "readonly");
        if (readOnly != null) {
            record.put("readOnly", Boolean.parseBoolean(readOnly));
        }
        String arns = value(row, "resourcearns");
        if (arns != null && !arns.isBlank()) {
            var resources = record.putArray("resources");
            for (String arn : arns.split(",")) {
                resources.addObject().put("ARN", arn.strip());
            }
        }
        put(record, row, LAST);
        String text = record.toString();
        return TrailRecords.parse(record, text).map(event -> event.from(TrailOrigin.ATHENA));
    }

    private void put(ObjectNode node, List<String> row, List<String[]> fields) {
        for (String[] field : fields) {
            String value = value(row, field[0]);
            if (value != null) {
                node.put(field[1], value);
            }
        }
    }

    private String value(List<String> row, String column) {
        Integer at = columns.get(column);
        return at == null || at >= row.size() ? null : row.get(at);
    }

    /** A JSON column's value as JSON; text that is not JSON stays text. */
    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
