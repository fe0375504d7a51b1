package io.mskconsole.core.clusters;

public enum ClusterType {
    PROVISIONED,
    SERVERLESS,
    UNKNOWN;

    public static ClusterType parse(String value) {
        return ServiceWords.parse(ClusterType.class, value, UNKNOWN);
    }
}
