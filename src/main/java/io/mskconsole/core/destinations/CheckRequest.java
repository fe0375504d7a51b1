package io.mskconsole.core.destinations;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import java.util.Objects;

/**
 * One draft to check: the log delivery (broker logs, and authorizer logs when given), where it is delivered from,
 * and the cluster it is for.
 *
 * @param clusterArn the cluster to update (UpdateMonitoring), or null for a cluster still to be created
 *                   (CreateClusterV2)
 */
public record CheckRequest(DeliveryContext context, LoggingInfo logging, String clusterArn) {
    public CheckRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(logging, "logging");
    }

    /** A draft of broker logs only. */
    public CheckRequest(DeliveryContext context, LogDelivery brokerLogs, String clusterArn) {
        this(context, LoggingInfo.of(brokerLogs), clusterArn);
    }

    public boolean isNewCluster() {
        return clusterArn == null;
    }

    public String region() {
        return context.region();
    }
}
