package io.mskconsole.aws.kafka;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.kafka.authorizerlogs.AuthorizerLogsWire;
import io.mskconsole.aws.kafka.raw.RawAnswers;
import io.mskconsole.aws.kafka.raw.RawBodies;
import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.ClusterOperationV2Summary;
import software.amazon.awssdk.services.kafka.model.ListClustersV2Response;

/**
 * {@link ClusterGateway} over the AWS SDK's MSK client for one region. Every call's failure comes out as a
 * {@link io.mskconsole.core.errors.GatewayException} worded by {@link io.mskconsole.aws.errors.AwsFailures}, whatever was thrown: an SDK
 * exception, a credentials failure, or any other runtime exception from getting or using the client. When the client
 * cannot be had at all (the session was closed, the region or profile settings cannot build one) the failure is
 * {@code CONFIGURATION} and nothing was sent.
 *
 * <p>Reads (ListClustersV2, DescribeClusterV2, DescribeClusterOperationV2, GetBootstrapBrokers,
 * ListClusterOperationsV2) use the client's retry strategy.
 * UpdateMonitoring is sent at most once: a retried PUT whose first attempt MSK applied would fail as a stale version,
 * and the core reports a lost answer as "may or may not have been applied" instead. Thread-safe when the client is.
 *
 * <p>What the SDK here does not model is read from MSK's answers as sent ({@link RawAnswers}): the authorizer logs,
 * written into requests through {@link AuthorizerLogsWire}, and members of the monitoring settings this version
 * cannot send back ({@code MonitoringSettings#unknownMembers}).
 */
public final class KafkaClusterGateway implements ClusterGateway {
    /** The largest page ListClustersV2 gives. */
    static final int PAGE_SIZE = 100;
    /** The operations read for {@link #deliveryChangedAt}: one page, the newest first. */
    static final int OPERATIONS_PAGE_SIZE = 20;
    /** The operation that creates a cluster, which starts its first delivery. */
    static final String CREATE_CLUSTER = "CREATE_CLUSTER";

    /** Replaces the client's retry strategy, for one request, by one that never retries. */
    static final SdkPlugin SINGLE_ATTEMPT = KafkaCalls.SINGLE_ATTEMPT;

    private final KafkaCalls calls;
    private final String region;
    private final String profile;
    /** Whether reads are sent once too (the caller paces them and asks again after a throttle). */
    private final boolean singleAttempt;

    /**
     * @param client  the MSK client of {@code region}; called on each use, so it may build the client lazily, and may
     *                throw (e.g. once the session is closed)
     * @param region  the client's region, for messages
     * @param profile the profile the client signs with, for messages; null when credentials were given directly
     */
    public KafkaClusterGateway(Supplier<KafkaClient> client, String region, String profile) {
        this(new KafkaCalls(client, region, profile), region, profile, false);
    }

    private KafkaClusterGateway(KafkaCalls calls, String region, String profile, boolean singleAttempt) {
        this.calls = calls;
        this.region = region;
        this.profile = profile;
        this.singleAttempt = singleAttempt;
    }

    /** The same client, every read sent once: a fleet apply's pacer sees each throttle (see {@link ClusterGateway}). */
    @Override
    public ClusterGateway pacedByCaller() {
        return new KafkaClusterGateway(calls, region, profile, true);
    }

    /** The request's own settings: the raw answer kept, and one attempt when the caller paces. */
    private java.util.function.Consumer<software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration.Builder> read(
            RawBodies bodies) {
        return o -> {
            RawAnswers.keep(bodies).accept(o);
            paced().accept(o);
        };
    }

    /** One attempt when the caller paces, else the client's retries. */
    private Consumer<AwsRequestOverrideConfiguration.Builder> paced() {
        return o -> {
            if (singleAttempt) {
                o.addPlugin(SINGLE_ATTEMPT);
            }
        };
    }

    public KafkaClusterGateway(KafkaClient client, String region, String profile) {
        this(() -> client, region, profile);
    }

    public String region() {
        return region;
    }

