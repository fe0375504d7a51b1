package io.mskconsole.core.clusters;

/** The states MSK reports; anything new the service adds reads as UNKNOWN rather than failing. */
public enum ClusterState {
    ACTIVE,
    CREATING,
    DELETING,
    FAILED,
    HEALING,
    MAINTENANCE,
    REBOOTING_BROKER,
    UPDATING,
    UNKNOWN;

    public static ClusterState parse(String value) {
        return ServiceWords.parse(ClusterState.class, value, UNKNOWN);
    }
}
