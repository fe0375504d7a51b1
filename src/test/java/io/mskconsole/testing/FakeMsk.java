package io.mskconsole.testing;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.logging.BrokerLogs;
import io.mskconsole.core.logging.CloudWatchLogsDestination;
import io.mskconsole.core.logging.UpdateMonitoringRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small MSK in memory for view-model tests: clusters, UpdateMonitoring that records what it got, operations
 * that finish after a set number of polls, and failures on demand.
 */
public final class FakeMsk implements ClusterGateway {
    public static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/5a7c0e5e-1";
    public static final String SERVERLESS_ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/events/9b1-2";
    public static final MonitoringSettings MONITORING = new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false));

    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    public final List<UpdateMonitoringRequest> updates = new ArrayList<>();
    public int describeCalls;
    public int pollsUntilDone = 2;
    public boolean operationFails;
    public RuntimeException failList;
    public RuntimeException failDescribe;
    public RuntimeException failUpdate;
    public RuntimeException failPoll;
    private int polls;
    private int version = 1;
    private BrokerLogs pending;

    public FakeMsk() {
        put(provisioned(ARN, "orders-prod", ClusterState.ACTIVE,
                BrokerLogs.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders"))));
        put(new Cluster(SERVERLESS_ARN, "events", ClusterType.SERVERLESS, ClusterState.ACTIVE, "V1", null, null, 0,
                null, null, null, Instant.EPOCH));
    }

    public static Cluster provisioned(String arn, String name, ClusterState state, BrokerLogs logs) {
        return new Cluster(arn, name, ClusterType.PROVISIONED, state, "K3AEGXETSR30VB", "3.6.0", "kafka.m5.large", 3,
                logs, MONITORING, null, Instant.EPOCH);
    }

    public void put(Cluster cluster) {
        clusters.put(cluster.arn(), cluster);
    }

    public Cluster cluster(String arn) {
        return clusters.get(arn);
    }

    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        if (failList != null) {
            throw failList;
        }
        return List.copyOf(clusters.values());
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        describeCalls++;
        if (failDescribe != null) {
            throw failDescribe;
        }
        Cluster cluster = clusters.get(clusterArn);
        if (cluster == null) {
            throw new GatewayException(io.mskconsole.core.errors.Failure.NOT_FOUND, "DescribeClusterV2", "No such cluster");
        }
        return cluster;
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        if (failUpdate != null) {
            throw failUpdate;
        }
        updates.add(request);
        pending = request.brokerLogs();
        polls = 0;
        put(clusters.get(request.clusterArn()).withState(ClusterState.UPDATING));
        return "arn:aws:kafka:us-east-1:111122223333:cluster-operation/orders-prod/5a7c0e5e-1/op-" + updates.size();
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        if (failPoll != null) {
            throw failPoll;
        }
        polls++;
        Cluster cluster = clusters.get(updates.get(updates.size() - 1).clusterArn());
        if (polls < pollsUntilDone) {
            return operation(operationArn, cluster, "UPDATE_IN_PROGRESS", "IN_PROGRESS", null);
        }
        if (operationFails) {
            put(cluster.withState(ClusterState.ACTIVE));
            return operation(operationArn, cluster, "UPDATE_FAILED", "FAILED",
                    "The specified log group does not exist.");
        }
        version++;
        put(new Cluster(cluster.arn(), cluster.name(), cluster.type(), ClusterState.ACTIVE, "V" + version,
                cluster.kafkaVersion(), cluster.brokerInstanceType(), cluster.brokerCount(), pending,
                cluster.monitoring(), null, cluster.creationTime()));
        return operation(operationArn, cluster, "UPDATE_COMPLETE", "SUCCEEDED", null);
    }

    private static ClusterOperation operation(String arn, Cluster cluster, String state, String stepStatus,
                                              String error) {
        return new ClusterOperation(arn, cluster.arn(), "UPDATE_MONITORING", state, Instant.EPOCH, null,
                error == null ? null : "InvalidInput", error,
                List.of(new OperationStep("INITIALIZE_UPDATE", "SUCCEEDED"), new OperationStep("UPDATE_CLUSTER_MONITORING", stepStatus)));
    }
}