    /**
     * Every cluster, page by page (ListClustersV2, 100 a page). The cancellation is checked before each page is
     * fetched; once cancelled, the pages already read are dropped and the result is empty, as the port asks.
     */
    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        return call(AwsCall.of("ListClustersV2", region, profile, null), kafka -> {
            RawBodies bodies = new RawBodies();
            Iterator<ListClustersV2Response> pages = kafka.listClustersV2Paginator(r -> r.maxResults(PAGE_SIZE)
                    .overrideConfiguration(RawAnswers.keep(bodies))).iterator();
            List<software.amazon.awssdk.services.kafka.model.Cluster> listed = new ArrayList<>();
            while (true) {
                if (cancellation.isCancelled()) {
                    return List.of();
                }
                if (!pages.hasNext()) {
                    break;
                }
                listed.addAll(pages.next().clusterInfoList());
            }
            Map<String, JsonNode> raw = bodies.listedClusters();
            return listed.stream().map(info -> KafkaMapping.cluster(info,
                    raw.getOrDefault(info.clusterArn(), MissingNode.getInstance()))).toList();
        });
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        return call(AwsCall.of("DescribeClusterV2", region, profile, null).forCluster(clusterArn),
                kafka -> {
                    RawBodies bodies = new RawBodies();
                    var info = kafka.describeClusterV2(r -> r.clusterArn(clusterArn)
                            .overrideConfiguration(read(bodies))).clusterInfo();
                    return KafkaMapping.cluster(info, bodies.describedCluster());
                });
    }

    /** Sends UpdateMonitoring once, whatever the client's retry settings (see the class comment). */
    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        return call(AwsCall.of("UpdateMonitoring", region, profile, null).forCluster(request.clusterArn()),
                kafka -> kafka.updateMonitoring(KafkaMapping.updateMonitoring(request).toBuilder()
                        .overrideConfiguration(o -> o.addPlugin(SINGLE_ATTEMPT)
                                .applyMutation(AuthorizerLogsWire.send(AuthorizerLogsWire.UPDATE_MONITORING,
                                        request.logging().authorizerLogs())))
                        .build()).clusterOperationArn());
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return call(AwsCall.of("DescribeClusterOperationV2", region, profile, null).forOperation(operationArn),
                kafka -> {
                    RawBodies bodies = new RawBodies();
                    var info = kafka.describeClusterOperationV2(r -> r.clusterOperationArn(operationArn)
                            .overrideConfiguration(read(bodies))).clusterOperationInfo();
                    return KafkaMapping.operation(info, AuthorizerLogsWire.ofOperation(bodies, false),
                            AuthorizerLogsWire.ofOperation(bodies, true));
                });
    }

    @Override
    public BootstrapBrokers bootstrapBrokers(String clusterArn) {
        return call(AwsCall.of("GetBootstrapBrokers", region, profile, null).forCluster(clusterArn),
                kafka -> KafkaMapping.bootstrapBrokers(kafka.getBootstrapBrokers(r -> r.clusterArn(clusterArn))));
    }

    /**
     * One page of ListClusterOperationsV2 ({@value #OPERATIONS_PAGE_SIZE} operations): the newest that could have
     * changed the delivery (an operation type holding MONITORING, UPDATE_MONITORING among them, or CREATE_CLUSTER),
     * by its end, else its start (one still running). One that failed changed nothing (MSK rolls it back) and is
     * passed over. Types and states MSK adds later are read as text, never refused.
     */
    @Override
    public Optional<Instant> deliveryChangedAt(String clusterArn) {
        return call(AwsCall.of("ListClusterOperationsV2", region, profile, null).forCluster(clusterArn),
                kafka -> newestDeliveryChange(kafka.listClusterOperationsV2(r -> r.clusterArn(clusterArn)
                        .maxResults(OPERATIONS_PAGE_SIZE).overrideConfiguration(paced()))
                        .clusterOperationInfoList()));
    }

    static Optional<Instant> newestDeliveryChange(List<ClusterOperationV2Summary> operations) {
        return operations.stream().filter(Objects::nonNull)
                .filter(operation -> changesDelivery(operation.operationType()))
                .filter(operation -> !failed(operation.operationState()))
                .map(operation -> operation.endTime() != null ? operation.endTime() : operation.startTime())
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    private static boolean changesDelivery(String operationType) {
        String type = operationType == null ? "" : operationType.strip().toUpperCase(Locale.ROOT);
        return type.equals(CREATE_CLUSTER) || type.contains("MONITORING");
    }

    private static boolean failed(String operationState) {
        return operationState != null && operationState.toUpperCase(Locale.ROOT).contains("FAILED");
    }

    private <T> T call(AwsCall where, Function<KafkaClient, T> action) {
        return calls.call(where, action);
    }
}
