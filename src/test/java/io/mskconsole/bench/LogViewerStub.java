package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cluster's broker logs as AWS would serve them, every answer after {@code delayMs}, for a WireMock on
 * 127.0.0.1 (path-style S3):
 * <ul>
 *   <li>CloudWatch Logs: the log group holds one stream per broker, {@code <name>-<uuid>/Broker-N}, each line a
 *       log event at the time it was written. DescribeLogStreams orders them by last event time. FilterLogEvents
 *       pages as AWS does: events oldest first across the streams asked for (all, or {@code logStreamNames}, or
 *       {@code logStreamNamePrefix}), {@code startTime} and {@code endTime} both inclusive, at most {@code limit}
 *       events (10,000 when not given, more is refused) and at most 1 MB a page, a {@code nextToken} while events
 *       are left.</li>
 *   <li>S3: the delivery layout of the same lines, {@link LogBucketStub}.</li>
 * </ul>
 * Counts requests by operation, events and bytes served ({@link #reset()} between runs).
 */
final class LogViewerStub implements ResponseDefinitionTransformerV2 {
    static final int MAX_EVENTS = 10_000;
    static final int MAX_PAGE_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_11 = "application/x-amz-json-1.1";

    private final int delayMs;
    private final String group;
    private final LogBucketStub bucket;
    private final List<String> streams;
    private final long[] times;
    private final int[] streamOf;
    private final String[] eventJson;
    private final Map<String, long[]> streamSpans = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentSkipListMap<>();
    private final AtomicLong eventsServed = new AtomicLong();
    private final AtomicLong bytesServed = new AtomicLong();

    /**
     * @param streamPrefix each broker's stream is this then {@code /Broker-N}
     * @param folder       the cluster's folder of the S3 layout, ending with '/'
     */
    LogViewerStub(int delayMs, String group, String streamPrefix, String bucket, String folder,
                  List<BrokerLogTraffic.Line> lines, Instant now) {
        this.delayMs = delayMs;
        this.group = group;
        this.bucket = new LogBucketStub(delayMs, bucket, folder, lines, now);
        int brokers = lines.stream().mapToInt(BrokerLogTraffic.Line::broker).max().orElse(0);
        List<String> names = new ArrayList<>();
        for (int broker = 1; broker <= brokers; broker++) {
            names.add(streamPrefix + "/Broker-" + broker);
        }
        this.streams = List.copyOf(names);
        this.times = new long[lines.size()];
        this.streamOf = new int[lines.size()];
        this.eventJson = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            BrokerLogTraffic.Line line = lines.get(i);
            times[i] = line.time().toEpochMilli();
            streamOf[i] = line.broker() - 1;
            eventJson[i] = event(streams.get(streamOf[i]), line, i);
            long[] span = streamSpans.computeIfAbsent(streams.get(streamOf[i]), s -> new long[2]);
            span[0] = span[0] == 0 ? times[i] : span[0];
            span[1] = times[i];
        }
    }

    List<String> streams() {
        return streams;
    }

    /** The objects of the bucket by key, in order. */
    Map<String, LogBucketStub.StoredLog> objects() {
        return bucket.objects();
    }

    void reset() {
        requests.clear();
        eventsServed.set(0);
        bytesServed.set(0);
    }

    /** Requests by operation since the last reset. */
    Map<String, Integer> requests() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        requests.forEach((operation, n) -> counted.put(operation, n.get()));
        return counted;
    }

    int requestCount() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    long eventsServed() {
        return eventsServed.get();
    }

    long bytesServed() {
        return bytesServed.get();
    }

    @Override
    public String getName() {
        return "log-viewer-stub";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String method = request.getMethod().getName();
        String target = request.getHeader("X-Amz-Target");
        String path = URLDecoder.decode(request.getUrl().split("\\?")[0], StandardCharsets.UTF_8);
        if (target != null) {
            String operation = target.substring(target.indexOf('.') + 1);
            count(operation);
            return switch (operation) {
                case "FilterLogEvents" -> filterLogEvents(request.getBodyAsString());
                case "DescribeLogStreams" -> describeLogStreams(request.getBodyAsString());
                default -> logsError("InvalidAction", "Not stubbed: " + operation);
            };
        }
        boolean listing = LogBucketStub.query(request, "list-type") != null;
        String operation = listing ? "ListObjectsV2" : method.equals("HEAD") ? "HeadObject" : "GetObject";
        count(operation);
        if (!bucket.holds(path)) {
            return bucket.error(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        if (listing) {
            return bucket.list(request);
        }
        LogBucketStub.StoredLog object = bucket.object(path);
        if (object == null) {
            return bucket.error(404, "NoSuchKey", "The specified key does not exist.");
        }
        if (!method.equals("HEAD")) {
            bytesServed.addAndGet(object.gzipped().length);
        }
        return bucket.answer(object, method.equals("HEAD"));
    }

    private ResponseDefinition filterLogEvents(String body) {
        JsonNode asked = read(body);
        if (!group.equals(asked.path("logGroupName").asText())) {
            return logsError("ResourceNotFoundException", "The specified log group does not exist.");
        }
        int limit = asked.has("limit") ? asked.get("limit").asInt() : MAX_EVENTS;
        if (limit < 1 || limit > MAX_EVENTS) {
            return logsError("InvalidParameterException", "1 validation error detected: Value '" + limit + "' at "
                    + "'limit' failed to satisfy constraint: Member must have value less than or equal to 10000");
        }
        long start = asked.has("startTime") ? asked.get("startTime").asLong() : Long.MIN_VALUE;
        long end = asked.has("endTime") ? asked.get("endTime").asLong() : Long.MAX_VALUE;
        boolean[] searched = new boolean[streams.size()];
        Set<String> named = new HashSet<>();
        asked.path("logStreamNames").forEach(n -> named.add(n.asText()));
        String prefix = asked.path("logStreamNamePrefix").asText("");
        for (int s = 0; s < streams.size(); s++) {
            searched[s] = (named.isEmpty() || named.contains(streams.get(s))) && streams.get(s).startsWith(prefix);
        }
        if (!streams.containsAll(named)) {
            return logsError("ResourceNotFoundException", "The specified log stream does not exist.");
        }
        int i = asked.hasNonNull("nextToken") ? untoken(asked.get("nextToken").asText()) : firstAtOrAfter(start);
        StringBuilder page = new StringBuilder(64 * 1024).append("{\"events\":[");
        int count = 0;
        for (; i < times.length && times[i] <= end; i++) {
            if (!searched[streamOf[i]]) {
                continue;
            }
            if (count == limit || page.length() + eventJson[i].length() + 200 > MAX_PAGE_BYTES) {
                break;
            }
            page.append(count == 0 ? "" : ",").append(eventJson[i]);
            count++;
        }
        while (i < times.length && times[i] <= end && !searched[streamOf[i]]) {
            i++;
        }
        page.append("],\"searchedLogStreams\":[]");
        if (i < times.length && times[i] <= end) {
            page.append(",\"nextToken\":\"").append(token(i)).append('"');
        }
        eventsServed.addAndGet(count);
        return logsAnswer(page.append('}').toString());
    }

    private ResponseDefinition describeLogStreams(String body) {
        JsonNode asked = read(body);
        if (!group.equals(asked.path("logGroupName").asText())) {
            return logsError("ResourceNotFoundException", "The specified log group does not exist.");
        }
        int limit = asked.path("limit").asInt(50);
        String prefix = asked.path("logStreamNamePrefix").asText("");
        List<Map.Entry<String, long[]>> ordered = new ArrayList<>(streamSpans.entrySet());
        if ("LastEventTime".equals(asked.path("orderBy").asText())) {
            ordered.sort(Map.Entry.comparingByValue((a, b) -> Long.compare(a[1], b[1])));
        }
        if (asked.path("descending").asBoolean(false)) {
            java.util.Collections.reverse(ordered);
        }
        StringBuilder page = new StringBuilder("{\"logStreams\":[");
        int count = 0;
        for (Map.Entry<String, long[]> stream : ordered) {
            if (!stream.getKey().startsWith(prefix) || count == limit) {
                continue;
            }
            ObjectNode info = JSON.createObjectNode().put("logStreamName", stream.getKey())
                    .put("creationTime", stream.getValue()[0] - 86_400_000L)
                    .put("firstEventTimestamp", stream.getValue()[0]).put("lastEventTimestamp", stream.getValue()[1])
                    .put("lastIngestionTime", stream.getValue()[1] + 2_000).put("uploadSequenceToken", "4961")
                    .put("arn", "arn:aws:logs:us-east-1:123456789012:log-group:" + group + ":log-stream:"
                            + stream.getKey()).put("storedBytes", 0);
            page.append(count++ == 0 ? "" : ",").append(info);
        }
        return logsAnswer(page.append("]}").toString());
    }

    private static String event(String stream, BrokerLogTraffic.Line line, int i) {
        ObjectNode event = JSON.createObjectNode().put("logStreamName", stream)
                .put("timestamp", line.time().toEpochMilli()).put("message", line.text())
                .put("ingestionTime", line.time().toEpochMilli() + 1_800 + i % 900)
                .put("eventId", String.format(Locale.ROOT, "3784950381238472938472398472938472398472398%012d", i));
        return event.toString();
    }

    private int firstAtOrAfter(long start) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String token(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("Bxkq6kVGFtq2y_Moig/" + index)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int untoken(String token) {
        String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        return Integer.parseInt(text.substring(text.lastIndexOf('/') + 1));
    }

    private void count(String operation) {
        requests.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    }

    private ResponseDefinition logsAnswer(String body) {
        bytesServed.addAndGet(body.length());
        return aResponse().withStatus(200).withFixedDelay(delayMs).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "5f1b2c3d-0000-4000-8000-000000000001").withBody(body).build();
    }

    private ResponseDefinition logsError(String type, String message) {
        return aResponse().withStatus(400).withFixedDelay(delayMs).withHeader("Content-Type", JSON_11)
                .withBody(JSON.createObjectNode().put("__type", type).put("message", message).toString()).build();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
