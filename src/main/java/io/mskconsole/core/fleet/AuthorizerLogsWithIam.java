package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import java.util.Optional;

/**
 * Authorizer logs on where IAM access control is on: with IAM, the authorizer logs are the only record of which
 * principal was allowed or denied which Kafka action (CloudTrail records none of them). Clusters without IAM access
 * control, or whose client authentication was not read, are not judged.
 */
public record AuthorizerLogsWithIam(Severity severity) implements FleetRule {
    public static final String ID = "authorizer-logs-with-iam";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every provisioned cluster with IAM access control delivers authorizer logs to at least one destination.";
    }

    @Override
    public Optional<Finding> check(Cluster cluster) {
        if (!cluster.supportsBrokerLogs() || !cluster.allowsIam()) {
            return Optional.empty();
        }
        if (cluster.logging().hasAuthorizerLogs() && cluster.logging().authorizerLogs().anyEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " has IAM access control on but "
                + "delivers no authorizer logs: which principal was allowed or denied which Kafka action is recorded "
                + "nowhere.", "Turn on an authorizer log destination (Edit log delivery, or a fleet change)."));
    }
}
