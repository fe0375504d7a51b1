package io.mskconsole.core.logging;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** One cluster, the requests sent to it, and a script of what each operation poll answers (the last one repeats). */
final class FakeClusterGateway implements ClusterGateway {
    static final String ARN = "arn:aws:kafka:us-east-1:111122223333:cluster/orders-prod/abc-2";
    static final String OPERATION_ARN = "arn:aws:kafka:us-east-1:111122223333:cluster-operation/orders-prod/abc-2/op-1";

    Cluster cluster = cluster(ClusterType.PROVISIONED, ClusterState.ACTIVE, "V1",
            BrokerLogs.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders-prod")));
    final List<UpdateMonitoringRequest> sent = new ArrayList<>();
    final Deque<Supplier<ClusterOperation>> polls = new ArrayDeque<>();
    int describeClusterCalls;
    int describeOperationCalls;

    static Cluster cluster(ClusterType type, ClusterState state, String version, BrokerLogs logs) {
        return new Cluster(ARN, "orders-prod", type, state, version, "3.6.0", "kafka.m5.large", 3, logs,
                new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)), null, Instant.EPOCH);
    }

    static ClusterOperation operation(String state) {
        return new ClusterOperation(OPERATION_ARN, ARN, "UPDATE_MONITORING", state, Instant.EPOCH, null,
                state.endsWith("FAILED") ? "InvalidLogGroup" : null,
                state.endsWith("FAILED") ? "The specified log group does not exist." : null, List.of());
    }

    FakeClusterGateway answer(String... states) {
        for (String state : states) {
            polls.add(() -> operation(state));
        }
        return this;
    }

    FakeClusterGateway fail(Failure failure, int times) {
        for (int i = 0; i < times; i++) {
            polls.add(() -> {
                throw new GatewayException(failure, "DescribeClusterOperationV2", failure + " while polling");
            });
        }
        return this;
    }

    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        return List.of(cluster);
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        describeClusterCalls++;
        if (!ARN.equals(clusterArn)) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2", "No cluster " + clusterArn);
        }
        return cluster;
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        sent.add(request);
        return OPERATION_ARN;
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        describeOperationCalls++;
        Supplier<ClusterOperation> next = polls.size() > 1 ? polls.poll() : polls.peek();
        if (next == null) {
            throw new AssertionError("no scripted answer for poll " + describeOperationCalls);
        }
        return next.get();
    }
}
