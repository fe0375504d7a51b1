package io.mskconsole.core.trail;

import java.time.Instant;
import java.util.Objects;

/**
 * One LookupEvents request: at most one attribute, the time range, and the page token (null for the first page).
 * Always 50 events a page, the most LookupEvents gives.
 */
public record LookupRequest(LookupAttribute attribute, Instant start, Instant end, String nextToken) {
    public static final int MAX_RESULTS = 50;

    public LookupRequest {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public LookupRequest next(String token) {
        return new LookupRequest(attribute, start, end, token);
    }
}
