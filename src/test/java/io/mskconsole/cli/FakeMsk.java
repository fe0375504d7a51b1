package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.logging.UpdateMonitoringRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One region of MSK in memory, behaving like the service for what the commands use: versions change after an
 * update completes, a stale version is refused, operations finish after a number of polls. Records every
 * UpdateMonitoring request and can be told to fail any call.
 */
final class FakeMsk implements ClusterGateway {
    final Map<String, Cluster> clusters = new LinkedHashMap<>();
    final List<UpdateMonitoringRequest> updates = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** Call name (listClusters, describeCluster, updateMonitoring, describeOperation) → what it throws. */
    final Map<String, RuntimeException> failures = new HashMap<>();

    int pollsToFinish = 3;
    String finalState = "UPDATE_COMPLETE";
    String errorCode;
    String errorMessage;
    /** Runs on each DescribeClusterOperation, with the poll's number (1-based), e.g. to press Ctrl-C. */
    java.util.function.IntConsumer onPoll = poll -> { };

    private final Map<String, Integer> polls = new HashMap<>();
    private final Map<String, UpdateMonitoringRequest> operations = new HashMap<>();
    private int versionCounter;

    FakeMsk add(Cluster cluster) {
        clusters.put(cluster.arn(), cluster);
        return this;
    }

    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        call("listClusters");
        return List.copyOf(clusters.values());
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        call("describeCluster");
        Cluster cluster = clusters.get(clusterArn);
        if (cluster == null) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2",
                    "Cluster " + clusterArn + " was not found in this region.");
        }
        return cluster;
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        call("updateMonitoring");
        Cluster cluster = describeCluster(request.clusterArn());
        if (!cluster.currentVersion().equals(request.currentVersion())) {
            throw new GatewayException(Failure.STALE_VERSION, "UpdateMonitoring",
                    "The cluster changed since it was read: read it again and retry.",
                    "The version of the cluster isn't current.", null);
        }
        updates.add(request);
        clusters.put(cluster.arn(), cluster.withState(ClusterState.UPDATING));
        String arn = cluster.arn().replace(":cluster/", ":cluster-operation/") + "/op-" + updates.size();
        operations.put(arn, request);
        return arn;
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        call("describeOperation");
        UpdateMonitoringRequest request = operations.get(operationArn);
        int poll = polls.merge(operationArn, 1, Integer::sum);
        onPoll.accept(poll);
        if (poll < pollsToFinish) {
            return operation(operationArn, request, "UPDATE_IN_PROGRESS", poll == 1 ? "PENDING" : "IN_PROGRESS");
        }
        finish(request);
        return operation(operationArn, request, finalState, finalState.endsWith("FAILED") ? "FAILED" : "SUCCEEDED");
    }

    private void finish(UpdateMonitoringRequest request) {
        Cluster cluster = clusters.get(request.clusterArn());
        if (cluster.state() != ClusterState.UPDATING) {
            return;
        }
        boolean complete = !finalState.endsWith("FAILED");
        clusters.put(cluster.arn(), new Cluster(cluster.arn(), cluster.name(), cluster.type(), ClusterState.ACTIVE,
                complete ? "V" + (++versionCounter) + "NEW" : cluster.currentVersion(), cluster.kafkaVersion(),
                cluster.brokerInstanceType(), cluster.brokerCount(),
                complete ? request.brokerLogs() : cluster.brokerLogs(), cluster.monitoring(), null,
                cluster.creationTime()));
    }

    private ClusterOperation operation(String arn, UpdateMonitoringRequest request, String state, String stepStatus) {
        boolean failed = state.endsWith("FAILED");
        return new ClusterOperation(arn, request.clusterArn(), "UPDATE_MONITORING", state, Instant.EPOCH,
                state.equals("UPDATE_IN_PROGRESS") ? null : Instant.EPOCH, failed ? errorCode : null,
                failed ? errorMessage : null,
                List.of(new OperationStep("INITIALIZE_UPDATE", "SUCCEEDED"),
                        new OperationStep("UPDATE_BROKER_LOGGING", stepStatus)));
    }

    private void call(String name) {
        calls.add(name);
        RuntimeException failure = failures.get(name);
        if (failure != null) {
            throw failure;
        }
    }
}
