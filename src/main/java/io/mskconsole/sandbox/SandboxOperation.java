package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster operation that runs from {@code start} to {@code end} by the world's clock: PENDING for the first tenth,
 * then UPDATE_IN_PROGRESS with its steps running one after another, then UPDATE_COMPLETE, or UPDATE_FAILED when
 * {@code error} is set. Its state is computed from the time it is read at, so nothing runs in the background.
 */
final class SandboxOperation {
    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "UPDATE_IN_PROGRESS";
    static final String COMPLETE = "UPDATE_COMPLETE";
    static final String FAILED = "UPDATE_FAILED";

    static final String STEP_PENDING = "PENDING";
    static final String STEP_IN_PROGRESS = "IN_PROGRESS";
    static final String STEP_SUCCEEDED = "SUCCEEDED";
    static final String STEP_FAILED = "FAILED";

    final String arn;
    final String clusterArn;
    final String type;
    final List<String> stepNames;
    final Instant start;
    final Instant end;
    /** What the cluster gets when the operation completes; null leaves the setting as it is. */
    final LoggingInfo newLogging;
    final MonitoringSettings newMonitoring;
    /** Why it fails at its end, or null when it completes. */
    final OperationError error;
    /** Which step fails when {@code error} is set. */
    final int failingStep;
    /** Whether its end has been applied to the cluster. Guarded by the world's lock. */
    boolean settled;

    SandboxOperation(String arn, String clusterArn, String type, List<String> stepNames, Instant start, Instant end,
                     LoggingInfo newLogging, MonitoringSettings newMonitoring, OperationError error, int failingStep) {
        if (stepNames.isEmpty() || failingStep < 0 || failingStep >= stepNames.size() || end.isBefore(start)) {
            throw new IllegalArgumentException("Inconsistent operation " + arn);
        }
        this.arn = arn;
        this.clusterArn = clusterArn;
        this.type = type;
        this.stepNames = List.copyOf(stepNames);
        this.start = start;
        this.end = end;
        this.newLogging = newLogging;
        this.newMonitoring = newMonitoring;
        this.error = error;
        this.failingStep = failingStep;
    }

    boolean isOver(Instant now) {
        return !now.isBefore(end);
    }

    /** The operation as DescribeClusterOperationV2 would report it at {@code now}. */
    ClusterOperation view(Instant now) {
        if (isOver(now)) {
            return error == null
                    ? describe(COMPLETE, end, null, steps(stepNames.size(), STEP_SUCCEEDED))
                    : describe(FAILED, end, error, steps(failingStep, STEP_FAILED));
        }
        long total = Duration.between(start, end).toMillis();
        long pending = total / 10;
        long elapsed = Math.max(0, Duration.between(start, now).toMillis());
        if (elapsed < pending) {
            return describe(PENDING, null, null, steps(0, STEP_PENDING));
        }
        int running = (int) ((elapsed - pending) * stepNames.size() / Math.max(1, total - pending));
        return describe(IN_PROGRESS, null, null, steps(Math.min(running, stepNames.size() - 1), STEP_IN_PROGRESS));
    }

    /** Steps before {@code current} succeeded, {@code current} has the given status, later ones are pending. */
    private List<OperationStep> steps(int current, String currentStatus) {
        List<OperationStep> steps = new ArrayList<>();
        for (int i = 0; i < stepNames.size(); i++) {
            String status = i < current ? STEP_SUCCEEDED : i == current ? currentStatus : STEP_PENDING;
            steps.add(new OperationStep(stepNames.get(i), status));
        }
        return steps;
    }

    private ClusterOperation describe(String state, Instant endTime, OperationError failure, List<OperationStep> steps) {
        return new ClusterOperation(arn, clusterArn, type, state, start, endTime,
                failure == null ? null : failure.code(), failure == null ? null : failure.message(), steps);
    }
}
