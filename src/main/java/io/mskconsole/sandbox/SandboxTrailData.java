package io.mskconsole.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.logging.BrokerLogs;
import io.mskconsole.core.logging.CloudWatchLogsDestination;
import io.mskconsole.core.logging.FirehoseDestination;
import io.mskconsole.core.logging.S3Destination;
import io.mskconsole.core.logging.UpdateMonitoringRequest;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The sample CloudTrail events of the Sandbox: made from a seed, so the same on every run, and laid out relative to
 * a given "now" (the world's start), so they always fall within LookupEvents' last 90 days. About 3,200 events in
 * us-east-1 and 2,400 in eu-west-1, the regions of the Sandbox's busiest clusters; none elsewhere.
 *
 * <p>What they hold:
 * <ul>
 * <li>MSK API calls ({@value #MSK}) on the region's real Sandbox clusters (orders-prod, payments-staging,
 *     clickstream-express and events-serverless in us-east-1; analytics-eu and audit-eu in eu-west-1):
 *     ListClustersV2, DescribeClusterV2, GetBootstrapBrokers, ListNodes, ListClusterOperationsV2,
 *     DescribeClusterOperationV2, UpdateMonitoring, UpdateBrokerCount, UpdateClusterConfiguration, and
 *     CreateClusterV2 / DeleteCluster of short-lived {@code loadtest-MMDD} clusters. Cluster ARNs in
 *     requestParameters are mostly URL-encoded, as the REST path carries them, some plain.</li>
 * <li>Kafka actions ({@value #KAFKA}) with {@code requestParameters.kafkaAPI} and {@code resourceARN} (a topic
 *     ARN {@code arn:aws:kafka:REGION:ACCOUNT:topic/CLUSTER/UUID/TOPIC} or the cluster's ARN): CreateTopic,
 *     DeleteTopic, AlterTopic, AlterTopicDynamicConfiguration, DescribeTopicDynamicConfiguration,
 *     DescribeClusterDynamicConfiguration, AlterClusterDynamicConfiguration.</li>
 * <li>Callers of every kind: IAM users (alice, ci-deployer), role sessions (applications' roles, the Sandbox's own
 *     MskAdmin/sandbox-user, IAM Identity Center sessions such as
 *     {@code AWSReservedSSO_AdministratorAccess_abc123/jane@example.com}), a federated user (bob) and an AWS
 *     service (AWS Config, with invokedBy).</li>
 * <li>Failures: AccessDenied (a read-only person trying to change a cluster, an application a topic it may not
 *     touch), BadRequestException ("The version of the cluster isn't current...", and UpdateMonitoring of the
 *     serverless cluster), ThrottlingException (a monitoring exporter's bursts) and NotFoundException (a deleted
 *     cluster described).</li>
 * <li>In us-east-1, the MSK documentation's three example records ({@link SandboxTrailExamples}) with their own
 *     dates, and copies of them moved into the last 90 days: same content (user Joe or Admin, examplecluster with
 *     its URL-encoded ARN, Topic9, request ids, shapes), but a new time and, since event ids are unique in a trail,
 *     a new eventID. Also the UpdateClusterConfiguration that started the operation payments-staging is running
 *     when the world starts.</li>
 * </ul>
 * Every generated record is complete: eventVersion, userIdentity, eventTime, eventSource, eventName, awsRegion,
 * sourceIPAddress, userAgent, requestParameters, responseElements, requestID, eventID, readOnly, eventType,
 * managementEvent, recipientAccountId and eventCategory (and errorCode/errorMessage when it failed).
 */
final class SandboxTrailData {
    static final long SEED = 0x4D534B5F54524149L;
    static final String MSK = "kafka.amazonaws.com";
    static final String KAFKA = "kafka-cluster.amazonaws.com";
    static final Duration HISTORY = Duration.ofDays(90);
    static final Map<String, Integer> TARGET_EVENTS = Map.of(SandboxData.US_EAST_1, 3200, SandboxData.EU_WEST_1, 2400);
    static final String ACCESS_DENIED = "AccessDenied";
    static final String BAD_REQUEST = "BadRequestException";
    static final String THROTTLED = "ThrottlingException";
    static final String NOT_FOUND = "NotFoundException";
    static final String JAVA_SDK = "aws-sdk-java/2.25.60 Linux/5.10.219-208.866.amzn2.x86_64 "
            + "OpenJDK_64-Bit_Server_VM/17.0.11+9-LTS Java/17.0.11 vendor/Amazon.com_Inc. md/io#sync md/http#Apache "
            + "ua/2.0 api/Kafka#2.25.60";
    static final ObjectMapper JSON = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SandboxTrailData() {
    }

    /** Whether the region has sample events. */
    static boolean hasSamples(String region) {
        return TARGET_EVENTS.containsKey(region);
    }

    /** The sample records of a region, in no particular order; empty for a region without samples. */
    static List<ObjectNode> generate(String region, Instant now, long seed) {
        return hasSamples(region) ? new Generator(region, now, seed).run() : List.of();
    }

    /** A record's JSON text, compact, as LookupEvents gives it in CloudTrailEvent. */
    static String text(JsonNode record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode parse(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A whole CloudTrail record of a call in the Sandbox account.
     *
     * @param response     responseElements, or null (read-only calls and failures have none)
     * @param errorCode    null when the call succeeded
     */
    static ObjectNode record(SandboxTrailIdentity who, Instant time, String region, String source, String name,
                             JsonNode request, JsonNode response, boolean readOnly, String errorCode,
                             String errorMessage, String requestId, String eventId) {
        boolean kafkaAction = KAFKA.equals(source);
        ObjectNode record = NODES.objectNode();
        record.put("eventVersion", kafkaAction ? "1.08" : "1.09");
        record.set("userIdentity", who.node(time));
        record.put("eventTime", time.truncatedTo(ChronoUnit.SECONDS).toString());
        record.put("eventSource", source);
        record.put("eventName", name);
        record.put("awsRegion", region);
        record.put("sourceIPAddress", who.sourceIp());
        record.put("userAgent", who.userAgent());
        if (errorCode != null) {
            record.put("errorCode", errorCode);
            record.put("errorMessage", errorMessage);
        }
        record.set("requestParameters", request == null ? NullNode.getInstance() : request);
        record.set("responseElements", response == null || errorCode != null ? NullNode.getInstance() : response);
        record.put("requestID", requestId);
        record.put("eventID", eventId);
        record.put("readOnly", readOnly);
        record.put("eventType", "AwsApiCall");
        record.put("managementEvent", true);
        record.put("recipientAccountId", SandboxData.ACCOUNT_ID);
        record.put("eventCategory", "Management");
        if (!kafkaAction && !who.isService()) {
            ObjectNode tls = record.putObject("tlsDetails");
            tls.put("tlsVersion", "TLSv1.3");
            tls.put("cipherSuite", "TLS_AES_128_GCM_SHA256");
            tls.put("clientProvidedHostHeader", "kafka." + region + ".amazonaws.com");
        }
        if (who.console()) {
            record.put("sessionCredentialFromConsole", "true");
        }
        return record;
    }

    /** requestParameters naming a cluster by its ARN, URL-encoded as in the REST path (or not). */
    static ObjectNode clusterParameter(String clusterArn, boolean encoded) {
        ObjectNode request = NODES.objectNode();
        request.put("clusterArn", encoded ? ClusterArn.pathSegment(clusterArn) : clusterArn);
        return request;
    }

    /** What UpdateMonitoring's record holds: the cluster's ARN (URL-encoded, from the path) and the body. */
    static ObjectNode updateMonitoringParameters(UpdateMonitoringRequest request) {
        ObjectNode parameters = clusterParameter(request.clusterArn(), true);
        parameters.setAll(request.toApiBody());
        return parameters;
    }

    static ObjectNode operationResponse(String clusterArn, String operationArn) {
        ObjectNode response = NODES.objectNode();
        response.put("clusterArn", clusterArn);
        response.put("clusterOperationArn", operationArn);
        return response;
    }

    static String accessDenied(SandboxTrailIdentity who, String action, String resource) {
        return "User: " + who.arn() + " is not authorized to perform: " + action + " on resource: " + resource
                + " because no identity-based policy allows the " + action + " action";
    }

    /** Makes one region's records; one use. */
    private static final class Generator {
        private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMdd", Locale.ROOT);
        private static final String VERSION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

        private final String region;
        private final Instant now;
        private final Random random;
        private final List<ObjectNode> out = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final List<Cluster> clusters;
        private final List<Cluster> provisioned;
        private final Map<String, List<String>> topics = new LinkedHashMap<>();
        /** Each Kafka client and the clusters it uses. */
        private final Map<SandboxTrailIdentity, List<String>> kafkaClients = new LinkedHashMap<>();
        private final List<SandboxTrailIdentity> browsers;
        private final List<SandboxTrailIdentity> changers;
        private final int workdayStartHour;
        private int scratchTopics;

        Generator(String region, Instant now, long seed) {
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

        List<ObjectNode> run() {
            configPolls();
            if (region.equals(SandboxData.US_EAST_1)) {
                loadTestCluster(80);
                loadTestCluster(52);
                loadTestCluster(19);
                documentationExamples();
                paymentsOperation();
            } else {
                loadTestCluster(40);
            }
            int target = TARGET_EVENTS.get(region);
            while (out.size() < target) {
                activity();
            }
            return out;
        }

        private void activity() {
            int roll = random.nextInt(100);
            if (roll < 16) {
                consoleBrowse(pick(browsers), humanTime());
            } else if (roll < 24) {
                monitoringUpdate(pick(changers), humanTime());
            } else if (roll < 27) {
                brokerCountUpdate(pick(List.of(SandboxTrailIdentity.CI_DEPLOYER, SandboxTrailIdentity.JANE_CLI)),
                        humanTime());
            } else if (roll < 30) {
                configurationUpdate(SandboxTrailIdentity.CI_DEPLOYER, humanTime());
            } else if (roll < 40) {
                bootstrap(anyTime());
            } else if (roll < 62) {
                kafkaDescribe(anyTime());
            } else if (roll < 76) {
                kafkaChange(humanTime());
            } else if (roll < 80) {
                kafkaDenied(anyTime());
            } else if (roll < 85) {
                mskDenied(humanTime());
            } else if (roll < 89) {
                throttledBurst(anyTime());
            } else {
                operationsReview(pick(browsers), humanTime());
            }
        }

        // Activities.

        /** AWS Config reads every cluster twice a day. */
        private void configPolls() {
            Instant oldest = now.minus(HISTORY).plus(Duration.ofHours(2));
            for (Instant t = oldest.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(7));
                 t.isBefore(now.minus(Duration.ofHours(1))); t = t.plus(Duration.ofHours(12))) {
                SandboxTrailIdentity config = SandboxTrailIdentity.CONFIG;
                msk(config, t, "ListClustersV2", null, null, true);
                Instant at = t;
                for (Cluster cluster : clusters) {
                    at = at.plusSeconds(1 + random.nextInt(2));
                    msk(config, at, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
                }
            }
        }

        /** Someone looks at the clusters in the console or the CLI. */
        private void consoleBrowse(SandboxTrailIdentity who, Instant t) {
            ObjectNode list = NODES.objectNode();
            list.put("maxResults", 100);
            msk(who, t, "ListClustersV2", who.console() ? list : null, null, true);
            int looks = 1 + random.nextInt(clusters.size());
            for (int i = 0; i < looks; i++) {
                Cluster cluster = pick(clusters);
                t = t.plusSeconds(3 + random.nextInt(60));
                msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
                if (random.nextInt(3) == 0) {
                    t = t.plusSeconds(2 + random.nextInt(20));
                    msk(who, t, "GetBootstrapBrokers", clusterParameter(cluster.arn(), encoded()), null, true);
                }
                if (cluster.type() == ClusterType.PROVISIONED && random.nextInt(5) == 0) {
                    t = t.plusSeconds(1 + random.nextInt(10));
                    msk(who, t, "ListNodes", clusterParameter(cluster.arn(), encoded()), null, true);
                }
            }
        }

        /** Someone reads a cluster's past operations. */
        private void operationsReview(SandboxTrailIdentity who, Instant t) {
            Cluster cluster = pick(clusters);
            ObjectNode list = clusterParameter(cluster.arn(), encoded());
            list.put("maxResults", 10);
            msk(who, t, "ListClusterOperationsV2", list, null, true);
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                t = t.plusSeconds(4 + random.nextInt(40));
                msk(who, t, "DescribeClusterOperationV2", operationParameter(operationArn(cluster)), null, true);
            }
        }

        /** Broker log delivery changed: read, update (sometimes with a stale version first), follow the operation. */
        private void monitoringUpdate(SandboxTrailIdentity who, Instant t) {
            Cluster cluster = random.nextInt(20) == 0 ? pick(clusters) : pick(provisioned);
            msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
            UpdateMonitoringRequest request = new UpdateMonitoringRequest(cluster.arn(), version(),
                    cluster.monitoring(), brokerLogs(cluster));
            t = t.plusSeconds(20 + random.nextInt(100));
            if (cluster.type() == ClusterType.SERVERLESS) {
                mskError(who, t, "UpdateMonitoring", updateMonitoringParameters(request), false, BAD_REQUEST,
                        "This operation is not supported for serverless clusters.");
                return;
            }
            if (random.nextInt(8) == 0) {
                mskError(who, t, "UpdateMonitoring", updateMonitoringParameters(request), false, BAD_REQUEST,
                        MonitoringUpdateRules.STALE_VERSION);
                t = t.plusSeconds(5 + random.nextInt(30));
                msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
                request = new UpdateMonitoringRequest(cluster.arn(), version(), request.monitoring(),
                        request.brokerLogs());
                t = t.plusSeconds(5 + random.nextInt(20));
            }
            String operation = operationArn(cluster);
            msk(who, t, "UpdateMonitoring", updateMonitoringParameters(request),
                    operationResponse(cluster.arn(), operation), false);
            follow(who, t, operation, 3 + random.nextInt(6), 10 + random.nextInt(25));
        }

        private void brokerCountUpdate(SandboxTrailIdentity who, Instant t) {
            Cluster cluster = pick(provisioned);
            msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
            ObjectNode request = clusterParameter(cluster.arn(), encoded());
            request.put("currentVersion", version());
            // Scaled out for a peak, or back to its size afterwards.
            request.put("targetNumberOfBrokerNodes", cluster.brokerCount() * (random.nextBoolean() ? 2 : 1));
            t = t.plusSeconds(10 + random.nextInt(60));
            if (random.nextInt(6) == 0) {
                mskError(who, t, "UpdateBrokerCount", request, false, BAD_REQUEST, MonitoringUpdateRules.STALE_VERSION);
                return;
            }
            String operation = operationArn(cluster);
            msk(who, t, "UpdateBrokerCount", request, operationResponse(cluster.arn(), operation), false);
            follow(who, t, operation, 4 + random.nextInt(6), 60 + random.nextInt(60));
        }

        private void configurationUpdate(SandboxTrailIdentity who, Instant t) {
            Cluster cluster = pick(provisioned);
            msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
            t = t.plusSeconds(5 + random.nextInt(20));
            String operation = operationArn(cluster);
            msk(who, t, "UpdateClusterConfiguration", configurationParameters(cluster, version(),
                    1 + random.nextInt(6)), operationResponse(cluster.arn(), operation), false);
            follow(who, t, operation, 3 + random.nextInt(5), 60 + random.nextInt(60));
        }

        /** The operation that payments-staging runs when the world starts was started by the pipeline. */
        private void paymentsOperation() {
            Instant start = SandboxData.paymentsOperation(now).start;
            Cluster cluster = clusters.stream().filter(c -> c.arn().equals(SandboxData.PAYMENTS_STAGING_ARN))
                    .findFirst().orElseThrow();
            msk(SandboxTrailIdentity.CI_DEPLOYER, start.minusSeconds(12), "DescribeClusterV2",
                    clusterParameter(cluster.arn(), true), null, true);
            msk(SandboxTrailIdentity.CI_DEPLOYER, start, "UpdateClusterConfiguration",
                    configurationParameters(cluster, cluster.currentVersion(), 4),
                    operationResponse(cluster.arn(), SandboxData.PAYMENTS_OPERATION_ARN), false);
        }

        /** An application (or a person) asks for the bootstrap brokers before connecting. */
        private void bootstrap(Instant t) {
            SandboxTrailIdentity who;
            Cluster cluster;
            if (random.nextInt(3) == 0) {
                who = pick(List.of(SandboxTrailIdentity.ALICE, SandboxTrailIdentity.BOB, SandboxTrailIdentity.JANE_CLI));
                cluster = pick(clusters);
            } else {
                Map.Entry<SandboxTrailIdentity, List<String>> client = pick(new ArrayList<>(kafkaClients.entrySet()));
                who = client.getKey().withAgent(JAVA_SDK);
                cluster = cluster(pick(client.getValue()));
            }
            if (random.nextBoolean()) {
                msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
                t = t.plusSeconds(1);
            }
            msk(who, t, "GetBootstrapBrokers", clusterParameter(cluster.arn(), encoded()), null, true);
        }

        /** A Kafka client reads configurations. */
        private void kafkaDescribe(Instant t) {
            Map.Entry<SandboxTrailIdentity, List<String>> client = pick(new ArrayList<>(kafkaClients.entrySet()));
            SandboxTrailIdentity who = client.getKey();
            Cluster cluster = cluster(pick(client.getValue()));
            if (random.nextInt(3) == 0) {
                kafka(who, t, "DescribeClusterDynamicConfiguration", "DescribeConfigs", cluster.arn(), true);
                t = t.plusSeconds(1);
            }
            List<String> clusterTopics = topics.get(cluster.name());
            for (int i = 0, n = 1 + random.nextInt(clusterTopics.size() + 2); i < n; i++) {
                kafka(who, t, "DescribeTopicDynamicConfiguration", "DescribeConfigs",
                        topicArn(cluster, pick(clusterTopics)), true);
                t = t.plusSeconds(random.nextInt(3));
            }
        }

        /** Topics created, altered or deleted; now and then a cluster-wide setting. */
        private void kafkaChange(Instant t) {
            Map.Entry<SandboxTrailIdentity, List<String>> client = pick(new ArrayList<>(kafkaClients.entrySet()));
            SandboxTrailIdentity who = client.getKey();
            Cluster cluster = cluster(pick(client.getValue()));
            List<String> clusterTopics = topics.get(cluster.name());
            int roll = random.nextInt(10);
            if (roll < 3) {
                String scratch = pick(clusterTopics) + "-replay-" + (++scratchTopics);
                kafka(who, t, "CreateTopic", "CreateTopics", topicArn(cluster, scratch), false);
                kafka(who, t.plusSeconds(2), "DescribeTopicDynamicConfiguration", "DescribeConfigs",
                        topicArn(cluster, scratch), true);
                if (random.nextBoolean()) {
                    Instant later = t.plus(Duration.ofMinutes(20 + random.nextInt(300)));
                    if (later.isBefore(now.minus(Duration.ofMinutes(30)))) {
                        kafka(who, later, "DeleteTopic", "DeleteTopics", topicArn(cluster, scratch), false);
                    }
                }
            } else if (roll < 6) {
                String topic = pick(clusterTopics);
                kafka(who, t, "DescribeTopicDynamicConfiguration", "DescribeConfigs", topicArn(cluster, topic), true);
                kafka(who, t.plusSeconds(5 + random.nextInt(40)), "AlterTopicDynamicConfiguration",
                        random.nextBoolean() ? "IncrementalAlterConfigs" : "AlterConfigs", topicArn(cluster, topic),
                        false);
            } else if (roll < 8) {
                kafka(who, t, "AlterTopic", "CreatePartitions", topicArn(cluster, pick(clusterTopics)), false);
            } else {
                kafka(who, t, "DescribeClusterDynamicConfiguration", "DescribeConfigs", cluster.arn(), true);
                kafka(who, t.plusSeconds(10 + random.nextInt(50)), "AlterClusterDynamicConfiguration",
                        "IncrementalAlterConfigs", cluster.arn(), false);
            }
        }

        /** An application tries what its policy does not allow. */
        private void kafkaDenied(Instant t) {
            List<SandboxTrailIdentity> apps = kafkaClients.keySet().stream()
                    .filter(who -> who != SandboxTrailIdentity.JANE_KAFKA && who != SandboxTrailIdentity.CRUISE_CONTROL)
                    .toList();
            SandboxTrailIdentity who = pick(apps);
            Cluster cluster = cluster(pick(kafkaClients.get(who)));
            String topic = topicArn(cluster, pick(topics.get(cluster.name())));
            switch (random.nextInt(3)) {
                case 0 -> kafkaError(who, t, "DeleteTopic", "DeleteTopics", topic, false,
                        accessDenied(who, "kafka-cluster:DeleteTopic", topic));
                case 1 -> kafkaError(who, t, "AlterClusterDynamicConfiguration", "IncrementalAlterConfigs",
                        cluster.arn(), false, accessDenied(who, "kafka-cluster:AlterClusterDynamicConfiguration",
                                cluster.arn()));
                default -> kafkaError(who, t, "CreateTopic", "CreateTopics", topic + "-tmp", false,
                        accessDenied(who, "kafka-cluster:CreateTopic", topic + "-tmp"));
            }
        }

        /** A read-only person tries to change a cluster. */
        private void mskDenied(Instant t) {
            SandboxTrailIdentity who = random.nextInt(4) == 0 ? SandboxTrailIdentity.BOB : SandboxTrailIdentity.RAJ;
            Cluster cluster = pick(provisioned);
            msk(who, t, "DescribeClusterV2", clusterParameter(cluster.arn(), encoded()), null, true);
            t = t.plusSeconds(30 + random.nextInt(120));
            switch (random.nextInt(3)) {
                case 0 -> {
                    UpdateMonitoringRequest request = new UpdateMonitoringRequest(cluster.arn(),
                            cluster.currentVersion(), cluster.monitoring(), brokerLogs(cluster));
                    mskError(who, t, "UpdateMonitoring", updateMonitoringParameters(request), false, ACCESS_DENIED,
                            accessDenied(who, "kafka:UpdateMonitoring", cluster.arn()));
                }
                case 1 -> {
                    ObjectNode request = clusterParameter(cluster.arn(), encoded());
                    request.put("currentVersion", cluster.currentVersion());
                    request.put("targetNumberOfBrokerNodes", cluster.brokerCount() * 2);
                    mskError(who, t, "UpdateBrokerCount", request, false, ACCESS_DENIED,
                            accessDenied(who, "kafka:UpdateBrokerCount", cluster.arn()));
                }
                default -> mskError(who, t, "DeleteCluster", clusterParameter(cluster.arn(), true), false,
                        ACCESS_DENIED, accessDenied(who, "kafka:DeleteCluster", cluster.arn()));
            }
        }

        /** The monitoring exporter reads every cluster at once, a few times in a row, and is throttled. */
        private void throttledBurst(Instant t) {
            SandboxTrailIdentity who = SandboxTrailIdentity.GRAFANA;
            msk(who, t, "ListClustersV2", null, null, true);
            int inSecond = 1;
            for (int round = 0; round < 3; round++) {
                for (Cluster cluster : clusters) {
                    if (random.nextInt(3) == 0) {
                        t = t.plusSeconds(1);
                        inSecond = 0;
                    }
                    inSecond++;
                    ObjectNode request = clusterParameter(cluster.arn(), encoded());
                    if (inSecond > 2 && random.nextInt(3) > 0) {
                        mskError(who, t, "DescribeClusterV2", request, true, THROTTLED, "Rate exceeded");
                    } else {
                        msk(who, t, "DescribeClusterV2", request, null, true);
                    }
                }
            }
        }

        /** A load-test cluster: created by the pipeline, used for a few days, deleted. */
        private void loadTestCluster(int daysAgo) {
            Instant t = now.minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.DAYS)
                    .plus(Duration.ofHours(workdayStartHour + 1)).plusSeconds(random.nextInt(3600));
            String name = "loadtest-" + MONTH_DAY.format(t.atZone(ZoneOffset.UTC));
            String arn = SandboxData.arn(region, name, uuid() + "-" + (1 + random.nextInt(9)));
            SandboxTrailIdentity ci = SandboxTrailIdentity.CI_DEPLOYER;
            ObjectNode create = NODES.objectNode();
            create.put("clusterName", name);
            ObjectNode provisionedInfo = create.putObject("provisioned");
            ObjectNode brokers = provisionedInfo.putObject("brokerNodeGroupInfo");
            brokers.put("instanceType", "kafka.m5.large");
            brokers.putArray("clientSubnets").add("subnet-0a1b2c3d4e5f60001").add("subnet-0a1b2c3d4e5f60002")
                    .add("subnet-0a1b2c3d4e5f60003");
            brokers.putArray("securityGroups").add("sg-0123456789abcdef0");
            provisionedInfo.put("kafkaVersion", "3.6.0");
            provisionedInfo.put("numberOfBrokerNodes", 3);
            provisionedInfo.putObject("clientAuthentication").putObject("sasl").putObject("iam").put("enabled", true);
            create.putObject("tags").put("team", "platform").put("purpose", "load-test");
            ObjectNode created = NODES.objectNode();
            created.put("clusterArn", arn);
            created.put("clusterName", name);
            created.put("state", "CREATING");
            created.put("clusterType", "PROVISIONED");
            msk(ci, t, "CreateClusterV2", create, created, false);
            for (int i = 0; i < 8; i++) {
                t = t.plusSeconds(150 + random.nextInt(60));
                msk(ci, t, "DescribeClusterV2", clusterParameter(arn, encoded()), null, true);
            }
            String clusterUuid = arn.substring(arn.lastIndexOf('/') + 1);
            String topic = "arn:aws:kafka:" + region + ":" + SandboxData.ACCOUNT_ID + ":topic/" + name + "/"
                    + clusterUuid + "/loadtest-events";
            t = t.plus(Duration.ofMinutes(15));
            kafka(SandboxTrailIdentity.JANE_KAFKA, t, "CreateTopic", "CreateTopics", topic, false);
            kafka(SandboxTrailIdentity.JANE_KAFKA, t.plusSeconds(30), "AlterTopicDynamicConfiguration",
                    "IncrementalAlterConfigs", topic, false);
            kafka(SandboxTrailIdentity.JANE_KAFKA, t.plusSeconds(45), "DescribeTopicDynamicConfiguration",
                    "DescribeConfigs", topic, true);
            t = t.plus(Duration.ofDays(2 + random.nextInt(3)));
            msk(ci, t, "DeleteCluster", clusterParameter(arn, true), deleting(arn), false);
            for (int i = 0; i < 3; i++) {
                t = t.plus(Duration.ofMinutes(6));
                if (i < 2) {
                    msk(ci, t, "DescribeClusterV2", clusterParameter(arn, encoded()), null, true);
                } else {
                    mskError(ci, t, "DescribeClusterV2", clusterParameter(arn, encoded()), true, NOT_FOUND,
                            "The specified cluster was not found.");
                }
            }
        }

        /** The documentation's records as printed, and copies moved into the last 90 days. */
        private void documentationExamples() {
            Instant describeCopy = LocalDate.ofInstant(now.minus(Duration.ofDays(23)), ZoneOffset.UTC)
                    .atTime(LocalTime.of(2, 29, 24)).toInstant(ZoneOffset.UTC);
            Instant topicCopy = LocalDate.ofInstant(now.minus(Duration.ofDays(41)), ZoneOffset.UTC)
                    .atTime(LocalTime.of(12, 51, 19)).toInstant(ZoneOffset.UTC);
            List<Instant> copyTimes = List.of(describeCopy, describeCopy.plusSeconds(16), topicCopy);
            for (int i = 0; i < SandboxTrailExamples.ALL.size(); i++) {
                ObjectNode original = parse(SandboxTrailExamples.ALL.get(i));
                add(original);
                ObjectNode copy = original.deepCopy();
                copy.put("eventTime", copyTimes.get(i).toString());
                copy.put("eventID", copyId(original.path("eventID").asText()));
                add(copy);
            }
        }

        // Records.

        private void msk(SandboxTrailIdentity who, Instant t, String name, JsonNode request, JsonNode response,
                         boolean readOnly) {
            add(record(who, t, region, MSK, name, request, response, readOnly, null, null, uuid(), eventId()));
        }

        private void mskError(SandboxTrailIdentity who, Instant t, String name, JsonNode request, boolean readOnly,
                              String code, String message) {
            add(record(who, t, region, MSK, name, request, null, readOnly, code, message, uuid(), eventId()));
        }

        private void kafka(SandboxTrailIdentity who, Instant t, String name, String api, String resourceArn,
                           boolean readOnly) {
            add(record(who, t, region, KAFKA, name, kafkaParameters(api, resourceArn), null, readOnly, null, null,
                    uuid(), eventId()));
        }

        private void kafkaError(SandboxTrailIdentity who, Instant t, String name, String api, String resourceArn,
                                boolean readOnly, String message) {
            add(record(who, t, region, KAFKA, name, kafkaParameters(api, resourceArn), null, readOnly, ACCESS_DENIED,
                    message, uuid(), eventId()));
        }

        private void add(ObjectNode record) {
            out.add(record);
        }

        private void follow(SandboxTrailIdentity who, Instant t, String operation, int polls, int everySeconds) {
            for (int i = 0; i < polls; i++) {
                t = t.plusSeconds(everySeconds);
                msk(who, t, "DescribeClusterOperationV2", operationParameter(operation), null, true);
            }
        }

        private static ObjectNode kafkaParameters(String api, String resourceArn) {
            ObjectNode request = NODES.objectNode();
            request.put("kafkaAPI", api);
            request.put("resourceARN", resourceArn);
            return request;
        }

        private ObjectNode operationParameter(String operationArn) {
            ObjectNode request = NODES.objectNode();
            request.put("clusterOperationArn", ClusterArn.pathSegment(operationArn));
            return request;
        }

        private ObjectNode configurationParameters(Cluster cluster, String version, int revision) {
            ObjectNode request = clusterParameter(cluster.arn(), true);
            request.put("currentVersion", version);
            ObjectNode configuration = request.putObject("configurationInfo");
            configuration.put("arn", "arn:aws:kafka:" + region + ":" + SandboxData.ACCOUNT_ID + ":configuration/"
                    + cluster.name() + "-config/" + UUID.nameUUIDFromBytes(cluster.name().getBytes(StandardCharsets.UTF_8))
                    + "-1");
            configuration.put("revision", revision);
            return request;
        }

        private static ObjectNode deleting(String arn) {
            ObjectNode response = NODES.objectNode();
            response.put("clusterArn", arn);
            response.put("state", "DELETING");
            return response;
        }

        private BrokerLogs brokerLogs(Cluster cluster) {
            boolean cloudWatch = random.nextInt(2) == 0;
            boolean s3 = random.nextInt(10) < 3;
            boolean firehose = random.nextInt(10) < 2;
            return new BrokerLogs(
                    cloudWatch ? CloudWatchLogsDestination.to("/aws/vendedlogs/msk/" + cluster.name())
                            : CloudWatchLogsDestination.OFF,
                    s3 ? S3Destination.to("msk-logs-" + SandboxData.ACCOUNT_ID + "-" + region, cluster.name())
                            : S3Destination.OFF,
                    firehose ? FirehoseDestination.to(cluster.name() + "-logs") : FirehoseDestination.OFF);
        }

        // Values.

        private Cluster cluster(String name) {
            return clusters.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }

        private String operationArn(Cluster cluster) {
            String suffix = cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1);
            return "arn:aws:kafka:" + region + ":" + SandboxData.ACCOUNT_ID + ":cluster-operation/" + cluster.name()
                    + "/" + suffix + "/" + uuid();
        }

        private String topicArn(Cluster cluster, String topic) {
            String suffix = cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1);
            return "arn:aws:kafka:" + region + ":" + SandboxData.ACCOUNT_ID + ":topic/" + cluster.name() + "/" + suffix
                    + "/" + topic;
        }

        /** Most records carry the ARN URL-encoded, as the path had it; one in five plain. */
        private boolean encoded() {
            return random.nextInt(5) != 0;
        }

        private String version() {
            StringBuilder version = new StringBuilder("K");
            for (int i = 0; i < 13; i++) {
                version.append(VERSION_CHARS.charAt(random.nextInt(VERSION_CHARS.length())));
            }
            return version.toString();
        }

        private String uuid() {
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

        private String copyId(String originalId) {
            String id = UUID.nameUUIDFromBytes(("sandbox copy of " + originalId).getBytes(StandardCharsets.UTF_8))
                    .toString();
            ids.add(id);
            return id;
        }

        /** Any time of day, between 90 days and an hour ago. */
        private Instant anyTime() {
            long oldest = HISTORY.minus(Duration.ofHours(2)).getSeconds();
            long youngest = Duration.ofHours(1).getSeconds();
            return now.minusSeconds(youngest + (long) (random.nextDouble() * (oldest - youngest)));
        }

        /** Mostly within the region's working hours. */
        private Instant humanTime() {
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

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
