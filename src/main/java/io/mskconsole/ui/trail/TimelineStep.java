package io.mskconsole.ui.trail;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How much time one bar of the timeline counts, chosen by the length of the range shown: a minute up to
 * {@link #MINUTES_UP_TO} (the last hour: 60 bars), an hour up to {@link #HOURS_UP_TO} (the last 7 days: 168 bars), a
 * day beyond (90 days: 90 bars, a year: 365).
 */
public enum TimelineStep {
    MINUTE(ChronoUnit.MINUTES, "minute"),
    HOUR(ChronoUnit.HOURS, "hour"),
    DAY(ChronoUnit.DAYS, "day");

    public static final Duration MINUTES_UP_TO = Duration.ofHours(3);
    public static final Duration HOURS_UP_TO = Duration.ofDays(7);

    private final ChronoUnit unit;
    private final String word;

    TimelineStep(ChronoUnit unit, String word) {
        this.unit = unit;
        this.word = word;
    }

    public static TimelineStep forLength(Duration length) {
        if (length.compareTo(MINUTES_UP_TO) <= 0) {
            return MINUTE;
        }
        return length.compareTo(HOURS_UP_TO) <= 0 ? HOUR : DAY;
    }

    /** The start of the bar that holds the time. */
    public Instant floor(Instant time, ZoneId zone) {
        return time.atZone(zone).truncatedTo(unit).toInstant();
    }

    /** The start of the bar after the one starting at {@code barStart}. */
    public Instant next(Instant barStart, ZoneId zone) {
        return barStart.atZone(zone).plus(1, unit).toInstant();
    }

    /** "minute", "hour" or "day". */
    public String word() {
        return word;
    }
}
