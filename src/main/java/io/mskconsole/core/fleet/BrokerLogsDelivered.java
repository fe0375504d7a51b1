package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import java.util.Optional;

/**
 * Every provisioned cluster delivers broker logs to at least one destination. (A cluster with every destination
 * present but {@code Enabled=false} delivers nothing: it fails.) Serverless clusters have no broker logs.
 */
public record BrokerLogsDelivered(Severity severity) implements FleetRule {
    public static final String ID = "broker-logs-delivered";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every provisioned cluster delivers broker logs to at least one destination.";
    }

    @Override
    public Optional<Finding> check(Cluster cluster) {
        if (!cluster.supportsBrokerLogs() || cluster.brokerLogs().anyEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " delivers no broker logs: "
                + "CloudWatch Logs, Amazon S3 and Firehose are all off.", "Turn on at least one destination (Edit log "
                + "delivery, or `msk-console logging apply`)."));
    }
}
