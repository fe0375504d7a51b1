package io.mskconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.mskconsole.aws.trail.TrailWire;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.testing.GuideRecords;
import io.mskconsole.core.concurrent.Pause;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * CloudTrail's LookupEvents for {@link LookupCacheBenchmark}, from memory, on a {@code com.sun.net.httpserver} of
 * 127.0.0.1: JSON 1.1 {@code CloudTrail_20131101.LookupEvents}, the region taken from the SigV4 credential scope of
 * the Authorization header. Unlike the pacing benchmark's stub it answers as CloudTrail does: {@code StartTime} and
 * {@code EndTime} honoured, both included (epoch seconds, whole or fractional, as a JSON number or a string, or an
 * ISO-8601 string: whatever the client sends), the {@code EventSource} lookup attribute honoured (none: both
 * sources), newest first, {@code MaxResults} a page (50 when not given, at most 50), a {@code NextToken} holding the
 * offset of the next page in the answer. No rate limit: each answer after {@code latencyMs}. Every request is noted
 * (region, source, times, token, how its times were written) until {@link #take()}. Thread-safe.
 */
final class LookupCacheStub {
    static final int PAGE_SIZE = 50;
    static final Duration MSK_EVERY = Duration.ofMinutes(10);
    static final Duration KAFKA_EVERY = Duration.ofMinutes(30);
    private static final String[] MSK_CALLS = {"DescribeClusterV2", "ListClustersV2", "GetBootstrapBrokers",
        "DescribeClusterOperationV2", "ListNodes", "UpdateMonitoring", "DescribeConfigurationRevision"};
    private static final String[] KAFKA_ACTIONS = {"DescribeTopic", "CreateTopic", "AlterTopic",
        "DescribeTopicDynamicConfiguration", "DescribeGroup", "AlterGroup", "DeleteTopic"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One LookupEvents request as it arrived: its times as sent (null when absent), and their format. */
    record Asked(String region, String source, Instant start, Instant end, String token, String timeFormat) {
    }

    /** One event: its time, and its Events[] item as LookupEvents answers it. */
    private record Stored(long epochSecond, String item) {
    }

    private final LoopbackServer server;
    /** Each region and source's events ("region source"), oldest first. */
    private final Map<String, List<Stored>> streams = new TreeMap<>();
    private final List<Asked> asked = new ArrayList<>();

    LookupCacheStub(int latencyMs, Pause pause) throws IOException {
        this.server = new LoopbackServer("stub-lookup-events", this::handle, Duration.ofMillis(latencyMs), pause);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.close();
    }

    String baseUrl() {
        return server.url();
    }

    /**
     * Adds, in each region, the events of (from, to]: an MSK API call every 10 minutes and a Kafka action every 30,
     * on the grid of {@code to}.
     *
     * @return the events added
     */
    synchronized int add(List<String> regions, Instant from, Instant to) {
        int added = 0;
        for (String region : regions) {
            for (TrailSource source : TrailSource.values()) {
                Duration every = source == TrailSource.MSK ? MSK_EVERY : KAFKA_EVERY;
                List<Stored> stream = streams.computeIfAbsent(key(region, source.eventSource()), k -> new ArrayList<>());
                for (Instant at = to; at.isAfter(from); at = at.minus(every)) {
                    stream.add(new Stored(at.getEpochSecond(), item(record(region, source, at))));
                    added++;
                }
                stream.sort(Comparator.comparingLong(Stored::epochSecond));
            }
        }
        return added;
    }

    /** How many events of the region and source fall in [start, end]. */
    synchronized int count(String region, String source, Instant start, Instant end) {
        return matching(region, source, start, end).size();
    }

    /** The requests since the last take, in their order of arrival. */
    synchronized List<Asked> take() {
        List<Asked> taken = List.copyOf(asked);
        asked.clear();
        return taken;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String region = TrailWire.signedRegion(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!TrailWire.TARGET.equals(target) || region == null) {
                answer(exchange, 400, TrailWire.error("UnrecognizedClientException",
                        "Unexpected request " + target + " in " + region));
                return;
            }
            String page;
            try {
                page = page(region, TrailWire.read(body));
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException invalid) {
                answer(exchange, 400, TrailWire.error("InvalidParameterException", invalid.getMessage()));
                return;
            }
            server.latency();
            answer(exchange, 200, page);
        }
    }

    /** The page the request asks for; notes the request. */
    private synchronized String page(String region, JsonNode request) {
        JsonNode attributes = request.path("LookupAttributes");
        String source = null;
        if (attributes.size() > 1 || attributes.size() == 1
                && !"EventSource".equals(attributes.get(0).path("AttributeKey").asText())) {
            throw new IllegalArgumentException("this stub takes at most one lookup attribute, EventSource");
        } else if (attributes.size() == 1) {
            source = attributes.get(0).path("AttributeValue").asText();
        }
        List<String> formats = new ArrayList<>();
        Instant start = time(request.path("StartTime"), formats);
        Instant end = time(request.path("EndTime"), formats);
        String token = request.hasNonNull("NextToken") ? request.get("NextToken").asText() : null;
        asked.add(new Asked(region, source, start, end, token, String.join("/", new LinkedHashSet<>(formats))));
        int size = request.hasNonNull("MaxResults") ? request.get("MaxResults").asInt() : PAGE_SIZE;
        if (size < 1 || size > PAGE_SIZE) {
            throw new IllegalArgumentException("MaxResults must be 1 to 50: " + size);
        }
        int offset = 0;
        if (token != null) {
            if (!token.matches("offset-\\d{1,9}")) {
                throw new IllegalArgumentException("Invalid NextToken: " + token);
            }
            offset = Integer.parseInt(token.substring("offset-".length()));
        }
        List<Stored> all = matching(region, source, start, end);
        StringBuilder page = new StringBuilder("{\"Events\":[");
        for (int i = offset; i < Math.min(all.size(), offset + size); i++) {
            page.append(i > offset ? "," : "").append(all.get(i).item());
        }
        page.append(']');
        if (offset + size < all.size()) {
            page.append(",\"NextToken\":\"offset-").append(offset + size).append('"');
        }
        return page.append('}').toString();
    }

    /**
     * The events of the region (of the source, or of both) in [start, end] (either open when null), newest first: a
     * view of the stream for one source (found by binary search, so answering costs the stub next to nothing).
     */
    private List<Stored> matching(String region, String source, Instant start, Instant end) {
        if (source != null) {
            List<Stored> stream = streams.getOrDefault(key(region, source), List.of());
            int from = start == null ? 0 : firstAtOrAfter(stream, start);
            int to = end == null ? stream.size() : firstAfter(stream, end);
            List<Stored> found = new ArrayList<>(stream.subList(from, Math.max(from, to)));
            Collections.reverse(found);
            return found;
        }
        List<Stored> found = new ArrayList<>();
        for (TrailSource each : TrailSource.values()) {
            found.addAll(matching(region, each.eventSource(), start, end));
        }
        found.sort(Comparator.comparingLong(Stored::epochSecond).reversed());
        return found;
    }

    /** The index of the first event at or after {@code at} in a stream (oldest first). */
    private static int firstAtOrAfter(List<Stored> stream, Instant at) {
        int low = 0;
        int high = stream.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Instant.ofEpochSecond(stream.get(middle).epochSecond()).isBefore(at)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of the first event after {@code at} in a stream (oldest first). */
    private static int firstAfter(List<Stored> stream, Instant at) {
        int low = 0;
        int high = stream.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Instant.ofEpochSecond(stream.get(middle).epochSecond()).isAfter(at)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** A JSON 1.1 timestamp: epoch seconds as a number or a string, or an ISO-8601 string; null when absent. */
    static Instant time(JsonNode node, List<String> formats) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            formats.add(node.isIntegralNumber() ? "number" : "fractional number");
            return seconds(node.decimalValue());
        }
        String text = node.asText().strip();
        try {
            Instant at = seconds(new BigDecimal(text));
            formats.add("number as a string");
            return at;
        } catch (NumberFormatException notANumber) {
            formats.add("ISO-8601");
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static Instant seconds(BigDecimal value) {
        BigDecimal whole = value.setScale(0, RoundingMode.FLOOR);
        return Instant.ofEpochSecond(whole.longValueExact(), value.subtract(whole).movePointRight(9).intValue());
    }

    private static String key(String region, String source) {
        return region + " " + source;
    }

    /**
     * A record as CloudTrail writes it: an MSK API call shaped like the guide's DescribeCluster, or a Kafka action
     * shaped like its kafka-cluster CreateTopic; its id a UUID made from its region, source and time.
     */
    static String record(String region, TrailSource source, Instant at) {
        int n = (int) Math.floorMod(at.getEpochSecond() / 600, 7L);
        String id = UUID.nameUUIDFromBytes((region + source + at).getBytes(StandardCharsets.UTF_8)).toString();
        if (source == TrailSource.MSK) {
            return TrailWire.record(id, MSK_CALLS[n], source.eventSource(), at, region);
        }
        ObjectNode record = (ObjectNode) TrailWire.read(GuideRecords.CREATE_TOPIC);
        String name = KAFKA_ACTIONS[n];
        record.put("eventTime", at.toString()).put("eventName", name).put("awsRegion", region).put("eventID", id)
                .put("requestID", "req-" + id).put("readOnly", name.startsWith("Describe"));
        ((ObjectNode) record.get("requestParameters")).put("kafkaAPI", name + "s").put("resourceARN",
                "arn:aws:kafka:" + region + ":111122223333:topic/IamAuthCluster/3ebafd8e-dae9-440d-85db-4ef52679674d-1"
                        + "/orders-" + n);
        return write(record);
    }

    /** The Events[] item of a record, as LookupEvents answers it. */
    static String item(String text) {
        return write(TrailWire.item(text));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", TrailWire.JSON_11);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
