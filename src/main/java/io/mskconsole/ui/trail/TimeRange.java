package io.mskconsole.ui.trail;

import java.time.Duration;

/** The time ranges the browser offers; CUSTOM takes a start and an end. */
public enum TimeRange {
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_DAY("Last 24 hours", Duration.ofDays(1)),
    LAST_WEEK("Last 7 days", Duration.ofDays(7)),
    LAST_90_DAYS("Last 90 days", Duration.ofDays(90)),
    CUSTOM("Custom…", null);

    private final String label;
    private final Duration length;

    TimeRange(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    /** How far back from now; null for CUSTOM. */
    public Duration length() {
        return length;
    }

    @Override
    public String toString() {
        return label;
    }
}
