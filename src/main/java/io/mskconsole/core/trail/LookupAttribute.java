package io.mskconsole.core.trail;

import java.util.Objects;

/** The one attribute a LookupEvents request may filter on, and its value. */
public record LookupAttribute(LookupKey key, String value) {
    public LookupAttribute {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("The lookup attribute " + key.apiName() + " needs a value.");
        }
        if (key == LookupKey.READ_ONLY) {
            if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("ReadOnly is true or false, not '" + value + "'.");
            }
            value = value.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "Key=Value", as the CLI takes it. */
    public static LookupAttribute parse(String text) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("A lookup attribute is Key=Value, e.g. EventName=UpdateMonitoring; got '"
                    + text + "'.");
        }
        return new LookupAttribute(LookupKey.parse(text.substring(0, equals)), text.substring(equals + 1).strip());
    }
}
