package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ForwardingClusterGateway;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.function.BiConsumer;

/**
 * A gateway that shows what an UpdateMonitoring changes just before it goes out: the broker log delivery of the
 * cluster as last read (the read whose version the request carries) against the request's. Everything else goes
 * through unchanged.
 */
final class ShowChangesBeforeSending extends ForwardingClusterGateway {
    private final BiConsumer<LoggingInfo, LoggingInfo> show;
    private volatile Cluster lastRead;

    /** @param show gets the current delivery and the one about to be sent */
    ShowChangesBeforeSending(ClusterGateway gateway, BiConsumer<LoggingInfo, LoggingInfo> show) {
        super(gateway);
        this.show = show;
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        Cluster cluster = delegate.describeCluster(clusterArn);
        lastRead = cluster;
        return cluster;
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        Cluster read = lastRead;
        if (read != null && read.arn().equals(request.clusterArn())) {
            show.accept(read.logging(), request.logging());
        }
        return delegate.updateMonitoring(request);
    }
}
