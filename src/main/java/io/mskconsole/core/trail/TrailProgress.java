package io.mskconsole.core.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a fetch stands: events kept (of them, how many came from the LookupEvents cache, and when the newest part of
 * those was fetched), pages read, throttled calls (absorbed by backoff), broken records skipped, time spent, regions
 * finished, and what went wrong where (one line per failed region), and with the cache (warnings: the events are
 * shown all the same).
 */
public record TrailProgress(int events, int pages, int throttled, int skipped, Duration elapsed, int regionsDone,
                            int regionsTotal, List<String> problems, int fromCache, Instant cachedFrom,
                            Instant cachedAt, List<String> warnings) {
    public TrailProgress {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Nothing from a cache. */
    public TrailProgress(int events, int pages, int throttled, int skipped, Duration elapsed, int regionsDone,
                         int regionsTotal, List<String> problems) {
        this(events, pages, throttled, skipped, elapsed, regionsDone, regionsTotal, problems, 0, null, null,
                List.of());
    }

    /** "a fetch at 2026-12-07 09:30 UTC", "fetches from 2026-12-01 08:00 to 2026-12-07 09:30 UTC": when what came
     * from the cache was fetched. */
    public String cachedWhen(java.time.format.DateTimeFormatter minutes) {
        if (cachedAt == null) {
            return "earlier lookups";
        }
        String last = minutes.format(cachedAt);
        String first = cachedFrom == null ? last : minutes.format(cachedFrom);
        return first.equals(last) ? "a fetch at " + last + " UTC" : "fetches from " + first + " to " + last + " UTC";
    }

    public boolean finished() {
        return regionsDone == regionsTotal;
    }
}
