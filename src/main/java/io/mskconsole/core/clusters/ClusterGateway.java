package io.mskconsole.core.clusters;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.List;

/**
 * The MSK operations the app needs, for one account and region. Implemented over the AWS SDK and by the Sandbox.
 * Every method may throw {@link io.mskconsole.core.errors.GatewayException} with a message a person can act on.
 */
public interface ClusterGateway {
    /** Every cluster of the region, all pages (ListClustersV2). Stops early, returning nothing, if cancelled. */
    List<Cluster> listClusters(Cancellation cancellation);

    /** One cluster, fresh (DescribeClusterV2). */
    Cluster describeCluster(String clusterArn);

    /** Sends UpdateMonitoring and returns the ARN of the cluster operation it started. */
    String updateMonitoring(UpdateMonitoringRequest request);

    /** One cluster operation (DescribeClusterOperationV2). */
    ClusterOperation describeOperation(String operationArn);

    /** The cluster's bootstrap broker strings, one per client authentication it allows (GetBootstrapBrokers). */
    BootstrapBrokers bootstrapBrokers(String clusterArn);

    /**
     * When the cluster's log delivery was last changed: the newest operation that could have changed it
     * (UPDATE_MONITORING, or the cluster's creation), by its end or else its start, from one page of
     * ListClusterOperationsV2. Empty when none is listed or it is not known.
     */
    default java.util.Optional<java.time.Instant> deliveryChangedAt(String clusterArn) {
        return java.util.Optional.empty();
    }

    /**
     * The same calls for a caller that paces them itself: each is sent once, with no retry of its own, so a throttle
     * reaches the caller's pacer instead of being retried into. By default this gateway (which does not retry).
     */
    default ClusterGateway pacedByCaller() {
        return this;
    }
}
