package io.mskconsole.cli;

import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the events a lookup hands over and tells its progress on stderr, one line per page read:
 * {@code us-east-1: 350 events, 7 pages, 4.1 s}. Once {@link #close}d (the lookup ended or was stopped) it keeps
 * nothing more, so what is printed is what had arrived. Called from the fetching threads: thread-safe.
 */
final class TrailLookupProgress implements TrailListener {
    private final PrintStream err;
    /** Region → {events kept, pages read}. */
    private final Map<String, int[]> regions = new LinkedHashMap<>();
    /** The region whose page this thread read last, until its progress is told. */
    private final ThreadLocal<String> pageRead = new ThreadLocal<>();
    private final List<TrailEvent> events = new ArrayList<>();
    private boolean closed;

    TrailLookupProgress(List<String> regions, PrintStream err) {
        this.err = err;
        regions.forEach(region -> this.regions.put(region, new int[2]));
    }

    /**
     * The region's LookupEvents, each page it returns noted on the calling thread: the fetch hands that page's
     * events and progress over on the same thread, which then prints the region's line.
     */
    TrailGateway counting(TrailGateway gateway, String region) {
        return new TrailGateway() {
            @Override
            public String region() {
                return gateway.region();
            }

            @Override
            public LookupPage lookupEvents(LookupRequest request) {
                LookupPage page = gateway.lookupEvents(request);
                pageRead.set(region);
                return page;
            }
        };
    }

    @Override
    public synchronized void events(List<TrailEvent> batch) {
        if (closed) {
            return;
        }
        events.addAll(batch);
        for (TrailEvent event : batch) {
            int[] counts = regions.get(event.region());
            if (counts != null) {
                counts[0]++;
            }
        }
    }

    @Override
    public synchronized void progress(TrailProgress progress) {
        String region = pageRead.get();
        pageRead.remove();
        if (closed || region == null) {
            return;
        }
        int[] counts = regions.computeIfAbsent(region, r -> new int[2]);
        counts[1]++;
        err.println(region + ": " + count(counts[0], "event") + ", " + count(counts[1], "page") + ", "
                + seconds(progress.elapsed()));
    }

    /** Stops keeping events and returns those that arrived. */
    synchronized List<TrailEvent> close() {
        closed = true;
        return List.copyOf(events);
    }

    static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d ", n) + noun + (n == 1 ? "" : "s");
    }

    /** "4.1 s". */
    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }
}
