package io.mskconsole.ui.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time: its start included, its end not, the end after the start. */
public record TimeSpan(Instant start, Instant end) {
    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A span ends after it starts: " + start + " to " + end);
        }
    }

    public boolean contains(Instant time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The part of this span inside the other, or null when they do not meet. */
    public TimeSpan within(TimeSpan other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? new TimeSpan(from, to) : null;
    }
}
