package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The MSK operations of one Sandbox region, answered from the shared {@link SandboxWorld}. Refuses and fails requests
 * with MSK's own words: unknown ARNs are NOT_FOUND, a stale version is STALE_VERSION, a serverless or busy cluster and
 * an enabled destination without a name are BAD_REQUEST; a destination that does not exist fails the operation.
 */
public final class SandboxClusterGateway implements ClusterGateway {
    private final SandboxWorld world;
    private final String region;

    public SandboxClusterGateway(SandboxWorld world, String region) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
    }

    public String region() {
        return region;
    }

    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        if (cancellation != null && cancellation.isCancelled()) {
            return List.of();
        }
        return world.clusters(region);
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        return world.cluster(region, clusterArn, "DescribeClusterV2");
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        return world.updateMonitoring(region, request);
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return world.operation(region, operationArn);
    }

    /** The cluster's bootstrap strings; see {@link SandboxBrokerData} for how each cluster lets clients in. */
    @Override
    public BootstrapBrokers bootstrapBrokers(String clusterArn) {
        return world.bootstrapBrokers(region, clusterArn);
    }

    /**
     * The end of the cluster's newest UpdateMonitoring in the world (its start while it runs), else the end of its
     * creation in the world; for a sample cluster untouched since, 30 days before the world started (it has delivered
     * for long). See {@link SandboxArrival}.
     */
    @Override
    public Optional<Instant> deliveryChangedAt(String clusterArn) {
        return Optional.of(world.deliveryChangedAt(region, clusterArn));
    }
}
