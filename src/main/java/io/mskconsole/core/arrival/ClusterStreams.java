package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogKind;
import java.util.List;
import java.util.Locale;

/**
 * Which streams of a log group hold one cluster's logs of one kind. MSK's naming is not documented: a stream is the
 * cluster's when its name holds the cluster's name or its ARN's uuid; of those, a name holding "authorizer" is taken
 * as authorizer logs and any other as broker logs (a group may serve both kinds). When no stream of a kind can be
 * told apart, the cluster's streams are taken whole.
 */
public final class ClusterStreams {
    private ClusterStreams() {
    }

    /** The names of the cluster's streams of that kind among those given; empty when none is named after it. */
    public static List<String> of(Cluster cluster, LogKind kind, List<String> streams) {
        String name = cluster.name() == null ? "" : cluster.name().toLowerCase(Locale.ROOT);
        String uuid = cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        List<String> ours = streams.stream().filter(s -> {
            String stream = s.toLowerCase(Locale.ROOT);
            return !name.isEmpty() && stream.contains(name) || !uuid.isEmpty() && stream.contains(uuid);
        }).toList();
        List<String> authorizer = ours.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains("authorizer")).toList();
        if (kind == LogKind.AUTHORIZER) {
            return authorizer.isEmpty() ? ours : authorizer;
        }
        List<String> broker = ours.stream().filter(s -> !authorizer.contains(s)).toList();
        return broker.isEmpty() ? ours : broker;
    }
}
