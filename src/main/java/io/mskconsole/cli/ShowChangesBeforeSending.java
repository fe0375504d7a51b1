package io.mskconsole.cli;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A gateway that shows what an UpdateMonitoring changes just before it goes out: the broker log delivery of the
 * cluster as last read (the read whose version the request carries) against the request's. Everything else goes
 * through unchanged.
 */
final class ShowChangesBeforeSending implements ClusterGateway {
    private final ClusterGateway gateway;
    private final BiConsumer<LoggingInfo, LoggingInfo> show;
    private volatile Cluster lastRead;

    /** @param show gets the current delivery and the one about to be sent */
    ShowChangesBeforeSending(ClusterGateway gateway, BiConsumer<LoggingInfo, LoggingInfo> show) {
        this.gateway = gateway;
        this.show = show;
    }

    @Override
    public List<Cluster> listClusters(Cancellation listing) {
        return gateway.listClusters(listing);
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        Cluster cluster = gateway.describeCluster(clusterArn);
        lastRead = cluster;
        return cluster;
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        Cluster read = lastRead;
        if (read != null && read.arn().equals(request.clusterArn())) {
            show.accept(read.logging(), request.logging());
        }
        return gateway.updateMonitoring(request);
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return gateway.describeOperation(operationArn);
    }

    @Override
    public BootstrapBrokers bootstrapBrokers(String clusterArn) {
        return gateway.bootstrapBrokers(clusterArn);
    }
}
