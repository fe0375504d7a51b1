package io.mskconsole.core.clusters;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A cluster operation as DescribeClusterOperationV2 reports it. State and type are the service's free strings
 * (PENDING, UPDATE_IN_PROGRESS, UPDATE_COMPLETE, UPDATE_FAILED, ...): unknown values are kept and read by their
 * suffix, so a new state never breaks following an operation.
 */
public record ClusterOperation(
        String arn,
        String clusterArn,
        String type,
        String state,
        Instant startTime,
        Instant endTime,
        String errorCode,
        String errorMessage,
        List<OperationStep> steps) {

    public ClusterOperation {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean isFinished() {
        return isFailed() || isComplete();
    }

    public boolean isComplete() {
        return state != null && state.toUpperCase(Locale.ROOT).endsWith("COMPLETE");
    }

    public boolean isFailed() {
        return state != null && state.toUpperCase(Locale.ROOT).endsWith("FAILED");
    }

    /** "UPDATE_FAILED: The specified log group does not exist. (code: InvalidLogGroup)" or just the state. */
    public String describeOutcome() {
        if (!isFailed()) {
            return state;
        }
        StringBuilder text = new StringBuilder(state);
        if (errorMessage != null && !errorMessage.isBlank()) {
            text.append(": ").append(errorMessage);
        }
        if (errorCode != null && !errorCode.isBlank()) {
            text.append(" (code: ").append(errorCode).append(')');
        }
        return text.toString();
    }
}
