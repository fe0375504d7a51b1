package io.mskconsole.core.arrival;

import java.time.Instant;
import java.util.Objects;

/**
 * One CloudWatch Logs log stream as DescribeLogStreams gives it.
 *
 * @param lastEventTime     the time of its newest event, or null when it has none
 * @param lastIngestionTime when CloudWatch Logs last took events into it, or null
 */
public record LogStreamInfo(String name, Instant lastEventTime, Instant lastIngestionTime) {
    public LogStreamInfo {
        Objects.requireNonNull(name, "name");
    }

    /** The newest of its two times, or null. */
    public Instant newest() {
        if (lastEventTime == null) {
            return lastIngestionTime;
        }
        return lastIngestionTime == null || lastEventTime.isAfter(lastIngestionTime) ? lastEventTime : lastIngestionTime;
    }
}
