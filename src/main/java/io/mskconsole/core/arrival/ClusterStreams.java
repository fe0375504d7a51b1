package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LogKind;
import java.util.List;
import java.util.Locale;

/**
 * Which streams of a log group hold one cluster's logs of one kind. MSK's naming is not documented, so a stream is
 * the cluster's when its name holds the uuid part of the cluster's ARN; when no stream does, when its name holds the
 * cluster's name as a whole word (not as the start of a longer name: a stream of {@code orders-prod} is not one of
 * {@code orders}). Of those, a name holding "authorizer" is taken as authorizer logs and any other as broker logs (a
 * group may serve both kinds). When no stream of a kind can be told apart, the cluster's streams are taken whole.
 */
public final class ClusterStreams {
    private ClusterStreams() {
    }

    /** The names of the cluster's streams of that kind among those given; empty when none is named after it. */
    public static List<String> of(Cluster cluster, LogKind kind, List<String> streams) {
        String name = cluster.name() == null ? "" : cluster.name().toLowerCase(Locale.ROOT);
        String uuid = cluster.arn().substring(cluster.arn().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        List<String> byUuid = uuid.isEmpty() ? List.of()
                : streams.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(uuid)).toList();
        List<String> ours = !byUuid.isEmpty() || name.isEmpty() ? byUuid
                : streams.stream().filter(s -> holdsWord(s.toLowerCase(Locale.ROOT), name)).toList();
        List<String> authorizer = ours.stream().filter(s -> s.toLowerCase(Locale.ROOT).contains("authorizer")).toList();
        if (kind == LogKind.AUTHORIZER) {
            return authorizer.isEmpty() ? ours : authorizer;
        }
        List<String> broker = ours.stream().filter(s -> !authorizer.contains(s)).toList();
        return broker.isEmpty() ? ours : broker;
    }

    /**
     * Whether the name stands in the stream's name as a word of its own: at its start or after a character a cluster
     * name cannot hold, and at its end, before such a character, or before a hyphen and a digit or "broker" or
     * "authorizer" ({@code orders-1-broker-2}, {@code orders-broker-2}), never before a hyphen and more of a name.
     */
    static boolean holdsWord(String stream, String name) {
        for (int at = stream.indexOf(name); at >= 0; at = stream.indexOf(name, at + 1)) {
            boolean starts = at == 0 || !nameChar(stream.charAt(at - 1));
            int end = at + name.length();
            if (starts && ends(stream, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ends(String stream, int end) {
        if (end == stream.length() || !nameChar(stream.charAt(end))) {
            return true;
        }
        if (stream.charAt(end) != '-' || end + 1 == stream.length()) {
            return false;
        }
        String rest = stream.substring(end + 1);
        return Character.isDigit(rest.charAt(0)) || rest.startsWith("broker") || rest.startsWith("authorizer");
    }

    /** The characters of an MSK cluster name: letters, digits and hyphens. */
    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }
}
