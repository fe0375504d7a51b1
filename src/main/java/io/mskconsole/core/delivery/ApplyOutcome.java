package io.mskconsole.core.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterOperation;

/**
 * How an apply ended. {@code operation} is the last state read (null when nothing was sent or not followed);
 * {@code cluster} is the cluster as read at the end: after the operation for COMPLETED and FAILED (null if it could
 * not be read then), before sending for the others.
 */
public record ApplyOutcome(Status status, UpdateMonitoringRequest request, String operationArn,
                           ClusterOperation operation, Cluster cluster) {
    public enum Status {
        /** The cluster already delivers as asked: nothing was sent. */
        UNCHANGED,
        /** Sent, and not followed. */
        SENT,
        /** Sent and followed to the end: the operation completed. */
        COMPLETED,
        /** Sent and followed to the end: the operation failed. */
        FAILED,
        /** Sent, then following was cancelled; the operation goes on in AWS. */
        STOPPED_FOLLOWING
    }
}
