package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.logging.BrokerLogs;
import io.mskconsole.core.logging.DestinationType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code clusters} table: one row per cluster, columns padded to their widest value, ARN last. */
final class ClusterTableFormat {
    static final List<String> HEADER = List.of("NAME", "TYPE", "STATE", "KAFKA", "BROKERS", "BROKER LOGS", "ARN");
    static final String NONE = "-";

    private ClusterTableFormat() {
    }

    static String format(List<Cluster> clusters) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        clusters.forEach(cluster -> rows.add(row(cluster)));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    static List<String> row(Cluster cluster) {
        return List.of(orNone(cluster.name()), cluster.type().name(), cluster.state().name(),
                orNone(cluster.kafkaVersion()), brokers(cluster), brokerLogs(cluster), orNone(cluster.arn()));
    }

    /** "kafka.m5.large x 3", or "-" for serverless clusters. */
    static String brokers(Cluster cluster) {
        if (cluster.type() != ClusterType.PROVISIONED) {
            return NONE;
        }
        return orNone(cluster.brokerInstanceType()) + " x " + cluster.brokerCount();
    }

    /** "CloudWatch Logs, S3", "off", or "n/a (serverless)". */
    static String brokerLogs(Cluster cluster) {
        if (!cluster.supportsBrokerLogs()) {
            return cluster.type() == ClusterType.SERVERLESS ? "n/a (serverless)" : "n/a";
        }
        BrokerLogs logs = cluster.brokerLogs();
        return logs.anyEnabled()
                ? logs.enabledTypes().stream().map(ClusterTableFormat::shortName).collect(Collectors.joining(", "))
                : "off";
    }

    static String shortName(DestinationType type) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> "CloudWatch Logs";
            case S3 -> "S3";
            case FIREHOSE -> "Firehose";
        };
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }
}
