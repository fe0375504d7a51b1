package io.mskconsole.core.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * LookupEvents' answers kept between runs for one account ({@link TrailFetch} asks it first and CloudTrail only for
 * what it lacks), per region and event source. What it keeps is what was fetched and the spans known complete: a
 * fetch cancelled or failed midway is complete only from the oldest event it reached to its end (LookupEvents
 * answers newest first), and nothing later than {@link #SETTLE} before the fetch counts as complete, as CloudTrail
 * shows an event some minutes after the call.
 */
public interface LookupCache {
    /** How long after a call its event may still appear: the newest part of a fetch is asked again next time. */
    Duration SETTLE = Duration.ofMinutes(15);

    /** Keeps nothing: every lookup asks CloudTrail. */
    LookupCache NONE = new LookupCache() {
        @Override
        public Kept read(String region, String eventSource, Instant start, Instant end) {
            return new Kept(List.of(), List.of(new Span(start, end)), null, null);
        }

        @Override
        public void write(String region, String eventSource, Span complete, List<TrailEvent> events,
                          Instant fetchedAt) {
        }
    };

    /**
     * The cache {@code resolve} gives, asked for on first use, on the fetch's thread (it may call AWS: whose account
     * the credentials are); a failure to resolve is a failure to read or write, which the fetch reports and gets past.
     */
    static LookupCache resolvedBy(java.util.function.Supplier<LookupCache> resolve) {
        return new LookupCache() {
            private LookupCache resolved;

            private synchronized LookupCache cache() {
                if (resolved == null) {
                    resolved = resolve.get();
                }
                return resolved;
            }

            @Override
            public Kept read(String region, String eventSource, Instant start, Instant end) {
                return cache().read(region, eventSource, start, end);
            }

            @Override
            public void write(String region, String eventSource, Span complete, List<TrailEvent> events,
                              Instant fetchedAt) {
                cache().write(region, eventSource, complete, events, fetchedAt);
            }
        };
    }

    /**
     * A refresh of everything: what the cache keeps is shown meanwhile, every span is asked again, and what comes
     * is written to it.
     */
    static LookupCache refreshing(LookupCache cache) {
        return cache == NONE ? NONE : new LookupCache() {
            @Override
            public Kept read(String region, String eventSource, Instant start, Instant end) {
                Kept kept = cache.read(region, eventSource, start, end);
                return new Kept(kept.records(), List.of(new Span(start, end)), kept.fetchedAt(),
                        kept.firstFetchedAt());
            }

            @Override
            public void write(String region, String eventSource, Span complete, List<TrailEvent> events,
                              Instant fetchedAt) {
                cache.write(region, eventSource, complete, events, fetchedAt);
            }
        };
    }

    /** What is kept of one region's events of one source within the range, and what is missing of it. */
    Kept read(String region, String eventSource, Instant start, Instant end);

    /**
     * Keeps what a fetch got of a span it completed: the events of it (their records' text as LookupEvents gave
     * it), fetched at {@code fetchedAt}; the part of the span later than {@code fetchedAt - SETTLE} is not kept.
     */
    void write(String region, String eventSource, Span complete, List<TrailEvent> events, Instant fetchedAt);

    /** A span of time, start included, end excluded. */
    record Span(Instant start, Instant end) {
        public Span {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        public boolean isEmpty() {
            return !start.isBefore(end);
        }
    }

    /**
     * @param records   the records kept of spans that meet the range (LookupEvents' text), in no order
     * @param missing   the parts of the range not known complete, newest first: what CloudTrail is asked for
     * @param fetchedAt      when the newest of the parts kept was fetched, or null when nothing is kept
     * @param firstFetchedAt when the oldest of them was, or null
     */
    record Kept(List<String> records, List<Span> missing, Instant fetchedAt, Instant firstFetchedAt) {
        public Kept {
            records = List.copyOf(records);
            missing = List.copyOf(missing);
        }
    }
}
