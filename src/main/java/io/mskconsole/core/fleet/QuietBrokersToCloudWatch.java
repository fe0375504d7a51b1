package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.LevelsSeen;
import io.mskconsole.core.levels.VerboseLogger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * No CloudWatch Logs delivery of broker logs while brokers log at DEBUG or TRACE: verbose brokers write gigabytes an
 * hour, and CloudWatch Logs bills every one ingested. Known only for clusters whose levels were read in this run (the
 * Levels window or {@code loggers list}); the others are not judged.
 */
public record QuietBrokersToCloudWatch(Severity severity) implements FleetRule {
    public static final String ID = "no-verbose-logs-to-cloudwatch";
    /** How many verbose loggers a finding names before it counts the rest. */
    private static final int NAMED = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "No CloudWatch Logs delivery of broker logs while brokers log at DEBUG or TRACE (where levels were read).";
    }

    /** Without the levels read, nothing can be said. */
    @Override
    public Optional<Finding> check(Cluster cluster) {
        return Optional.empty();
    }

    /** Judges the cluster by its levels as last read. */
    public Optional<Finding> check(Cluster cluster, LevelsSeen levels) {
        if (!cluster.supportsBrokerLogs() || !cluster.brokerLogs().cloudWatchLogs().enabled()) {
            return Optional.empty();
        }
        List<VerboseLogger> verbose = levels.of(cluster.arn()).map(LevelsSeen.Seen::aboveInfo).orElse(List.of());
        if (verbose.isEmpty()) {
            return Optional.empty();
        }
        String named = verbose.stream().limit(NAMED).map(VerboseLogger::describe).collect(Collectors.joining(", "));
        if (verbose.size() > NAMED) {
            named += " and " + (verbose.size() - NAMED) + " more";
        }
        return Optional.of(new Finding(ID, severity, "Cluster " + cluster.name() + " delivers broker logs to "
                + "CloudWatch Logs (" + cluster.brokerLogs().cloudWatchLogs().logGroup() + ") while its brokers log "
                + "above INFO: " + named + ". CloudWatch Logs bills every gigabyte ingested.",
                "Put the loggers back to INFO (Levels) when done, or deliver broker logs to Amazon S3 meanwhile."));
    }
}
