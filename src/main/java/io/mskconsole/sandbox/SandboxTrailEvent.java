package io.mskconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.MskResource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One event of the Sandbox's CloudTrail: its record (JSON text, what LookupEvents gives as CloudTrailEvent) and the
 * fields LookupEvents filters on, read once from the record. Immutable.
 *
 * <p>What each lookup attribute matches (exact, case-sensitive text, as LookupEvents compares):
 * <ul>
 * <li>EventId, EventName, EventSource: the record's eventID, eventName, eventSource.</li>
 * <li>ReadOnly: "true" or "false" (any case) against the record's readOnly.</li>
 * <li>Username: what LookupEvents calls the user: the userName of an IAM user; the session name of an assumed role
 *     (the last part of its ARN: {@code jane@example.com} for an SSO session, {@code sandbox-user} for the Sandbox
 *     caller); the name of a federated user; "root" for the root user. Calls by an AWS service have none.</li>
 * <li>AccessKeyId: userIdentity.accessKeyId (calls by an AWS service have none).</li>
 * <li>ResourceType: {@value #CLUSTER_TYPE} for every event that concerns one MSK cluster (an MSK API call naming
 *     the cluster or one of its operations, a Kafka action on the cluster or on one of its topics); nothing else.
 *     Calls that concern no cluster (ListClustersV2) have no resource.</li>
 * <li>ResourceName: the ARN of that cluster or its name (e.g. {@code orders-prod}), URL-encoded ARNs decoded; for
 *     a Kafka action also its {@code resourceARN} (a topic ARN); for an operation call also the operation ARN.</li>
 * </ul>
 */
final class SandboxTrailEvent {
    static final String CLUSTER_TYPE = "AWS::MSK::Cluster";

    private final long timeMillis;
    private final long sequence;
    private final Instant visibleAt;
    private final String eventId;
    private final String eventName;
    private final String eventSource;
    private final Boolean readOnly;
    private final String username;
    private final String accessKeyId;
    private final Set<String> resourceNames;
    private final String record;

    private SandboxTrailEvent(long timeMillis, long sequence, Instant visibleAt, String eventId, String eventName,
                              String eventSource, Boolean readOnly, String username, String accessKeyId,
                              Set<String> resourceNames, String record) {
        this.timeMillis = timeMillis;
        this.sequence = sequence;
        this.visibleAt = visibleAt;
        this.eventId = eventId;
        this.eventName = eventName;
        this.eventSource = eventSource;
        this.readOnly = readOnly;
        this.username = username;
        this.accessKeyId = accessKeyId;
        this.resourceNames = Set.copyOf(resourceNames);
        this.record = record;
    }

    /**
     * The event of a record.
     *
     * @param sequence  tells apart events of the same time: the larger, the newer
     * @param visibleAt when CloudTrail has it, so that LookupEvents finds it
     */
    static SandboxTrailEvent of(JsonNode record, String text, long sequence, Instant visibleAt) {
        Instant time = Instant.parse(record.path("eventTime").asText());
        JsonNode readOnly = record.get("readOnly");
        JsonNode identity = record.path("userIdentity");
        return new SandboxTrailEvent(time.toEpochMilli(), sequence, visibleAt, record.path("eventID").asText(),
                text(record, "eventName"), text(record, "eventSource"),
                readOnly == null || readOnly.isNull() ? null : Boolean.valueOf(readOnly.asText()),
                username(identity), text(identity, "accessKeyId"), resourceNames(record), text);
    }

