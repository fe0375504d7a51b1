package io.mskconsole.core.fleet.change;

import java.util.Objects;

/**
 * How one planned cluster ended in a fleet apply.
 *
 * @param message      what happened, in a sentence (why, for a refusal or a failure)
 * @param operationArn the cluster operation UpdateMonitoring started, or null when nothing was sent
 */
public record ClusterResult(PlannedCluster planned, ApplyStatus status, String message, String operationArn) {
    public ClusterResult {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(status, "status");
        message = Objects.requireNonNullElse(message, "");
    }
}
