package io.mskconsole.core.destinations;

/** The cache keys of what the checks read: one place, so fixes can forget exactly what they changed. */
public final class Keys {
    private Keys() {
    }

    public static String logGroup(String region, String name) {
        return "log-group:" + region + ":" + name;
    }

    public static String bucket(String name) {
        return "bucket:" + name;
    }

    public static String deliveryStream(String region, String name) {
        return "stream:" + region + ":" + name;
    }

    public static String resourcePolicies(String region) {
        return "resource-policies:" + region;
    }

    public static String key(String keyId) {
        return "key:" + keyId;
    }

    public static String keyPolicy(String keyArn) {
        return "key-policy:" + keyArn;
    }
}
