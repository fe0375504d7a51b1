package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.mskconsole.bench.FleetApplyBenchmark.ACCOUNT_ID;
import static io.mskconsole.bench.FleetApplyBenchmark.DELAY_MS;
import static io.mskconsole.bench.FleetApplyBenchmark.LIMIT;
import static io.mskconsole.bench.FleetApplyBenchmark.OPERATION_MS;
import static io.mskconsole.bench.FleetApplyBenchmark.PER_REGION;
import static io.mskconsole.bench.FleetApplyBenchmark.REGIONS;
import static io.mskconsole.bench.FleetApplyBenchmark.arn;
import static io.mskconsole.bench.FleetApplyBenchmark.name;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.MskJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub of {@link FleetApplyBenchmark}, a WireMock extension: MSK in five regions, throttling for real: per region,
 * a request is taken when fewer than {@link FleetApplyBenchmark#LIMIT} were taken in the last second, otherwise
 * answered 429 (a throttled request takes no capacity, as in a token bucket).
 */
final class FleetApplyStub implements ResponseDefinitionTransformerV2 {
    static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/\\d{8}/([a-z0-9-]+)/kafka/");
    static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, StubCluster> clusters = new ConcurrentHashMap<>();
    final Map<String, StubCluster> byOperation = new ConcurrentHashMap<>();
    final Map<String, Deque<Long>> taken = new ConcurrentHashMap<>();
    final Map<String, long[]> regionSpan = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> throttledByOperation = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger throttled = new AtomicInteger();

    synchronized void reset() {
        clusters.clear();
        byOperation.clear();
        taken.clear();
        regionSpan.clear();
        throttledByOperation.clear();
        requests.set(0);
        throttled.set(0);
        for (String region : REGIONS) {
            for (int i = 0; i < PER_REGION; i++) {
                StubCluster cluster = new StubCluster(region, arn(region, i), name(region, i));
                clusters.put(cluster.arn, cluster);
            }
        }
    }

    /** Per region, first request in to last answer out. */
    Map<String, Long> regionMillis() {
        Map<String, Long> millis = new LinkedHashMap<>();
        for (String region : REGIONS) {
            long[] span = regionSpan.get(region);
            if (span != null) {
                millis.put(region, TimeUnit.NANOSECONDS.toMillis(span[1] - span[0]));
            }
        }
        return millis;
    }

    @Override
    public String getName() {
        return "throttling-msk";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        long now = System.nanoTime();
        LoggedRequest request = event.getRequest();
        requests.incrementAndGet();
        String authorization = request.getHeader("Authorization");
        Matcher scope = SCOPE.matcher(authorization == null ? "" : authorization);
        if (!scope.find()) {
            return answer(403, "ForbiddenException", "{\"message\": \"not signed for kafka\"}");
        }
        String region = scope.group(1);
        String path = request.getUrl().split("\\?")[0];
        String operation = operation(request.getMethod().getName(), path);
        regionSpan.compute(region, (r, span) -> span == null ? new long[] {now, now + ms(DELAY_MS)}
                : new long[] {span[0], Math.max(span[1], now + ms(DELAY_MS))});
        if (!take(region, now)) {
            throttled.incrementAndGet();
            throttledByOperation.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
            if (operation.equals("UpdateMonitoring")) {
                cluster(path).ifPresent(c -> c.updatesReceived.incrementAndGet());
            }
            return answer(429, "TooManyRequestsException", MskJson.error("Too Many Requests", null));
        }
        return switch (operation) {
            case "DescribeClusterV2" -> cluster(path).map(c -> answer(200, null,
                    MskJson.describeCluster(c.json(now)))).orElseGet(FleetApplyStub::notFound);
            case "UpdateMonitoring" -> cluster(path).map(c -> c.update(request.getBodyAsString(), now))
                    .orElseGet(FleetApplyStub::notFound);
            case "DescribeClusterOperationV2" -> {
                StubCluster c = byOperation.get(decode(path.substring("/api/v2/operations/".length())));
                yield c == null ? notFound() : answer(200, null, c.operationJson(now));
            }
            default -> answer(400, "BadRequestException", MskJson.error("Not stubbed: " + operation, null));
        };
    }

    /** Takes a slot of the region's sliding second, or says it is full. */
    private boolean take(String region, long now) {
        Deque<Long> window = taken.computeIfAbsent(region, r -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= ms(1000)) {
                window.pollFirst();
            }
            if (window.size() >= LIMIT) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    private Optional<StubCluster> cluster(String path) {
        String rest = path.startsWith("/api/v2/clusters/") ? path.substring("/api/v2/clusters/".length())
                : path.substring("/v1/clusters/".length(), path.length() - "/monitoring".length());
        return Optional.ofNullable(clusters.get(decode(rest)));
    }

    private static String operation(String method, String path) {
        if (method.equals("GET") && path.startsWith("/api/v2/clusters/")) {
            return "DescribeClusterV2";
        }
        if (method.equals("PUT") && path.startsWith("/v1/clusters/") && path.endsWith("/monitoring")) {
            return "UpdateMonitoring";
        }
        if (method.equals("GET") && path.startsWith("/api/v2/operations/")) {
            return "DescribeClusterOperationV2";
        }
        return method + " " + path;
    }

    static ResponseDefinition notFound() {
        return answer(404, "NotFoundException", MskJson.error("The cluster was not found.", null));
    }

    static ResponseDefinition answer(int status, String errorType, String body) {
        var response = aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).withFixedDelay(DELAY_MS);
        if (errorType != null) {
            response.withHeader("x-amzn-ErrorType", errorType);
        }
        return response.build();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** One cluster: its version and delivery, the operation of the UpdateMonitoring it took last. */
    final class StubCluster {
        final String region;
        final String arn;
        final String name;
        final AtomicInteger updatesReceived = new AtomicInteger();
        final AtomicInteger updatesTaken = new AtomicInteger();
        int version = 1;
        JsonNode loggingInfo;
        String operationArn;
        long operationStarted;

        StubCluster(String region, String arn, String name) {
            this.region = region;
            this.arn = arn;
            this.name = name;
        }

        synchronized String json(long now) {
            boolean updating = operationArn != null && now - operationStarted < ms(OPERATION_MS);
            try {
                ObjectNode cluster = (ObjectNode) JSON.readTree(MskJson.provisioned(arn, name, "K" + version,
                        updating ? "UPDATING" : "ACTIVE", "kafka.m5.large"));
                if (loggingInfo != null) {
                    ((ObjectNode) cluster.get("provisioned")).set("loggingInfo", loggingInfo);
                }
                return JSON.writeValueAsString(cluster);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized ResponseDefinition update(String body, long now) {
            updatesReceived.incrementAndGet();
            JsonNode request;
            try {
                request = JSON.readTree(body);
            } catch (IOException e) {
                return answer(400, "BadRequestException", MskJson.error("Malformed body", null));
            }
            if (!("K" + version).equals(request.path("currentVersion").asText())) {
                return answer(400, "BadRequestException", MskJson.error("The version of the cluster isn't "
                        + "current. Check the current version and try again.", null));
            }
            if (operationArn != null && now - operationStarted < ms(OPERATION_MS)) {
                return answer(409, "ConflictException", MskJson.error("An operation is in progress.", null));
            }
            updatesTaken.incrementAndGet();
            version++;
            loggingInfo = request.get("loggingInfo");
            operationArn = "arn:aws:kafka:" + region + ":" + ACCOUNT_ID + ":cluster-operation/" + name
                    + arn.substring(arn.lastIndexOf('/')) + "/op-" + version;
            operationStarted = now;
            byOperation.put(operationArn, this);
            return answer(200, null, "{\"clusterArn\": \"" + arn + "\", \"clusterOperationArn\": \""
                    + operationArn + "\"}");
        }

        synchronized String operationJson(long now) {
            String state = now - operationStarted < ms(OPERATION_MS) ? "UPDATE_IN_PROGRESS" : "UPDATE_COMPLETE";
            return MskJson.operation(state, null, null).replace(MskJson.OPERATION_ARN, operationArn)
                    .replace(MskJson.ARN, arn);
        }
    }
}
