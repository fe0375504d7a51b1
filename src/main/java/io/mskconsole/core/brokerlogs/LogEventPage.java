package io.mskconsole.core.brokerlogs;

import java.util.List;

/** One page of FilterLogEvents: its events, oldest first, and the token of the next page (null at the end). */
public record LogEventPage(List<LogEvent> events, String nextToken) {
    public LogEventPage {
        events = List.copyOf(events);
    }
}
