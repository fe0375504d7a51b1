package io.mskconsole.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailGateway;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * CloudTrail's LookupEvents of one region in memory, behaving like the service for what the app uses: the records
 * whose eventTime is within [StartTime, EndTime] and that match the one attribute, newest first, 50 a page with a
 * NextToken that only works with the same parameters. Records every request (and the {@link #clock}'s time of it),
 * and can be told to fail the next calls or every call. Thread-safe: the fetch calls it from its threads.
 */
public final class FakeTrail implements TrailGateway {
    public static final int PAGE_SIZE = LookupRequest.MAX_RESULTS;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String region;
    private final List<Stored> records = new ArrayList<>();
    private final Deque<RuntimeException> nextFailures = new ArrayDeque<>();
    /** Every request, in the order received. */
    public final List<LookupRequest> requests = Collections.synchronizedList(new ArrayList<>());
    /** The {@link #clock}'s reading at each request, in the same order. */
    public final List<Long> requestTimes = Collections.synchronizedList(new ArrayList<>());
    /** Read at each request, e.g. a fake ticker's nanoTime. */
    public volatile LongSupplier clock = () -> 0L;
    /** Runs on each request before it is answered (e.g. to press Ctrl-C). */
    public volatile Consumer<LookupRequest> onRequest = request -> { };
    /** When set, every call throws it. */
    public volatile RuntimeException failure;

    private record Stored(String text, JsonNode node, Instant time) {
    }

    public FakeTrail(String region) {
        this.region = region;
    }

    @Override
    public String region() {
        return region;
    }

    /** Adds records (each a whole CloudTrail record, JSON text; they may be in any order). */
    public synchronized FakeTrail add(String... recordJson) {
        for (String text : recordJson) {
            try {
                JsonNode node = JSON.readTree(text);
                records.add(new Stored(text, node, Instant.parse(node.path("eventTime").asText())));
            } catch (Exception notARecord) {
                // A broken record is stored as is: LookupEvents hands it out, newest first among the broken ones.
                records.add(new Stored(text, JSON.createObjectNode(), Instant.MAX));
            }
        }
        return this;
    }

    /** The next calls throw these, one each, in order (e.g. THROTTLED twice). */
    public synchronized FakeTrail failNext(RuntimeException... failures) {
        nextFailures.addAll(List.of(failures));
        return this;
    }

    public static GatewayException throttled() {
        return new GatewayException(Failure.THROTTLED, "LookupEvents", "CloudTrail throttled the lookup.");
    }

    public static GatewayException accessDenied() {
        return new GatewayException(Failure.ACCESS_DENIED, "LookupEvents",
                "Access denied: cloudtrail:LookupEvents is not allowed.");
    }

    @Override
    public LookupPage lookupEvents(LookupRequest request) {
        requests.add(request);
        requestTimes.add(clock.getAsLong());
        onRequest.accept(request);
        List<Stored> matching;
        synchronized (this) {
            RuntimeException next = nextFailures.poll();
            if (next != null) {
                throw next;
            }
            if (failure != null) {
                throw failure;
            }
            matching = records.stream()
                    .filter(r -> r.time == Instant.MAX || !r.time.isBefore(request.start())
                            && !r.time.isAfter(request.end()))
                    .filter(r -> matches(r, request.attribute()))
                    .sorted(Comparator.comparing(Stored::time).reversed())
                    .toList();
        }
        int from = request.nextToken() == null ? 0 : offset(request);
        int to = Math.min(matching.size(), from + PAGE_SIZE);
        List<String> page = matching.subList(Math.min(from, to), to).stream().map(Stored::text).toList();
        return new LookupPage(page, to < matching.size() ? token(request, to) : null);
    }

    private static boolean matches(Stored record, LookupAttribute attribute) {
        if (attribute == null) {
            return true;
        }
        JsonNode node = record.node;
        String value = attribute.value();
        JsonNode identity = node.path("userIdentity");
        return switch (attribute.key()) {
            case EVENT_ID -> value.equals(node.path("eventID").asText());
            case EVENT_NAME -> value.equals(node.path("eventName").asText());
            case EVENT_SOURCE -> value.equals(node.path("eventSource").asText());
            case READ_ONLY -> value.equalsIgnoreCase(node.path("readOnly").asText());
            case USERNAME -> value.equals(identity.path("userName").asText())
                    || identity.path("arn").asText().endsWith("/" + value);
            case ACCESS_KEY_ID -> value.equals(identity.path("accessKeyId").asText());
            case RESOURCE_NAME -> node.path("requestParameters").toString().contains(value)
                    || node.path("resources").toString().contains(value);
            case RESOURCE_TYPE -> node.path("resources").findValuesAsText("type").contains(value);
        };
    }

    /** A token naming the offset and the parameters it belongs to. */
    private static String token(LookupRequest request, int offset) {
        return "next-" + offset + "-" + Integer.toHexString(parameters(request).hashCode());
    }

    private static int offset(LookupRequest request) {
        String[] parts = request.nextToken().split("-");
        if (parts.length != 3 || !"next".equals(parts[0])
                || !parts[2].equals(Integer.toHexString(parameters(request).hashCode()))) {
            throw new GatewayException(Failure.BAD_REQUEST, "LookupEvents",
                    "InvalidNextTokenException: the token belongs to other parameters.");
        }
        return Integer.parseInt(parts[1]);
    }

    private static String parameters(LookupRequest request) {
        return Objects.toString(request.attribute()) + "|" + request.start() + "|" + request.end();
    }

    /** A record of an MSK API call, to build on: {@code FakeTrail.event("id-1", "2024-05-01T10:00:00Z").json()}. */
    public static RecordBuilder event(String eventId, String time) {
        return new RecordBuilder(eventId, time);
    }

    /** A CloudTrail record as JSON text, with the fields the app reads. */
    public static final class RecordBuilder {
        private final ObjectNode record = JSON.createObjectNode();

        RecordBuilder(String eventId, String time) {
            record.put("eventVersion", "1.08");
            ObjectNode identity = record.putObject("userIdentity");
            identity.put("type", "IAMUser");
            identity.put("principalId", "AIDAEXAMPLE");
            identity.put("arn", "arn:aws:iam::111122223333:user/alice");
            identity.put("accountId", "111122223333");
            identity.put("accessKeyId", "AKIAEXAMPLE");
            identity.put("userName", "alice");
            record.put("eventTime", time);
            record.put("eventSource", "kafka.amazonaws.com");
            record.put("eventName", "DescribeClusterV2");
            record.put("awsRegion", "us-east-1");
            record.put("sourceIPAddress", "192.0.2.10");
            record.put("userAgent", "aws-cli/2.15.0");
            record.putObject("requestParameters");
            record.putNull("responseElements");
            record.put("requestID", "req-" + eventId);
            record.put("eventID", eventId);
            record.put("readOnly", true);
            record.put("eventType", "AwsApiCall");
            record.put("managementEvent", true);
            record.put("recipientAccountId", "111122223333");
        }

        public RecordBuilder name(String eventName) {
            record.put("eventName", eventName);
            return this;
        }

        public RecordBuilder region(String region) {
            record.put("awsRegion", region);
            return this;
        }

        /** A Kafka action (kafka-cluster.amazonaws.com) on a topic, cluster or group ARN. */
        public RecordBuilder kafkaAction(String eventName, String kafkaApi, String resourceArn) {
            record.put("eventSource", "kafka-cluster.amazonaws.com");
            record.put("eventName", eventName);
            ObjectNode parameters = record.putObject("requestParameters");
            parameters.put("kafkaAPI", kafkaApi);
            parameters.put("resourceARN", resourceArn);
            return this;
        }

        public RecordBuilder source(String eventSource) {
            record.put("eventSource", eventSource);
            return this;
        }

        public RecordBuilder cluster(String clusterArn) {
            record.withObject("/requestParameters").put("clusterArn", clusterArn);
            return this;
        }

        public RecordBuilder user(String userName) {
            ObjectNode identity = record.withObject("/userIdentity");
            identity.put("userName", userName);
            identity.put("arn", "arn:aws:iam::111122223333:user/" + userName);
            return this;
        }

        public RecordBuilder assumedRole(String role, String session) {
            ObjectNode identity = record.withObject("/userIdentity");
            identity.put("type", "AssumedRole");
            identity.remove("userName");
            identity.put("arn", "arn:aws:sts::111122223333:assumed-role/" + role + "/" + session);
            return this;
        }

        public RecordBuilder sourceIp(String ip) {
            record.put("sourceIPAddress", ip);
            return this;
        }

        public RecordBuilder readOnly(boolean readOnly) {
            record.put("readOnly", readOnly);
            return this;
        }

        public RecordBuilder error(String code, String message) {
            record.put("errorCode", code);
            record.put("errorMessage", message);
            return this;
        }

        public String json() {
            return record.toString();
        }

        @Override
        public String toString() {
            return json();
        }
    }

    @Override
    public String toString() {
        return "FakeTrail " + region.toLowerCase(Locale.ROOT);
    }
}