    /** LookupEvents' Username of a userIdentity, or null when it has none. */
    static String username(JsonNode identity) {
        String type = text(identity, "type");
        String arn = text(identity, "arn");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "IAMUser":
                return text(identity, "userName");
            case "AssumedRole":
                return arn == null || !arn.contains("/") ? null : arn.substring(arn.lastIndexOf('/') + 1);
            case "FederatedUser":
                return arn == null || !arn.contains(":federated-user/") ? null
                        : arn.substring(arn.indexOf(":federated-user/") + ":federated-user/".length());
            case "Root":
                return "root";
            default:
                return null;
        }
    }

    /** The names LookupEvents' ResourceName matches; empty when the event concerns no cluster. */
    private static Set<String> resourceNames(JsonNode record) {
        Set<String> names = new LinkedHashSet<>();
        collect(record.path("requestParameters"), names, 0);
        collect(record.path("responseElements"), names, 0);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isTextual()) {
            addArn(node.asText(), names);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                collect(fields.next().getValue(), names, depth + 1);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(item, names, depth + 1);
            }
        }
    }

    private static void addArn(String text, Set<String> names) {
        if (!text.startsWith("arn")) {
            return;
        }
        String arn = text.startsWith("arn%3A") || text.startsWith("arn%3a")
                ? URLDecoder.decode(text, StandardCharsets.UTF_8) : text;
        MskResource resource = MskResource.fromArn(arn);
        if (resource == null && arn.contains(":cluster-operation/")) {
            // cluster-operation/NAME/CLUSTER-UUID/OPERATION-UUID: the operation of a cluster.
            String[] path = arn.substring(arn.indexOf(":cluster-operation/") + ":cluster-operation/".length())
                    .split("/");
            if (path.length >= 2) {
                resource = MskResource.fromArn(arn.substring(0, arn.indexOf(":cluster-operation/")) + ":cluster/"
                        + path[0] + "/" + path[1]);
                names.add(arn);
            }
        }
        if (resource == null) {
            return;
        }
        names.add(resource.clusterArn());
        names.add(resource.clusterName());
        if (!resource.topic().isEmpty() || !resource.group().isEmpty()) {
            names.add(arn);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** Whether the event has the attribute's value; a null attribute matches every event. */
    boolean matches(LookupAttribute attribute) {
        if (attribute == null) {
            return true;
        }
        String value = attribute.value();
        return switch (attribute.key()) {
            case EVENT_ID -> value.equals(eventId);
            case EVENT_NAME -> value.equals(eventName);
            case READ_ONLY -> readOnly != null && readOnly == Boolean.parseBoolean(value);
            case USERNAME -> value.equals(username);
            case RESOURCE_TYPE -> CLUSTER_TYPE.equals(value) && !resourceNames.isEmpty();
            case RESOURCE_NAME -> resourceNames.contains(value);
            case EVENT_SOURCE -> value.equals(eventSource);
            case ACCESS_KEY_ID -> value.equals(accessKeyId);
        };
    }

    /** Newest first; events of the same millisecond by sequence, the larger first. */
    static int newestFirst(SandboxTrailEvent a, SandboxTrailEvent b) {
        int byTime = Long.compare(b.timeMillis, a.timeMillis);
        return byTime != 0 ? byTime : Long.compare(b.sequence, a.sequence);
    }

    /** Whether this event comes after the given position in the newest-first order. */
    boolean isAfter(long otherTimeMillis, long otherSequence) {
        return timeMillis < otherTimeMillis || (timeMillis == otherTimeMillis && sequence < otherSequence);
    }

    long timeMillis() {
        return timeMillis;
    }

    Instant time() {
        return Instant.ofEpochMilli(timeMillis);
    }

    long sequence() {
        return sequence;
    }

    Instant visibleAt() {
        return visibleAt;
    }

    String eventId() {
        return eventId;
    }

    String eventName() {
        return eventName;
    }

    String eventSource() {
        return eventSource;
    }

    Boolean readOnly() {
        return readOnly;
    }

    String username() {
        return username;
    }

    String accessKeyId() {
        return accessKeyId;
    }

    Set<String> resourceNames() {
        return resourceNames;
    }

    String record() {
        return record;
    }

    @Override
    public String toString() {
        return time() + " " + eventName + " " + eventId;
    }
}
