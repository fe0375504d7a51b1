package io.mskconsole.core.trail;

import java.util.Locale;

/** The attributes LookupEvents can filter on, one at a time (AttributeKey). */
public enum LookupKey {
    EVENT_ID("EventId"),
    EVENT_NAME("EventName"),
    READ_ONLY("ReadOnly"),
    USERNAME("Username"),
    RESOURCE_TYPE("ResourceType"),
    RESOURCE_NAME("ResourceName"),
    EVENT_SOURCE("EventSource"),
    ACCESS_KEY_ID("AccessKeyId");

    private final String apiName;

    LookupKey(String apiName) {
        this.apiName = apiName;
    }

    /** The AttributeKey LookupEvents takes. */
    public String apiName() {
        return apiName;
    }

    /** The key named by its API name, any case ("EventName", "eventname"). */
    public static LookupKey parse(String name) {
        for (LookupKey key : values()) {
            if (key.apiName.equalsIgnoreCase(name.strip()) || key.name().equalsIgnoreCase(name.strip())) {
                return key;
            }
        }
        throw new IllegalArgumentException("Unknown lookup attribute '" + name + "': use one of EventId, EventName, "
                + "ReadOnly, Username, ResourceType, ResourceName, EventSource, AccessKeyId.");
    }

    @Override
    public String toString() {
        return apiName.toLowerCase(Locale.ROOT);
    }
}
