package io.mskconsole.core.create;

/**
 * How following a new cluster ended. {@code last} is the cluster as last read (null if it was never read).
 */
public record CreationOutcome(Status status, String clusterArn, ClusterDetails last) {
    public enum Status {
        /** The cluster is ACTIVE: created. */
        ACTIVE,
        /** The cluster FAILED; {@link ClusterDetails#stateMessage()} says why. */
        FAILED,
        /** The cluster is being deleted or is gone: someone deleted it while it was being created. */
        DELETED,
        /** Following was cancelled; creation goes on in AWS. */
        STOPPED_FOLLOWING
    }
}
