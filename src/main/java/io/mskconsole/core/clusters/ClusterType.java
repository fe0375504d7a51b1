package io.mskconsole.core.clusters;

public enum ClusterType {
    PROVISIONED,
    SERVERLESS,
    UNKNOWN;

    public static ClusterType parse(String value) {
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
