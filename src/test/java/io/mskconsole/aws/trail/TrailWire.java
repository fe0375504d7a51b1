package io.mskconsole.aws.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * CloudTrail's LookupEvents on the wire (JSON 1.1, POST / with X-Amz-Target), and records as CloudTrail writes them:
 * the documentation's DescribeCluster example, and made-up records of the same shape with chosen ids.
 */
public final class TrailWire {
    public static final String TARGET = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents";
    public static final String JSON_11 = "application/x-amz-json-1.1";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The DescribeCluster record of the MSK developer guide's "Example: Amazon MSK log file entries" (its clusterArn
     * URL-encoded, as there), with the guide's event id.
     */
    public static final String DESCRIBE_CLUSTER_RECORD = io.mskconsole.testing.GuideRecords.DESCRIBE_CLUSTER;
    public static final String DESCRIBE_CLUSTER_ID = "60052aba-0123-4511-bcde-3e18dbd42aa4";
    public static final String EXAMPLE_CLUSTER_ARN =
            "arn:aws:kafka:us-east-1:012345678901:cluster/examplecluster/01234567-abcd-0123-abcd-abcd0123efa-2";

    private TrailWire() {
    }

    /**
     * A record shaped like the guide's example: an MSK call by IAM user Joe on the example cluster, with the given
     * id, name, time and region.
     */
    public static String record(String eventId, String eventName, Instant time, String region) {
        return record(eventId, eventName, "kafka.amazonaws.com", time, region);
    }

    /** As {@link #record(String, String, Instant, String)}, from the given event source. */
    public static String record(String eventId, String eventName, String eventSource, Instant time, String region) {
        ObjectNode record = (ObjectNode) read(DESCRIBE_CLUSTER_RECORD);
        record.put("eventSource", eventSource);
        record.put("eventTime", time.toString());
        record.put("eventName", eventName);
        record.put("awsRegion", region);
        record.put("eventID", eventId);
        record.put("requestID", "req-" + eventId);
        record.put("readOnly", eventName.startsWith("Describe") || eventName.startsWith("List"));
        ((ObjectNode) record.get("requestParameters")).put("clusterArn",
                EXAMPLE_CLUSTER_ARN.replace("us-east-1", region));
        return write(record);
    }

    /**
     * The LookupEvents answer holding these records, each as an Events[] item with the fields CloudTrail fills
     * from it (EventTime in epoch seconds, as JSON 1.1 sends timestamps), and the next token when there is one.
     */
    public static String page(List<String> records, String nextToken) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode events = body.putArray("Events");
        for (String text : records) {
            events.add(item(text));
        }
        if (nextToken != null) {
            body.put("NextToken", nextToken);
        }
        return write(body);
    }

    /**
     * One Events[] item: the fields CloudTrail fills from the record (EventTime in epoch seconds), its cluster or
     * else its topic (a Kafka action's resourceARN) as the resource, and the whole record as CloudTrailEvent.
     */
    public static ObjectNode item(String text) {
        JsonNode record = read(text);
        ObjectNode event = JSON.createObjectNode();
        event.put("EventId", record.path("eventID").asText());
        event.put("EventName", record.path("eventName").asText());
        event.put("ReadOnly", String.valueOf(record.path("readOnly").asBoolean()));
        event.put("AccessKeyId", record.path("userIdentity").path("accessKeyId").asText());
        event.put("EventTime", Instant.parse(record.path("eventTime").asText()).getEpochSecond());
        event.put("EventSource", record.path("eventSource").asText());
        event.put("Username", record.path("userIdentity").path("userName").asText());
        ArrayNode resources = event.putArray("Resources");
        String cluster = record.path("requestParameters").path("clusterArn").asText();
        String topic = record.path("requestParameters").path("resourceARN").asText();
        if (!cluster.isEmpty()) {
            resources.addObject().put("ResourceType", "AWS::MSK::Cluster").put("ResourceName", cluster);
        } else if (!topic.isEmpty()) {
            resources.addObject().put("ResourceType", "AWS::MSK::Topic").put("ResourceName", topic);
        }
        event.put("CloudTrailEvent", text);
        return event;
    }

    /** A JSON 1.1 error body, as CloudTrail answers one. */
    public static String error(String type, String message) {
        return write(JSON.createObjectNode().put("__type", type).put("message", message));
    }

    public static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region in the credential scope of a request's SigV4 Authorization header, or null. */
    public static String signedRegion(String authorization) {
        if (authorization == null || !authorization.contains("Credential=")) {
            return null;
        }
        String[] scope = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length())
                .split("/");
        return scope.length > 2 ? scope[2] : null;
    }

    /** The service in the credential scope of a request's SigV4 Authorization header, or null. */
    public static String signedService(String authorization) {
        if (authorization == null || !authorization.contains("Credential=")) {
            return null;
        }
        String[] scope = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length())
                .split("/");
        return scope.length > 3 ? scope[3] : null;
    }
}
