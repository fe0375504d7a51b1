package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every log group a cluster delivers to keeps its events for a set time (a retention), not for ever: broker logs
 * grow without end otherwise, and so does the bill. Each log group is looked up once for the whole scan.
 */
public record LogGroupRetention(Severity severity) implements LookupRule {
    public static final String ID = "log-group-retention";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Every log group a cluster delivers to has a retention set.";
    }

    @Override
    public Optional<Finding> check(Cluster cluster, DestinationLookups lookups) {
        if (!cluster.supportsBrokerLogs()) {
            return Optional.empty();
        }
        List<String> forever = new ArrayList<>();
        add(cluster.brokerLogs(), cluster.region(), lookups, forever);
        if (cluster.logging().hasAuthorizerLogs()) {
            add(cluster.logging().authorizerLogs(), cluster.region(), lookups, forever);
        }
        if (forever.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " delivers to log group "
                + String.join(" and ", forever) + ", which keeps its events for ever.",
                "Set a retention on the log group (aws logs put-retention-policy)."));
    }

    private static void add(LogDelivery delivery, String region, DestinationLookups lookups, List<String> forever) {
        if (!delivery.cloudWatchLogs().enabled() || delivery.cloudWatchLogs().logGroup() == null) {
            return;
        }
        String group = delivery.cloudWatchLogs().logGroup();
        try {
            lookups.logGroup(region, group).filter(found -> found.retentionDays() == null)
                    .filter(found -> !forever.contains(group)).ifPresent(found -> forever.add(group));
        } catch (GatewayException | IllegalStateException notAsked) {
            // destination-exists says what could not be checked; this rule says nothing it does not know
        }
    }
}
