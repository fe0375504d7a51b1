package io.mskconsole.core.arrival;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether one enabled destination of one kind of log receives the cluster's logs.
 *
 * @param name        the log group, bucket (with its prefix) or delivery stream
 * @param newest      when the newest log arrived, or null when none was seen
 * @param lastHour    how much arrived in the last hour, in words ("12 streams with events", "3.2 MB in 14 objects",
 *                    "1,204 records, 2.1 MB"), or "" when nothing did
 * @param detail      how the state was found, or why it could not be
 * @param causes      for {@link ArrivalState#NOT_ARRIVING}: the likely causes, from the destination checks
 * @param whatToDo    what to do about it ("" when nothing is to be done)
 */
public record DestinationHealth(LogKind kind, DestinationType type, String name, ArrivalState state, Instant newest,
                                String lastHour, String detail, List<String> causes, String whatToDo) {
    public DestinationHealth {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        newest = newest == null ? null : newest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        lastHour = Objects.requireNonNullElse(lastHour, "");
        detail = Objects.requireNonNullElse(detail, "");
        causes = List.copyOf(causes);
        whatToDo = Objects.requireNonNullElse(whatToDo, "");
    }
}
