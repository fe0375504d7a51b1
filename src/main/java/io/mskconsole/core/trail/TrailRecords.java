package io.mskconsole.core.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CloudTrail records (as LookupEvents' CloudTrailEvent or as items of a trail file's {@code Records}) into
 * {@link TrailEvent}s. A record that is not JSON or lacks its eventID or eventTime is broken: empty, never an
 * exception, so one bad record never stops a listing.
 */
public final class TrailRecords {
    static final ObjectMapper JSON = new ObjectMapper();

    private TrailRecords() {
    }

    /** One record's JSON text. */
    public static Optional<TrailEvent> parse(String recordJson) {
        if (recordJson == null) {
            return Optional.empty();
        }
        try {
            return parse(JSON.readTree(recordJson), recordJson);
        } catch (JsonProcessingException broken) {
            return Optional.empty();
        }
    }

    /** A record already read, and its text (kept as the event's record). */
    public static Optional<TrailEvent> parse(JsonNode record, String text) {
        return parse(record, Records.of(text), 0);
    }

    /** A record already read, its text kept in {@code where} at {@code slot}. */
    public static Optional<TrailEvent> parse(JsonNode record, Records where, int slot) {
        if (record == null || !record.isObject()) {
            return Optional.empty();
        }
        String eventId = text(record, "eventID");
        Instant time = time(text(record, "eventTime"));
        if (eventId == null || eventId.isBlank() || time == null) {
            return Optional.empty();
        }
        JsonNode readOnly = record.get("readOnly");
        Boolean isReadOnly = readOnly == null || readOnly.isNull() ? null
                : readOnly.isBoolean() ? readOnly.booleanValue() : Boolean.valueOf(readOnly.asText());
        JsonNode identity = record.path("userIdentity");
        return Optional.of(new TrailEvent(eventId, time, text(record, "eventName"), text(record, "eventSource"),
                text(record, "awsRegion"), user(identity), text(identity, "type"), text(record, "sourceIPAddress"),
                isReadOnly, text(record, "errorCode"), text(record, "errorMessage"), resource(record), where, slot,
                firstOf(text(record, "recipientAccountId"), firstOf(text(identity, "accountId"), ""))));
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    /**
     * Who made the call, the way an administrator names them: the user name of an IAM user, "role/session" of an
     * assumed role (SSO sessions included), the name of a federated user, the service of a service call, "root".
     */
    static String user(JsonNode identity) {
        String type = text(identity, "type");
        String arn = text(identity, "arn");
        if ("AssumedRole".equals(type) && arn != null && arn.contains(":assumed-role/")) {
            return arn.substring(arn.indexOf(":assumed-role/") + ":assumed-role/".length());
        }
        if ("FederatedUser".equals(type) && arn != null && arn.contains(":federated-user/")) {
            return arn.substring(arn.indexOf(":federated-user/") + ":federated-user/".length());
        }
        if ("AWSService".equals(type)) {
            return firstOf(text(identity, "invokedBy"), "AWS service");
        }
        if ("Root".equals(type)) {
            return "root";
        }
        if ("IdentityCenterUser".equals(type)) {
            return firstOf(text(identity.path("onBehalfOf"), "userId"), text(identity, "principalId"));
        }
        if ("AWSAccount".equals(type)) {
            return firstOf(text(identity, "accountId"), text(identity, "principalId"));
        }
        String userName = text(identity, "userName");
        if (userName != null) {
            return userName;
        }
        if (arn != null && arn.contains("/")) {
            return arn.substring(arn.lastIndexOf('/') + 1);
        }
        return firstOf(text(identity, "invokedBy"), firstOf(text(identity, "principalId"), ""));
    }

    /**
     * The MSK resource of the record: a topic or group ARN wins over a cluster ARN; looked for in
     * requestParameters, then responseElements, then the record's resources list.
     */
    static MskResource resource(JsonNode record) {
        MskResource found = null;
        for (String part : new String[] {"requestParameters", "responseElements"}) {
            found = better(found, search(record.path(part), 0));
        }
        for (JsonNode resource : record.path("resources")) {
            found = better(found, MskResource.fromArn(firstOf(text(resource, "ARN"), text(resource, "arn"))));
        }
        if (found == null) {
            String clusterName = text(record.path("requestParameters"), "clusterName");
            return clusterName == null ? MskResource.NONE : new MskResource("", clusterName, "", "");
        }
        return found;
    }

    private static MskResource search(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isTextual()) {
            String value = node.asText();
            return value.startsWith("arn") ? MskResource.fromArn(value) : null;
        }
        MskResource found = null;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                found = better(found, search(fields.next().getValue(), depth + 1));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                found = better(found, search(item, depth + 1));
            }
        }
        return found;
    }

    private static MskResource better(MskResource current, MskResource candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        boolean currentSpecific = !current.topic().isEmpty() || !current.group().isEmpty();
        boolean candidateSpecific = !candidate.topic().isEmpty() || !candidate.group().isEmpty();
        return !currentSpecific && candidateSpecific ? candidate : current;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static String firstOf(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
