package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxTrailData.ACCESS_DENIED;
import static io.mskconsole.sandbox.SandboxTrailData.HISTORY;
import static io.mskconsole.sandbox.SandboxTrailData.KAFKA;
import static io.mskconsole.sandbox.SandboxTrailData.MSK;
import static io.mskconsole.sandbox.SandboxTrailData.NODES;
import static io.mskconsole.sandbox.SandboxTrailData.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * One region's sample records in the making, shared by {@link SandboxTrailMskCalls} and
 * {@link SandboxTrailKafkaActions}: the records so far, the event ids taken, the one random source every choice is
 * drawn from (so the same seed gives the same records in the same order), the region's clusters, topics, Kafka
 * clients and callers, and the helpers that add a record and draw values (request ids, event ids, cluster versions,
 * times). One use, for one region.
 */
final class SandboxTrailSamples {
    private static final String VERSION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    final String region;
    final Instant now;
    final Random random;
    private final List<ObjectNode> out = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    final List<Cluster> clusters;
    final List<Cluster> provisioned;
    final Map<String, List<String>> topics = new LinkedHashMap<>();
    /** Each Kafka client and the clusters it uses. */
    final Map<SandboxTrailIdentity, List<String>> kafkaClients = new LinkedHashMap<>();
    final List<SandboxTrailIdentity> browsers;
    final List<SandboxTrailIdentity> changers;
    final int workdayStartHour;

    SandboxTrailSamples(String region, Instant now, long seed) {
        this.region = region;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.random = new Random(seed * 31 + region.hashCode());
        this.clusters = SandboxData.clusters().stream().filter(c -> ClusterArn.region(c.arn()).equals(region))
                .toList();
        this.provisioned = clusters.stream().filter(c -> c.type() == ClusterType.PROVISIONED).toList();
        boolean us = region.equals(SandboxData.US_EAST_1);
        topics.put("orders-prod", List.of("orders", "orders-dlq", "order-events", "inventory-updates",
                "shipment-status"));
        topics.put("payments-staging", List.of("payments", "payment-refunds", "ledger-entries"));
        topics.put("clickstream-express", List.of("clicks", "page-views", "user-sessions"));
        topics.put("events-serverless", List.of("app-events", "audit-trail"));
        topics.put("analytics-eu", List.of("analytics-raw", "analytics-enriched", "daily-reports",
                "gdpr-erasure-requests"));
        topics.put("audit-eu", List.of("audit-log", "access-events"));
        if (us) {
            kafkaClients.put(SandboxTrailIdentity.ORDERS_APP, List.of("orders-prod", "events-serverless"));
            kafkaClients.put(SandboxTrailIdentity.PAYMENTS_APP, List.of("payments-staging"));
            kafkaClients.put(SandboxTrailIdentity.CLICKSTREAM_APP, List.of("clickstream-express"));
            kafkaClients.put(SandboxTrailIdentity.CRUISE_CONTROL,
                    List.of("orders-prod", "payments-staging", "clickstream-express"));
            kafkaClients.put(SandboxTrailIdentity.JANE_KAFKA, List.copyOf(names(clusters)));
            browsers = List.of(SandboxTrailIdentity.JANE, SandboxTrailIdentity.RAJ, SandboxTrailIdentity.ALICE,
                    SandboxTrailIdentity.BOB, SandboxTrailIdentity.SANDBOX_CALLER, SandboxTrailIdentity.JANE_CLI);
            changers = List.of(SandboxTrailIdentity.JANE, SandboxTrailIdentity.JANE_CLI, SandboxTrailIdentity.ALICE,
                    SandboxTrailIdentity.SANDBOX_CALLER, SandboxTrailIdentity.CI_DEPLOYER);
            workdayStartHour = 13;
        } else {
            kafkaClients.put(SandboxTrailIdentity.ANALYTICS_APP, List.of("analytics-eu"));
            kafkaClients.put(SandboxTrailIdentity.AUDIT_APP, List.of("audit-eu"));
            kafkaClients.put(SandboxTrailIdentity.CRUISE_CONTROL, List.of("analytics-eu", "audit-eu"));
            kafkaClients.put(SandboxTrailIdentity.JANE_KAFKA, List.copyOf(names(clusters)));
            browsers = List.of(SandboxTrailIdentity.MARTA, SandboxTrailIdentity.RAJ, SandboxTrailIdentity.BOB,
                    SandboxTrailIdentity.SANDBOX_CALLER, SandboxTrailIdentity.JANE_CLI);
            changers = List.of(SandboxTrailIdentity.MARTA, SandboxTrailIdentity.JANE_CLI,
                    SandboxTrailIdentity.SANDBOX_CALLER, SandboxTrailIdentity.CI_DEPLOYER);
            workdayStartHour = 7;
        }
    }

