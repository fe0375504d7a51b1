package io.mskconsole.core.fleet.change;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one change sets on many clusters: destinations, each of one kind of log. A kind of log the change does not
 * name is left exactly as each cluster has it (its authorizer logs in particular); within a kind, the destinations
 * not named stay as they are.
 */
public record FleetChange(List<DestinationSetting> settings) {
    public FleetChange {
        settings = List.copyOf(settings);
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("A fleet change sets at least one destination.");
        }
        Set<String> seen = new HashSet<>();
        for (DestinationSetting setting : settings) {
            if (!seen.add(setting.kind() + " " + setting.type())) {
                throw new IllegalArgumentException(setting.kind().displayName() + " to "
                        + setting.type().displayName() + " is set twice.");
            }
        }
    }

    /** Whether the change touches this kind of log at all. */
    public boolean touches(LogKind kind) {
        return settings.stream().anyMatch(s -> s.kind() == kind);
    }

    /**
     * What the change asks of one cluster: its broker logs with the broker settings applied, and its authorizer logs
     * with theirs when the change names authorizer logs, else not given (kept as the cluster has them when sent).
     */
    public LoggingInfo desiredFor(Cluster cluster) {
        NameTemplate.Values values = new NameTemplate.Values(cluster.name(), ClusterArn.account(cluster.arn()),
                cluster.region());
        LogDelivery broker = apply(LogKind.BROKER, cluster.logging().brokerLogs(), values);
        LogDelivery authorizer = touches(LogKind.AUTHORIZER)
                ? apply(LogKind.AUTHORIZER, cluster.logging().delivery(LogKind.AUTHORIZER), values) : null;
        return new LoggingInfo(broker, authorizer);
    }

    private LogDelivery apply(LogKind kind, LogDelivery delivery, NameTemplate.Values values) {
        LogDelivery result = delivery;
        for (DestinationSetting setting : settings) {
            if (setting.kind() == kind) {
                result = setting.applyTo(result, values);
            }
        }
        return result;
    }

    /** Every setting in a line, "; " between. */
    public String describe() {
        return settings.stream().map(DestinationSetting::describe).collect(Collectors.joining("; "));
    }
}
