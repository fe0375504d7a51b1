package io.mskconsole.core.trail;

import java.time.Duration;
import java.util.List;

/**
 * How a fetch stands: events kept, pages read, throttled calls (absorbed by backoff), broken records skipped, time
 * spent, regions finished, and what went wrong where (one line per failed region).
 */
public record TrailProgress(int events, int pages, int throttled, int skipped, Duration elapsed, int regionsDone,
                            int regionsTotal, List<String> problems) {
    public TrailProgress {
        problems = List.copyOf(problems);
    }

    public boolean finished() {
        return regionsDone == regionsTotal;
    }
}
