package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.LogLevel;
import java.util.List;

/** One open connection to a Sandbox cluster's brokers: their loggers in the world, each call after the delay. */
final class SandboxBrokerLoggerGateway implements BrokerLoggerGateway {
    private final SandboxBrokerLoggers loggers;
    private final Cluster cluster;
    private final SandboxLatency latency;
    private volatile boolean closed;

    SandboxBrokerLoggerGateway(SandboxBrokerLoggers loggers, Cluster cluster, SandboxLatency latency) {
        this.loggers = loggers;
        this.cluster = cluster;
        this.latency = latency;
    }

    @Override
    public List<Integer> brokerIds() {
        open("DescribeCluster");
        return SandboxBrokerData.brokerIds(cluster.brokerCount());
    }

    @Override
    public BrokerLoggers describe(int brokerId) {
        open("DescribeConfigs");
        latency.pause("DescribeConfigs");
        return loggers.describe(cluster.arn(), cluster.name(), known(brokerId));
    }

    @Override
    public void set(int brokerId, String logger, LogLevel level) {
        open("IncrementalAlterConfigs");
        latency.pause("IncrementalAlterConfigs");
        loggers.set(cluster.arn(), cluster.name(), known(brokerId), logger, level.name());
    }

    @Override
    public void toDefault(int brokerId, String logger) {
        open("IncrementalAlterConfigs");
        latency.pause("IncrementalAlterConfigs");
        loggers.toDefault(cluster.arn(), cluster.name(), known(brokerId), logger);
    }

    private int known(int brokerId) {
        if (!SandboxBrokerData.brokerIds(cluster.brokerCount()).contains(brokerId)) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeConfigs", "Cluster " + cluster.name()
                    + " has no broker " + brokerId + ".");
        }
        return brokerId;
    }

    private void open(String operation) {
        if (closed) {
            throw new GatewayException(Failure.CONFIGURATION, operation, "The connection to the brokers of "
                    + cluster.name() + " was closed: connect again.");
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
