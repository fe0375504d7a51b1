package io.mskconsole.core.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Changes a cluster's log delivery (broker and authorizer logs) the safe way, for the window and the headless command
 * alike: re-read the cluster for a fresh version, refuse unless it is a provisioned ACTIVE cluster and the settings
 * pass the rules, send UpdateMonitoring with every other monitoring setting as it is, then follow the cluster
 * operation. Authorizer logs not given in the desired settings are sent back exactly as the cluster has them
 * ({@link LoggingInfo#resolvedAgainst(LoggingInfo)}), so a change to broker logs alone never touches them.
 */
public final class LogDeliveryUpdate {
    /** Following an operation gives up, rethrowing, at this many consecutive transient failures (fewer are tolerated). */
    static final int MAX_POLL_FAILURES = 5;

    private final ClusterGateway gateway;
    private final Duration pollInterval;
    private final Pause pause;

    public LogDeliveryUpdate(ClusterGateway gateway, Duration pollInterval) {
        this(gateway, pollInterval, Pause.REAL);
    }

    /** @param pause how following waits between reads (the real wait, or a test's clock) */
    public LogDeliveryUpdate(ClusterGateway gateway, Duration pollInterval, Pause pause) {
        this.gateway = gateway;
        this.pollInterval = pollInterval;
        this.pause = pause;
    }

    /**
     * Reads the cluster and builds the request that would be sent, without sending it.
     *
     * @throws UpdateRefusedException if the cluster or the settings do not allow the change
     */
    public UpdateMonitoringRequest prepare(String clusterArn, LoggingInfo desired) {
        return prepare(gateway.describeCluster(clusterArn), desired);
    }

    /** Like {@link #prepare(String, LoggingInfo)} with a cluster already read. */
    public static UpdateMonitoringRequest prepare(Cluster cluster, LoggingInfo desired) {
        if (!cluster.supportsBrokerLogs()) {
            throw new UpdateRefusedException(UpdateRefusedException.Reason.NOT_PROVISIONED,
                    "Cluster " + cluster.name() + " is serverless: serverless clusters have no broker or authorizer logs.");
        }
        // only what the change gives is checked: settings kept as the cluster has them are MSK's, not the person's
        List<FieldProblem> problems = LogDeliveryRules.check(desired, cluster.logging());
        if (!problems.isEmpty()) {
            throw new UpdateRefusedException(UpdateRefusedException.Reason.INVALID_SETTINGS,
                    problems.stream().map(FieldProblem::describe).collect(Collectors.joining("; ")));
        }
        LoggingInfo resolved = desired.resolvedAgainst(cluster.logging());
        List<String> unknown = cluster.monitoring().unknownMembers();
        if (!unknown.isEmpty() && !cluster.logging().sameDeliveryAs(resolved)) {
            throw new UpdateRefusedException(UpdateRefusedException.Reason.UNKNOWN_SETTINGS, "MSK reports settings of "
                    + cluster.name() + " that this version of MSK Console does not know (" + String.join(", ", unknown)
                    + "). UpdateMonitoring sends these settings whole, so it would leave them out and could turn them "
                    + "off: nothing is sent. Change this cluster with the AWS console or an AWS CLI that knows them, "
                    + "or update MSK Console.");
        }
        return new UpdateMonitoringRequest(cluster.arn(), cluster.currentVersion(), cluster.monitoring(), resolved);
    }

    /**
     * Applies the settings.
     *
     * @param follow whether to follow the cluster operation to its end
     * @throws UpdateRefusedException if nothing may be sent (the cluster is not ACTIVE, serverless, or bad settings)
     * @throws GatewayException           if a service call fails before sending, or following fails after it
     * @throws SendOutcomeUnknownException if UpdateMonitoring got no answer (saying what a read after it found): the
     *                                     change may have been applied
     * @throws CancellationException       if cancelled before sending: nothing was sent
     */
    public ApplyOutcome apply(String clusterArn, LoggingInfo desired, boolean follow, ApplyProgress progress,
                              Cancellation cancellation) {
        return apply(clusterArn, desired, null, follow, progress, cancellation);
    }

    /**
     * Like {@link #apply(String, LoggingInfo, boolean, ApplyProgress, Cancellation)}, refusing when the cluster's
     * log delivery (either kind) is no longer what a review showed as current (someone changed it in between), so a
     * reviewed change never silently undoes another.
     *
     * @param reviewedCurrent the delivery the review showed as current, or null not to compare
     */
    public ApplyOutcome apply(String clusterArn, LoggingInfo desired, LoggingInfo reviewedCurrent, boolean follow,
                              ApplyProgress progress, Cancellation cancellation) {
        return apply(clusterArn, desired, reviewedCurrent, null, follow, progress, cancellation);
    }

    /**
     * Like {@link #apply(String, LoggingInfo, LoggingInfo, boolean, ApplyProgress, Cancellation)}, refusing too when
     * the other monitoring settings (which UpdateMonitoring sends back as the cluster has them) are no longer those
     * the person confirmed sending.
     *
     * @param confirmedMonitoring the enhanced and open monitoring the person saw before Apply, or null not to compare
     */
    public ApplyOutcome apply(String clusterArn, LoggingInfo desired, LoggingInfo reviewedCurrent,
                              MonitoringSettings confirmedMonitoring, boolean follow, ApplyProgress progress,
                              Cancellation cancellation) {
        progress.stage("Reading the cluster for its current version");
        Cluster cluster = gateway.describeCluster(clusterArn);
        // a delivery already as asked is no conflict: someone (or an earlier run of the same plan) did it
        if (reviewedCurrent != null && !cluster.logging().sameDeliveryAs(reviewedCurrent)
                && !cluster.logging().sameDeliveryAs(desired.resolvedAgainst(cluster.logging()))) {
            throw new UpdateRefusedException(UpdateRefusedException.Reason.CHANGED_SINCE_REVIEW,
                    "The log delivery of " + cluster.name() + " changed since the review (now: "
                            + LoggingChanges.summary(cluster.logging()) + "). Review again before applying.");
        }
        if (confirmedMonitoring != null && !confirmedMonitoring.equals(cluster.monitoring())) {
            throw new UpdateRefusedException(UpdateRefusedException.Reason.CHANGED_SINCE_REVIEW,
                    "The enhanced or open monitoring of " + cluster.name() + " changed again after Apply was "
                            + "confirmed. Review again: Apply then says what goes out with your change.");
        }
        UpdateMonitoringRequest request = prepare(cluster, desired);
        if (cluster.logging().sameDeliveryAs(request.logging())) {
            return new ApplyOutcome(ApplyOutcome.Status.UNCHANGED, request, null, null, cluster);
        }
        if (cluster.state() != ClusterState.ACTIVE) {
            throw new UpdateRefusedException(UpdateRefusedException.Reason.NOT_ACTIVE,
                    "Cluster " + cluster.name() + " is " + cluster.state()
                            + ": MSK accepts changes only while a cluster is ACTIVE. Wait for it to finish and apply again.");
        }
        if (cancellation.isCancelled()) {
            throw new CancellationException("Stopped before sending: nothing was sent to " + cluster.name() + ".");
        }
        progress.stage("Sending UpdateMonitoring");
        String operationArn = send(cluster, request);
        progress.sent(operationArn);
        if (!follow) {
            return new ApplyOutcome(ApplyOutcome.Status.SENT, request, operationArn, null, cluster);
        }
        progress.stage("Following the cluster operation");
        ClusterOperation operation = follow(operationArn, progress, cancellation);
        if (operation == null || !operation.isFinished()) {
            return new ApplyOutcome(ApplyOutcome.Status.STOPPED_FOLLOWING, request, operationArn, operation, cluster);
        }
        progress.stage("Reading the cluster again");
        ApplyOutcome.Status status = operation.isFailed() ? ApplyOutcome.Status.FAILED : ApplyOutcome.Status.COMPLETED;
        return new ApplyOutcome(status, request, operationArn, operation, readAfter(clusterArn));
    }

    /** Sends once; an answer lost on the way (timeout, dropped connection, 5xx) leaves the outcome unknown. */
    private String send(Cluster cluster, UpdateMonitoringRequest request) {
        try {
            return gateway.updateMonitoring(request);
        } catch (GatewayException e) {
            throw e.answerMayBeLost() ? readAfterLostAnswer(cluster, request, e) : e;
        }
    }

    /** Reads the cluster once more after a lost answer, to say whether the change was taken. */
    private SendOutcomeUnknownException readAfterLostAnswer(Cluster before, UpdateMonitoringRequest request,
                                                             GatewayException lost) {
        try {
            return new SendOutcomeUnknownException(before, request.logging(), lost,
                    gateway.describeCluster(before.arn()), null);
        } catch (GatewayException unreadable) {
            return new SendOutcomeUnknownException(before, request.logging(), lost, null, unreadable);
        }
    }

    /** The cluster after its operation ended, or null if it cannot be read now (the outcome stands regardless). */
    private Cluster readAfter(String clusterArn) {
        try {
            return gateway.describeCluster(clusterArn);
        } catch (GatewayException unreadable) {
            return null;
        }
    }

    /**
     * After a change was taken without an answer (no operation to follow): reads the cluster until it is no longer
     * UPDATING. Returns it then, or null when following was cancelled first.
     */
    public Cluster followCluster(String clusterArn, ApplyProgress progress, Cancellation cancellation) {
        int failures = 0;
        while (!cancellation.isCancelled()) {
            try {
                Cluster now = gateway.describeCluster(clusterArn);
                failures = 0;
                if (now.state() != ClusterState.UPDATING) {
                    return now;
                }
                progress.stage("The cluster is UPDATING: following it");
            } catch (GatewayException e) {
                if (!e.isTransient() || ++failures >= MAX_POLL_FAILURES) {
                    throw e;
                }
                progress.stage("Still following the cluster after an error (" + e.getMessage() + ")");
            }
            if (pause.pause(pollInterval, cancellation)) {
                break;
            }
        }
        return null;
    }

    /** Polls the operation until it finishes or following is cancelled; returns the last state read. */
    public ClusterOperation follow(String operationArn, ApplyProgress progress, Cancellation cancellation) {
        ClusterOperation last = null;
        int failures = 0;
        while (!cancellation.isCancelled()) {
            try {
                last = gateway.describeOperation(operationArn);
                failures = 0;
                progress.operation(last);
                if (last.isFinished()) {
                    return last;
                }
            } catch (GatewayException e) {
                if (!e.isTransient() || ++failures >= MAX_POLL_FAILURES) {
                    throw e;
                }
                progress.stage("Still following the operation after an error (" + e.getMessage() + ")");
            }
            if (pause.pause(pollInterval, cancellation)) {
                break;
            }
        }
        return last;
    }
}
