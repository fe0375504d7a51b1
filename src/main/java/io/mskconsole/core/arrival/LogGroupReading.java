package io.mskconsole.core.arrival;

import io.mskconsole.core.clusters.Cluster;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A log group's newest streams, read once. MSK's naming of the streams is not documented, so the cluster's streams
 * are told apart by {@link ClusterStreams}. When none of the newest is the cluster's, the group says nothing of this
 * cluster unless it is silent as a whole: events in other streams are "could not check" (they may be another
 * cluster's, in a shared group), never a pass.
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
        boolean othersActive = !matched && streams.get().stream().anyMatch(s -> s.newest() != null
                && !s.newest().isBefore(now.minus(DeliveryHealthCheck.WINDOW)));
        if (othersActive) {
            return DeliveryHealthCheck.Reading.unknown("None of the group's " + streams.get().size() + " newest "
                    + "streams is named after " + cluster.name() + " (its name or the uuid of its ARN), and some of "
                    + "them have events: they may be another cluster's. Look at the group's streams in the "
                    + "CloudWatch console.");
        }
        Instant newest = DeliveryHealthCheck.newest(judged.stream().map(LogStreamInfo::newest).toList()).orElse(null);
        long recent = judged.stream().filter(s -> s.newest() != null
                && !s.newest().isBefore(now.minus(DeliveryHealthCheck.WINDOW))).count();
        String detail = streams.get().isEmpty() ? "The log group has no stream yet."
                : matched ? ours.size() + " of the group's " + streams.get().size() + " newest streams "
                + (ours.size() == 1 ? "is" : "are") + " named after " + cluster.name() + "."
                : "No stream of the group is named after " + cluster.name() + ", and none of its newest streams "
                + "has an event in the last hour.";
        return new DeliveryHealthCheck.Reading(true, newest, recent == 0 ? ""
                : recent + (recent == 1 ? " stream" : " streams") + " with events", detail, null);
    }
}
