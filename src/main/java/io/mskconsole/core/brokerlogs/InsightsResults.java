package io.mskconsole.core.brokerlogs;

import java.util.List;
import java.util.Objects;

/**
 * What GetQueryResults says of a Logs Insights query: its status, the events found so far (all of them once
 * complete, in the query's order) and what it scanned.
 *
 * @param bytesScanned   the bytes of log events the query scanned (what Logs Insights bills)
 * @param recordsScanned the events it scanned
 * @param recordsMatched the events that matched its filters
 */
public record InsightsResults(Status status, List<LogEvent> events, double bytesScanned, double recordsScanned,
                              double recordsMatched) {
    /** GetQueryResults' status values, UNKNOWN also for one this version does not know. */
    public enum Status {
        SCHEDULED, RUNNING, COMPLETE, FAILED, CANCELLED, TIMEOUT, UNKNOWN;

        /** Whether the query will not change any more. */
        public boolean isFinal() {
            return this != SCHEDULED && this != RUNNING;
        }

        /** As Logs Insights writes it: "Complete", "Timeout". */
        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    public InsightsResults {
        Objects.requireNonNull(status, "status");
        events = List.copyOf(events);
    }
}
