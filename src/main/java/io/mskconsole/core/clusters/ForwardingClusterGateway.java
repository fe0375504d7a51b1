package io.mskconsole.core.clusters;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.List;
import java.util.Objects;

/** A cluster gateway that passes every call to another: extend it and override the calls to watch. */
public abstract class ForwardingClusterGateway implements ClusterGateway {
    protected final ClusterGateway delegate;

    protected ForwardingClusterGateway(ClusterGateway delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public List<Cluster> listClusters(Cancellation cancellation) {
        return delegate.listClusters(cancellation);
    }

    @Override
    public Cluster describeCluster(String clusterArn) {
        return delegate.describeCluster(clusterArn);
    }

    @Override
    public String updateMonitoring(UpdateMonitoringRequest request) {
        return delegate.updateMonitoring(request);
    }

    @Override
    public ClusterOperation describeOperation(String operationArn) {
        return delegate.describeOperation(operationArn);
    }

    @Override
    public BootstrapBrokers bootstrapBrokers(String clusterArn) {
        return delegate.bootstrapBrokers(clusterArn);
    }

    @Override
    public java.util.Optional<java.time.Instant> deliveryChangedAt(String clusterArn) {
        return delegate.deliveryChangedAt(clusterArn);
    }
}
