package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterSummary;
import io.mskconsole.core.delivery.LogKind;
import java.util.ArrayList;
import java.util.List;

/** The {@code clusters} table: one row per cluster, columns padded to their widest value, ARN last. */
final class ClusterTableFormat {
    static final List<String> HEADER = List.of("NAME", "TYPE", "STATE", "KAFKA", "BROKERS", "BROKER LOGS", "AUTHORIZER LOGS", "ARN");
    static final String NONE = "-";
    static final String TIMES = "x";

    private ClusterTableFormat() {
    }

    static String format(List<Cluster> clusters) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        clusters.forEach(cluster -> rows.add(row(cluster)));
        return table(rows);
    }

    /** Rows (the header first) with their columns padded to the widest value, the last column as it is. */
    static String table(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
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
                orNone(cluster.kafkaVersion()), brokers(cluster), brokerLogs(cluster),
                ClusterSummary.destinations(cluster, LogKind.AUTHORIZER), orNone(cluster.arn()));
    }

    /** "kafka.m5.large x 3" (ASCII, for any terminal), or "-" for serverless clusters. */
    static String brokers(Cluster cluster) {
        return ClusterSummary.brokers(cluster, TIMES).orElse(NONE);
    }

    /** "CloudWatch Logs, Amazon S3", "Off", or "n/a (serverless)": the window's words. */
    static String brokerLogs(Cluster cluster) {
        return ClusterSummary.destinations(cluster);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String pad(String value, int width) {
        return value + " ".repeat(Math.max(0, width - value.length()));
    }
}
