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
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
