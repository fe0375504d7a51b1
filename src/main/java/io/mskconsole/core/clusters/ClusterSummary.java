package io.mskconsole.core.clusters;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A cluster's brokers and log delivery (broker and authorizer logs) in the few words a list shows, the same in the window and in the
 * {@code clusters} command: destinations by their {@link DestinationType#displayName()}.
 */
public final class ClusterSummary {
    /** The brokers' multiplication sign in the window. */
    public static final String TIMES = "×";
    /** Broker logs of a serverless cluster, which has none. */
    public static final String NO_BROKER_LOGS = "n/a (serverless)";
    /** Broker logs of a cluster of a type this version does not know. */
    public static final String NOT_APPLICABLE = "n/a";
    /** Broker logs of a provisioned cluster delivering nowhere. */
    public static final String OFF = "Off";
    /** The instance type of brokers the service did not name. */
    public static final String UNKNOWN_INSTANCE_TYPE = "?";

    private ClusterSummary() {
    }

    /** "CloudWatch Logs, Amazon S3", "Off", "n/a (serverless)", or "n/a" for a cluster type this version does not know. */
    public static String destinations(Cluster cluster) {
        return destinations(cluster, LogKind.BROKER);
    }

    /** The same for one kind of log; a cluster that reports no authorizer logs delivers them nowhere: "Off". */
    public static String destinations(Cluster cluster, LogKind kind) {
        if (!cluster.supportsBrokerLogs()) {
            return cluster.type() == ClusterType.SERVERLESS ? NO_BROKER_LOGS : NOT_APPLICABLE;
        }
        List<DestinationType> on = cluster.logging().delivery(kind).enabledTypes();
        return on.isEmpty() ? OFF : on.stream().map(DestinationType::displayName).collect(Collectors.joining(", "));
    }

    /**
     * "kafka.m5.large × 3" with {@code times} "×" ("? × 3" when the instance type is not known), or empty for a
     * cluster without brokers of its own (serverless): each caller says that its own way.
     */
    public static Optional<String> brokers(Cluster cluster, String times) {
        if (!cluster.supportsBrokerLogs()) {
            return Optional.empty();
        }
        String type = cluster.brokerInstanceType() == null || cluster.brokerInstanceType().isBlank()
                ? UNKNOWN_INSTANCE_TYPE : cluster.brokerInstanceType();
        return Optional.of(type + " " + times + " " + cluster.brokerCount());
    }
}
