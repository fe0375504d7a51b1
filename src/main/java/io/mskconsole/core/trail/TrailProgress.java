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
                            int regionsTotal, List<String> problems, int fromCache, Instant cachedAt,
                            List<String> warnings) {
    public TrailProgress {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Nothing from a cache. */
    public TrailProgress(int events, int pages, int throttled, int skipped, Duration elapsed, int regionsDone,
                         int regionsTotal, List<String> problems) {
        this(events, pages, throttled, skipped, elapsed, regionsDone, regionsTotal, problems, 0, null, List.of());
    }

    public boolean finished() {
        return regionsDone == regionsTotal;
    }
}
