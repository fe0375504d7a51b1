package io.mskconsole.core.trail;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What one stream's fetch of a missing span gives the cache, as it comes (newest first): each UTC day is written
 * once the fetch has gone past its start, so a long first fetch is kept as it goes and holds one day in memory.
 * Stopped midway (cancelled, failed), the part from the oldest event reached to the end is written: complete from
 * the second after it, as events of that second may remain on pages not read.
 */
final class LookupWriteBack {
    private final LookupCache cache;
    private final String region;
    private final String source;
    private final LookupCache.Span span;
    private final Instant fetchedAt;
    private final List<TrailEvent> held = new ArrayList<>();
    /** Everything from here to the span's end is written. */
    private Instant written;
    private Instant oldest;
    private RuntimeException failed;

    LookupWriteBack(LookupCache cache, String region, String source, LookupCache.Span span, Instant fetchedAt) {
        this.cache = cache;
        this.region = region;
        this.source = source;
        this.span = span;
        this.fetchedAt = fetchedAt;
        this.written = span.end();
    }

    /** Why writing failed, or null: once it fails, nothing more is held or written. */
    RuntimeException failed() {
        return failed;
    }

    void failed(RuntimeException why) {
        failed = why;
        held.clear();
    }

    void add(TrailEvent event) {
        held.add(event);
        oldest = oldest == null || event.time().isBefore(oldest) ? event.time() : oldest;
    }

    /** After a page: writes the days the fetch has gone past. */
    void page() {
        Instant complete = completeFrom();
        if (complete == null) {
            return;
        }
        Instant day = complete.truncatedTo(ChronoUnit.DAYS);
        Instant boundary = day.equals(complete) ? day : day.plus(1, ChronoUnit.DAYS);
        if (boundary.isBefore(written)) {
            flush(boundary);
        }
    }

    /** The fetch reached the span's start: all of it is complete. */
    void finished() {
        flush(span.start());
    }

    /** The fetch stopped midway: what it reached is complete. */
    void stopped() {
        Instant complete = completeFrom();
        if (complete != null && complete.isBefore(written)) {
            flush(complete);
        }
    }

    private Instant completeFrom() {
        if (oldest == null) {
            return null;
        }
        Instant after = oldest.plusSeconds(1);
        return after.isBefore(span.start()) ? span.start() : after;
    }

    private void flush(Instant from) {
        List<TrailEvent> done = new ArrayList<>();
        List<TrailEvent> older = new ArrayList<>();
        for (TrailEvent event : held) {
            (event.time().isBefore(from) ? older : done).add(event);
        }
        cache.write(region, source, new LookupCache.Span(from, written), done, fetchedAt);
        held.clear();
        held.addAll(older);
        written = from;
    }
}
