package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import java.util.Optional;

/**
 * Every provisioned cluster delivers authorizer logs (who was allowed or denied what) to at least one destination.
 * Off by default: authorizer logs matter where IAM access control is on.
 */
public record AuthorizerLogsDelivered(Severity severity) implements FleetRule {
    public static final String ID = "authorizer-logs-delivered";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every provisioned cluster delivers authorizer logs to at least one destination.";
    }

    @Override
    public Optional<Finding> check(Cluster cluster) {
        if (!cluster.supportsBrokerLogs()) {
            return Optional.empty();
        }
        if (cluster.logging().hasAuthorizerLogs() && cluster.logging().authorizerLogs().anyEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " delivers no authorizer logs.",
                "Turn on an authorizer log destination (Edit log delivery)."));
    }
}
