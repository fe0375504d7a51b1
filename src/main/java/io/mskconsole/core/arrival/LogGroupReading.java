package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A log group's newest streams, read once. MSK's naming of the streams is not documented, so the cluster's streams
 * are those whose name holds the cluster's name or its ARN's uuid; when none does, the group's newest streams are
 * judged as a whole and the detail says so (a group shared by several clusters can then look healthy for another).
 */
final class LogGroupReading {
    private LogGroupReading() {
    }

    static DeliveryHealthCheck.Reading read(ArrivalGateway gateway, Cluster cluster, io.mskconsole.core.delivery
            .LogKind kind, String logGroup, Instant now) {
        Optional<List<LogStreamInfo>> streams = gateway.newestStreams(logGroup, DeliveryHealthCheck.STREAMS);
        if (streams.isEmpty()) {
            return DeliveryHealthCheck.Reading.missing();
        }
        java.util.Set<String> names = new java.util.HashSet<>(ClusterStreams.of(cluster, kind,
                streams.get().stream().map(LogStreamInfo::name).toList()));
        List<LogStreamInfo> ours = streams.get().stream().filter(s -> names.contains(s.name())).toList();
        boolean matched = !ours.isEmpty();
        List<LogStreamInfo> judged = matched ? ours : streams.get();
        Instant newest = DeliveryHealthCheck.newest(judged.stream().map(LogStreamInfo::newest).toList()).orElse(null);
        long recent = judged.stream().filter(s -> s.newest() != null
                && !s.newest().isBefore(now.minus(DeliveryHealthCheck.WINDOW))).count();
        String detail = streams.get().isEmpty() ? "The log group has no stream yet."
                : matched ? ours.size() + " of the group's " + streams.get().size() + " newest streams "
                + (ours.size() == 1 ? "is" : "are") + " named after " + cluster.name() + "."
                : "No stream of the group is named after " + cluster.name() + ": judged by the group's newest "
                + "streams (the group may be shared with other clusters).";
        return new DeliveryHealthCheck.Reading(true, newest, recent == 0 ? ""
                : recent + (recent == 1 ? " stream" : " streams") + " with events", detail, null);
    }
}