    private static List<String> names(List<Cluster> clusters) {
        return clusters.stream().map(Cluster::name).toList();
    }

    /** How many records there are so far. */
    int size() {
        return out.size();
    }

    /** The records, in the order they were added. */
    List<ObjectNode> records() {
        return out;
    }

    // Records.

    void msk(SandboxTrailIdentity who, Instant t, String name, JsonNode request, JsonNode response,
             boolean readOnly) {
        add(record(who, t, region, MSK, name, request, response, readOnly, null, null, uuid(), eventId()));
    }

    void mskError(SandboxTrailIdentity who, Instant t, String name, JsonNode request, boolean readOnly,
                  String code, String message) {
        add(record(who, t, region, MSK, name, request, null, readOnly, code, message, uuid(), eventId()));
    }

    void kafka(SandboxTrailIdentity who, Instant t, String name, String api, String resourceArn,
               boolean readOnly) {
        add(record(who, t, region, KAFKA, name, kafkaParameters(api, resourceArn), null, readOnly, null, null,
                uuid(), eventId()));
    }

    void kafkaError(SandboxTrailIdentity who, Instant t, String name, String api, String resourceArn,
                    boolean readOnly, String message) {
        add(record(who, t, region, KAFKA, name, kafkaParameters(api, resourceArn), null, readOnly, ACCESS_DENIED,
                message, uuid(), eventId()));
    }

    void add(ObjectNode record) {
        out.add(record);
    }

    private static ObjectNode kafkaParameters(String api, String resourceArn) {
        ObjectNode request = NODES.objectNode();
        request.put("kafkaAPI", api);
        request.put("resourceARN", resourceArn);
        return request;
    }

    // Values.

    Cluster cluster(String name) {
        return clusters.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** Most records carry the ARN URL-encoded, as the path had it; one in five plain. */
    boolean encoded() {
        return random.nextInt(5) != 0;
    }

    String version() {
        StringBuilder version = new StringBuilder("K");
        for (int i = 0; i < 13; i++) {
            version.append(VERSION_CHARS.charAt(random.nextInt(VERSION_CHARS.length())));
        }
        return version.toString();
    }

    String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private String eventId() {
        String id = uuid();
        while (!ids.add(id)) {
            id = uuid();
        }
        return id;
    }

    String copyId(String originalId) {
        String id = UUID.nameUUIDFromBytes(("sandbox copy of " + originalId).getBytes(StandardCharsets.UTF_8))
                .toString();
        ids.add(id);
        return id;
    }

    /** Any time of day, between 90 days and an hour ago. */
    Instant anyTime() {
        long oldest = HISTORY.minus(Duration.ofHours(2)).getSeconds();
        long youngest = Duration.ofHours(1).getSeconds();
        return now.minusSeconds(youngest + (long) (random.nextDouble() * (oldest - youngest)));
    }

    /** Mostly within the region's working hours. */
    Instant humanTime() {
        Instant t = anyTime();
        if (random.nextInt(10) < 8) {
            t = t.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(workdayStartHour + random.nextInt(9)))
                    .plusSeconds(random.nextInt(3600));
            if (t.isAfter(now.minus(Duration.ofHours(1)))) {
                t = t.minus(Duration.ofDays(1));
            }
            if (t.isBefore(now.minus(HISTORY).plus(Duration.ofHours(1)))) {
                t = t.plus(Duration.ofDays(1));
            }
        }
        return t;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
