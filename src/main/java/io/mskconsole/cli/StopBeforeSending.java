package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.logging.UpdateMonitoringRequest;
import java.util.List;

/**
 * A gateway that refuses to send UpdateMonitoring once Ctrl-C was pressed, so stopping an apply before the request
 * leaves changes nothing; reading goes through unchanged.
 */
record StopBeforeSending(ClusterGateway gateway, Cancellation cancellation) implements ClusterGateway {
    static final String MESSAGE = "Stopped before sending UpdateMonitoring: nothing was changed.";

    @Override
    public List<Cluster> listClusters(Cancellation listing) {
        return gateway.listClusters(listing);
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        return gateway.describeCluster(clusterArn);
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        if (cancellation.isCancelled()) {
            throw new CliFailure(ExitCodes.INTERRUPTED, MESSAGE);
        }
        return gateway.updateMonitoring(request);
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return gateway.describeOperation(operationArn);
    }
}
