package io.mskconsole.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

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
 *
 * <p>This class holds the constants, the whole-record helpers and the order in which a region's records are made;
 * {@link SandboxTrailMskCalls} makes the MSK API calls, {@link SandboxTrailKafkaActions} the Kafka actions, both
 * from and into one {@link SandboxTrailSamples}, the region's state and its single random source.
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

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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

    /** Makes one region's records, its MSK API calls and Kafka actions mixed as they come; one use. */
    private static final class Generator {
        private final SandboxTrailSamples samples;
        private final SandboxTrailMskCalls mskCalls;
        private final SandboxTrailKafkaActions kafkaActions;

        Generator(String region, Instant now, long seed) {
            this.samples = new SandboxTrailSamples(region, now, seed);
            this.mskCalls = new SandboxTrailMskCalls(samples);
            this.kafkaActions = new SandboxTrailKafkaActions(samples);
        }

        List<ObjectNode> run() {
            mskCalls.configPolls();
            if (samples.region.equals(SandboxData.US_EAST_1)) {
                mskCalls.loadTestCluster(80);
                mskCalls.loadTestCluster(52);
                mskCalls.loadTestCluster(19);
                documentationExamples();
                mskCalls.paymentsOperation();
            } else {
                mskCalls.loadTestCluster(40);
            }
            int target = TARGET_EVENTS.get(samples.region);
            while (samples.size() < target) {
                activity();
            }
            return samples.records();
        }

        private void activity() {
            int roll = samples.random.nextInt(100);
            if (roll < 16) {
                mskCalls.consoleBrowse(samples.pick(samples.browsers), samples.humanTime());
            } else if (roll < 24) {
                mskCalls.monitoringUpdate(samples.pick(samples.changers), samples.humanTime());
            } else if (roll < 27) {
                mskCalls.brokerCountUpdate(samples.pick(List.of(SandboxTrailIdentity.CI_DEPLOYER,
                        SandboxTrailIdentity.JANE_CLI)), samples.humanTime());
            } else if (roll < 30) {
                mskCalls.configurationUpdate(SandboxTrailIdentity.CI_DEPLOYER, samples.humanTime());
            } else if (roll < 40) {
                mskCalls.bootstrap(samples.anyTime());
            } else if (roll < 62) {
                kafkaActions.kafkaDescribe(samples.anyTime());
            } else if (roll < 76) {
                kafkaActions.kafkaChange(samples.humanTime());
            } else if (roll < 80) {
                kafkaActions.kafkaDenied(samples.anyTime());
            } else if (roll < 85) {
                mskCalls.mskDenied(samples.humanTime());
            } else if (roll < 89) {
                mskCalls.throttledBurst(samples.anyTime());
            } else {
                mskCalls.operationsReview(samples.pick(samples.browsers), samples.humanTime());
            }
        }

        /** The documentation's records as printed, and copies moved into the last 90 days. */
        private void documentationExamples() {
            Instant describeCopy = LocalDate.ofInstant(samples.now.minus(Duration.ofDays(23)), ZoneOffset.UTC)
                    .atTime(LocalTime.of(2, 29, 24)).toInstant(ZoneOffset.UTC);
            Instant topicCopy = LocalDate.ofInstant(samples.now.minus(Duration.ofDays(41)), ZoneOffset.UTC)
                    .atTime(LocalTime.of(12, 51, 19)).toInstant(ZoneOffset.UTC);
            List<Instant> copyTimes = List.of(describeCopy, describeCopy.plusSeconds(16), topicCopy);
            for (int i = 0; i < SandboxTrailExamples.ALL.size(); i++) {
                ObjectNode original = parse(SandboxTrailExamples.ALL.get(i));
                samples.add(original);
                ObjectNode copy = original.deepCopy();
                copy.put("eventTime", copyTimes.get(i).toString());
                copy.put("eventID", samples.copyId(original.path("eventID").asText()));
                samples.add(copy);
            }
        }
    }
}
