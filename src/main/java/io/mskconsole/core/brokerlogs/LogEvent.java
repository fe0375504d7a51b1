package io.mskconsole.core.brokerlogs;

import java.time.Instant;
import java.util.Objects;

/** One event as CloudWatch Logs holds it: its stream, its time and its text as delivered. */
public record LogEvent(String stream, Instant timestamp, String message) {
    public LogEvent {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(timestamp, "timestamp");
        message = message == null ? "" : message;
    }
}
