package io.mskconsole.core.clusters;

import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A cluster operation as DescribeClusterOperationV2 reports it. State and type are the service's free strings
 * (PENDING, UPDATE_IN_PROGRESS, UPDATE_COMPLETE, UPDATE_FAILED, ...): unknown values are kept and read by their
 * suffix, so a new state never breaks following an operation. {@code sourceLogging} and {@code targetLogging} are the
 * cluster's log delivery before and after the operation, null when the operation does not report them.
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
        List<OperationStep> steps,
        LoggingInfo sourceLogging,
        LoggingInfo targetLogging) {

    public ClusterOperation {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** An operation that does not report the cluster's log delivery. */
    public ClusterOperation(String arn, String clusterArn, String type, String state, Instant startTime,
                            Instant endTime, String errorCode, String errorMessage, List<OperationStep> steps) {
        this(arn, clusterArn, type, state, startTime, endTime, errorCode, errorMessage, steps, null, null);
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
