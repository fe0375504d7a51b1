package io.mskconsole.ui.clusters;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterSummary;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import java.util.Locale;

/** How a cluster's fields read in the table and the details pane. */
public final class ClusterText {
    public static final String NO_BROKER_LOGS = ClusterSummary.NO_BROKER_LOGS;

    private ClusterText() {
    }

    /** "CloudWatch Logs, Amazon S3", "Off", or "n/a (serverless)": {@link ClusterSummary#destinations}. */
    public static String destinations(Cluster cluster) {
        return ClusterSummary.destinations(cluster);
    }

    /** The same for authorizer logs ("Off" for a cluster that reports none). */
    public static String authorizerDestinations(Cluster cluster) {
        return ClusterSummary.destinations(cluster, LogKind.AUTHORIZER);
    }

    /** "kafka.m5.large × 3", "express.m7g.large × 3", or "Serverless". */
    public static String brokers(Cluster cluster) {
        return ClusterSummary.brokers(cluster, ClusterSummary.TIMES).orElse("Serverless");
    }

    /** "Provisioned" or "Serverless". */
    public static String type(Cluster cluster) {
        return cluster.type().name().charAt(0) + cluster.type().name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** "Provisioned · Express brokers", "Provisioned · Standard brokers" or "Serverless". */
    public static String typeWithBrokerKind(Cluster cluster) {
        if (!cluster.supportsBrokerLogs()) {
            return type(cluster);
        }
        return type(cluster) + (cluster.isExpress() ? " · Express brokers" : " · Standard brokers");
    }

    public static String kafkaVersion(Cluster cluster) {
        return cluster.kafkaVersion() == null ? "—" : cluster.kafkaVersion();
    }

    /** Whether the filter text matches any shown field of the cluster (case-insensitive). */
    public static boolean matches(Cluster cluster, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        StringBuilder haystack = new StringBuilder(String.join("\n", cluster.name(), cluster.arn(),
                cluster.state().name(), type(cluster), brokers(cluster), kafkaVersion(cluster), destinations(cluster),
                authorizerDestinations(cluster)));
        for (LogKind kind : LogKind.values()) {
            LogDelivery logs = cluster.logging().delivery(kind);
            for (DestinationType destination : DestinationType.values()) {
                String name = logs.resourceName(destination);
                haystack.append('\n').append(name == null ? "" : name);
            }
        }
        return haystack.toString().toLowerCase(Locale.ROOT).contains(needle);
    }
}
