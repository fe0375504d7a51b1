package io.mskconsole.core.destinations;

import io.mskconsole.core.logging.BrokerLogs;
import java.util.Objects;

/**
 * One draft to check: the broker log delivery, where it is delivered from, and the cluster it is for.
 *
 * @param clusterArn the cluster to update (UpdateMonitoring), or null for a cluster still to be created
 *                   (CreateClusterV2)
 */
public record CheckRequest(DeliveryContext context, BrokerLogs logs, String clusterArn) {
    public CheckRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(logs, "logs");
    }

    public boolean isNewCluster() {
        return clusterArn == null;
    }

    public String region() {
        return context.region();
    }
}
