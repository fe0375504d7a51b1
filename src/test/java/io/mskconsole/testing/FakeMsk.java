package io.mskconsole.testing;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * One region of MSK in memory, starting with no clusters ({@link #withSampleClusters()} for two), behaving like the
 * service for what the app uses: UpdateMonitoring refuses a stale version and puts the cluster in UPDATING; its
 * operation answers polls from {@link #script}, and when it ends the cluster is ACTIVE again (with the new delivery
 * and a new version if it completed). Records every call and every UpdateMonitoring request, and can be told to fail
 * any call.
 */
public final class FakeMsk implements ClusterGateway {
    public static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/5a7c0e5e-1";
    public static final String SERVERLESS_ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/events/9b1-2";
    /** The operation of the first UpdateMonitoring on {@link #ARN}. */
    public static final String OPERATION_ARN = operationArn(ARN, 1);
    public static final MonitoringSettings MONITORING = new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false));

    public final List<UpdateMonitoringRequest> updates = new ArrayList<>();
    /** Every call by name (listClusters, describeCluster, updateMonitoring, describeOperation), in order. */
    public final List<String> calls = new ArrayList<>();
    /** Call name → what that call throws, every time. */
    public final Map<String, RuntimeException> failures = new HashMap<>();
    /** What each poll of an operation answers. */
    public OperationScript script = OperationScript.endingAt(3, "UPDATE_COMPLETE");
    /** The error code and message of an operation that ends FAILED. */
    public String errorCode = "InvalidLogGroup";
    public String errorMessage = "The specified log group does not exist.";
    /** Runs on each DescribeClusterOperation, with the operation's poll number (1-based), e.g. to press Ctrl-C. */
    public IntConsumer onPoll = poll -> { };
    /** When the cluster's delivery was last changed, as ListClusterOperationsV2 would say; null when not known. */
    public Instant deliveryChangedAt;
    /** How many sends of UpdateMonitoring to answer as stale (someone changed the cluster after it was read). */
    public int staleSends;

    /** Thrown by UpdateMonitoring after it took the change: an answer lost on the way back. */
    public RuntimeException loseAnswerAfterTaking;
    /** How many DescribeCluster reads an UPDATING cluster stays so before its update completes (-1: until polled). */
    public int updatingReads = -1;

    /** Cluster ARN → what GetBootstrapBrokers answers; a cluster not in it has IAM inside its VPC only. */
    public final Map<String, BootstrapBrokers> bootstrap = new HashMap<>();

    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, UpdateMonitoringRequest> operations = new HashMap<>();
    private final Map<String, Integer> polls = new HashMap<>();
    private int versions;

    /** orders-prod at {@link #ARN} (provisioned, delivering to CloudWatch Logs) and events at {@link #SERVERLESS_ARN}. */
    public static FakeMsk withSampleClusters() {
        return new FakeMsk()
                .put(provisioned(ARN, "orders-prod", ClusterState.ACTIVE,
                        LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders"))))
                .put(serverless(SERVERLESS_ARN, "events", "V1"));
    }

    public static Cluster provisioned(String arn, String name, ClusterState state, LogDelivery logs) {
        return provisioned(arn, name, state, "K3AEGXETSR30VB", logs);
    }

    /** Kafka 3.6.0 on three kafka.m5.large brokers with {@link #MONITORING}. */
    public static Cluster provisioned(String arn, String name, ClusterState state, String version, LogDelivery logs) {
        return provisioned(arn, name, state, version, LoggingInfo.of(logs));
    }

    /** The same, delivering broker and (when given) authorizer logs. */
    public static Cluster provisioned(String arn, String name, ClusterState state, String version,
                                      LoggingInfo logging) {
        return new Cluster(arn, name, ClusterType.PROVISIONED, state, version, "3.6.0", "kafka.m5.large", 3, logging,
                MONITORING, null, Instant.EPOCH);
    }

    public static Cluster serverless(String arn, String name, String version) {
        return new Cluster(arn, name, ClusterType.SERVERLESS, ClusterState.ACTIVE, version, null, null, 0, null, null,
                null, Instant.EPOCH);
    }

    public static String operationArn(String clusterArn, int number) {
        return clusterArn.replace(":cluster/", ":cluster-operation/") + "/op-" + number;
    }

    /** Adds the cluster, or replaces the one with its ARN. */
    public synchronized FakeMsk put(Cluster cluster) {
        clusters.put(cluster.arn(), cluster);
        return this;
    }

    public synchronized Cluster cluster(String arn) {
        return clusters.get(arn);
    }

    /** How many times {@link #calls} holds this call. */
    public synchronized int count(String call) {
        return (int) calls.stream().filter(call::equals).count();
    }

    @Override
    public synchronized List<Cluster> listClusters(Cancellation cancellation) {
        call("listClusters");
        return List.copyOf(clusters.values());
    }

    @Override
    public synchronized Cluster describeCluster(String clusterArn) {
        call("describeCluster");
        Cluster cluster = existing(clusterArn);
        if (cluster.state() == ClusterState.UPDATING && updatingReads >= 0 && updatingReads-- == 0) {
            operations.values().stream().filter(r -> r.clusterArn().equals(clusterArn)).reduce((a, b) -> b)
                    .ifPresent(last -> finish(last, true));
            return existing(clusterArn);
        }
        return cluster;
    }

    @Override
    public synchronized String updateMonitoring(UpdateMonitoringRequest request) {
        call("updateMonitoring");
        Cluster cluster = existing(request.clusterArn());
        if (staleSends > 0 || !cluster.currentVersion().equals(request.currentVersion())) {
            staleSends = Math.max(0, staleSends - 1);
            throw new GatewayException(Failure.STALE_VERSION, "UpdateMonitoring",
                    "The cluster changed since it was read: read it again and retry.",
                    "The version of the cluster isn't current.", null);
        }
        updates.add(request);
        put(cluster.withState(ClusterState.UPDATING));
        String arn = operationArn(cluster.arn(), updates.size());
        operations.put(arn, request);
        if (loseAnswerAfterTaking != null) {
            throw loseAnswerAfterTaking;
        }
        return arn;
    }

    @Override
    public synchronized ClusterOperation describeOperation(String operationArn) {
        call("describeOperation");
        UpdateMonitoringRequest request = operations.get(operationArn);
        if (request == null) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeClusterOperationV2", "No operation " + operationArn);
        }
        int poll = polls.merge(operationArn, 1, Integer::sum);
        onPoll.accept(poll);
        OperationScript.Answer answer = script.at(poll);
        boolean failed = answer.state().endsWith("FAILED");
        boolean ended = failed || answer.state().endsWith("COMPLETE");
        if (ended) {
            finish(request, !failed);
        }
        return new ClusterOperation(operationArn, request.clusterArn(), "UPDATE_MONITORING", answer.state(),
                Instant.EPOCH, ended ? Instant.EPOCH : null, failed ? errorCode : null, failed ? errorMessage : null,
                List.of(new OperationStep("INITIALIZE_UPDATE", "SUCCEEDED"),
                        new OperationStep("UPDATE_BROKER_LOGGING", answer.stepStatus())));
    }

    @Override
    public synchronized java.util.Optional<Instant> deliveryChangedAt(String clusterArn) {
        call("deliveryChangedAt");
        return java.util.Optional.ofNullable(deliveryChangedAt);
    }

    @Override
    public synchronized BootstrapBrokers bootstrapBrokers(String clusterArn) {
        call("bootstrapBrokers");
        Cluster cluster = existing(clusterArn);
        return bootstrap.getOrDefault(clusterArn, iamOnly(cluster.name()));
    }

    /** Bootstrap brokers of a cluster that takes IAM inside its VPC only: b-1..b-3.NAME.test:9098. */
    public static BootstrapBrokers iamOnly(String name) {
        return new BootstrapBrokers(null, null, null, "b-1." + name + ".test:9098,b-2." + name + ".test:9098,b-3."
                + name + ".test:9098", null, null, null, null, null, null);
    }

    /** The first poll that sees the operation ended makes the cluster ACTIVE, with the new delivery if it completed. */
    private void finish(UpdateMonitoringRequest request, boolean complete) {
        Cluster cluster = clusters.get(request.clusterArn());
        if (cluster.state() != ClusterState.UPDATING) {
            return;
        }
        put(new Cluster(cluster.arn(), cluster.name(), cluster.type(), ClusterState.ACTIVE,
                complete ? "V" + (++versions) + "NEW" : cluster.currentVersion(), cluster.kafkaVersion(),
                cluster.brokerInstanceType(), cluster.brokerCount(),
                complete ? request.logging() : cluster.logging(), cluster.monitoring(), null,
                cluster.creationTime()));
    }

    private Cluster existing(String clusterArn) {
        Cluster cluster = clusters.get(clusterArn);
        if (cluster == null) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2",
                    "Cluster " + clusterArn + " was not found in this region.");
        }
        return cluster;
    }

    private void call(String name) {
        calls.add(name);
        RuntimeException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
    }
}
