package io.mskconsole.core.trail;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Looks up MSK's CloudTrail events: every region at once, each at CloudTrail's pace (one {@link RegionPacer} per
 * region, shared by its streams), page after page to the end, handing each page's new events to the listener as it
 * arrives. A throttle is absorbed by backoff (1 s, doubling to 8 s, then the region gives up); a region that fails
 * says why and the others go on. Cancelling returns at once with what arrived.
 *
 * <p>With a {@link LookupCache} ({@link #withCache}), a stream of one event source gives first what the cache
 * keeps of its range, then asks CloudTrail only for the spans the cache lacks, newest first, and writes back what
 * comes (partly, when stopped midway). A lookup by another attribute asks CloudTrail, as the cache keeps streams by
 * source. Records' texts go to the {@link RecordSink} given ({@link #keepingIn}), on the heap by default.
 */
public final class TrailFetch {
    public static final double CALLS_PER_SECOND = 2.0;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration LAST_BACKOFF = Duration.ofSeconds(8);
    /** How long a cancelled fetch waits, at most, for its streams to write to the cache what they reached. */
    static final Duration STOPPING = Duration.ofSeconds(2);
    private final Function<String, TrailGateway> gateways;
    private final Executor executor;
    private final Ticker ticker;
    private final TrailPacers pacers;
    private LookupCache cache = LookupCache.NONE;
    private Clock clock = Clock.systemUTC();
    private RecordSink texts = RecordSink.HEAP;

    /**
     * @param gateways the LookupEvents of each region
     * @param executor runs one task per region and stream; must not be a bounded pool smaller than that
     */
    public TrailFetch(Function<String, TrailGateway> gateways, Executor executor, Ticker ticker, double callsPerSecond) {
        this(gateways, executor, new TrailPacers(callsPerSecond, ticker));
    }

    /**
     * @param pacers the account's pacers, shared with its other lookups
     */
    public TrailFetch(Function<String, TrailGateway> gateways, Executor executor, TrailPacers pacers) {
        this.gateways = gateways;
        this.executor = executor;
        this.ticker = pacers.ticker();
        this.pacers = pacers;
    }

    public TrailFetch(Function<String, TrailGateway> gateways, Executor executor) {
        this(gateways, executor, Ticker.SYSTEM, CALLS_PER_SECOND);
    }

    /**
     * Asks the cache first and writes back what CloudTrail gives; {@code clock} tells when a fetch happened.
     *
     * @return this
     */
    public TrailFetch withCache(LookupCache kept, Clock now) {
        this.cache = Objects.requireNonNull(kept, "kept");
        this.clock = Objects.requireNonNull(now, "now");
        return this;
    }

    /** Puts the records' texts of the events handed over in the sink. @return this */
    public TrailFetch keepingIn(RecordSink sink) {
        this.texts = Objects.requireNonNull(sink, "sink");
        return this;
    }

    /** Runs the query to its end (or its cancellation) and returns the final progress. */
    public TrailProgress run(TrailQuery query, TrailListener listener, Cancellation cancellation) {
        Run run = new Run(query, listener, cancellation);
        List<Runnable> tasks = new ArrayList<>();
        for (String region : query.regions()) {
            RegionPacer pacer = pacers.of(region);
            List<LookupRequest> requests = query.requests();
            AtomicInteger streamsLeft = new AtomicInteger(requests.size());
            for (LookupRequest request : requests) {
                tasks.add(() -> {
                    try {
                        run.stream(region, pacer, request);
                    } finally {
                        if (streamsLeft.decrementAndGet() == 0) {
                            run.regionDone();
                        }
                    }
                });
            }
        }
        CountDownLatch done = new CountDownLatch(tasks.size());
        for (Runnable task : tasks) {
            executor.execute(() -> {
                try {
                    task.run();
                } finally {
                    done.countDown();
                }
            });
        }
        while (done.getCount() > 0 && !cancellation.isCancelled()) {
            try {
                done.await(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancellation.cancel();
            }
        }
        if (done.getCount() > 0 && cache != LookupCache.NONE) {
            try { // cancelled: the streams stop at once, and write what they reached to the cache first
                done.await(STOPPING.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return run.progress();
    }

    private final class Run {
        final TrailQuery query;
        final TrailListener listener;
        final Cancellation cancellation;
        final long startNanos = ticker.nanoTime();
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger events = new AtomicInteger();
        final AtomicInteger pages = new AtomicInteger();
        final AtomicInteger throttled = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger regionsDone = new AtomicInteger();
        final AtomicInteger fromCache = new AtomicInteger();
        final AtomicReference<Instant> cachedAt = new AtomicReference<>();
        final AtomicReference<Instant> cachedFrom = new AtomicReference<>();
        final Instant fetchedAt = clock.instant();
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        final List<String> warnings = new ArrayList<>();

        Run(TrailQuery query, TrailListener listener, Cancellation cancellation) {
            this.query = query;
            this.listener = listener;
            this.cancellation = cancellation;
        }

        void stream(String region, RegionPacer pacer, LookupRequest first) {
            TrailGateway gateway;
            try {
                gateway = gateways.apply(region);
            } catch (RuntimeException unavailable) {
                problem(region + ": " + message(unavailable));
                return;
            }
            LookupAttribute attribute = first.attribute();
            if (cache == LookupCache.NONE || attribute == null || attribute.key() != LookupKey.EVENT_SOURCE
                    || TrailSource.of(attribute.value()) == null) { // the cache keeps MSK's sources, by source
                pages(region, pacer, gateway, first, null);
                return;
            }
            String source = attribute.value();
            // the query's end is asked for inclusive (an event at that very second is in), a span kept is not
            Instant through = first.end().plusSeconds(1);
            LookupCache.Kept kept;
            try {
                kept = cache.read(region, source, first.start(), through);
            } catch (RuntimeException unreadable) {
                warning(region + ": the LookupEvents cache could not be read (" + message(unreadable)
                        + "); asked CloudTrail for all of it");
                kept = LookupCache.NONE.read(region, source, first.start(), through);
            }
            cached(kept);
            for (LookupCache.Span missing : kept.missing()) {
                if (cancellation.isCancelled()) {
                    return;
                }
                LookupWriteBack back = new LookupWriteBack(cache, region, source, missing, fetchedAt);
                Instant end = missing.end().isAfter(first.end()) ? first.end() : missing.end();
                boolean complete = pages(region, pacer, gateway,
                        new LookupRequest(attribute, missing.start(), end, null), back);
                if (back.failed() == null) {
                    try {
                        if (complete) {
                            back.finished();
                        } else {
                            back.stopped();
                        }
                    } catch (RuntimeException unwritable) {
                        back.failed(unwritable);
                    }
                }
                if (back.failed() != null) {
                    warning(region + ": the LookupEvents cache could not be written (" + message(back.failed())
                            + "); the events are shown, and asked for again next time");
                }
                if (!complete) {
                    return;
                }
            }
        }

        /** The events the cache keeps of the query's range. */
        private void cached(LookupCache.Kept kept) {
            List<TrailEvent> fresh = new ArrayList<>();
            for (String record : kept.records()) {
                TrailEvent event = TrailRecords.parse(record).orElse(null);
                if (event == null) {
                    skipped.incrementAndGet();
                } else if (!event.time().isBefore(query.start()) && !event.time().isAfter(query.end())
                        && query.preset().includes(event.source()) && seen.add(event.eventId())) {
                    fresh.add(event);
                }
            }
            if (kept.fetchedAt() != null) {
                cachedAt.accumulateAndGet(kept.fetchedAt(), (a, b) -> a == null || b.isAfter(a) ? b : a);
                cachedFrom.accumulateAndGet(kept.firstFetchedAt(), (a, b) -> a == null || b.isBefore(a) ? b : a);
            }
            fromCache.addAndGet(fresh.size());
            hand(fresh);
            listener.progress(progress());
        }

        /** Pages through the request to its end; false when stopped (cancelled, failed) before it. */
        private boolean pages(String region, RegionPacer pacer, TrailGateway gateway, LookupRequest first,
                              LookupWriteBack back) {
            LookupRequest request = first;
            Duration backoff = FIRST_BACKOFF;
            while (request != null) {
                if (cancellation.isCancelled() || !pacer.acquire(cancellation)) {
                    return false;
                }
                LookupPage page;
                try {
                    page = gateway.lookupEvents(request);
                } catch (GatewayException failure) {
                    if (failure.failure() == Failure.THROTTLED && backoff.compareTo(LAST_BACKOFF) <= 0) {
                        throttled.incrementAndGet();
                        pacer.backOff(backoff);
                        backoff = backoff.multipliedBy(2);
                        continue;
                    }
                    problem(region + ": " + message(failure));
                    return false;
                } catch (RuntimeException failure) {
                    problem(region + ": " + message(failure));
                    return false;
                }
                backoff = FIRST_BACKOFF;
                if (cancellation.isCancelled()) {
                    return false;
                }
                List<TrailEvent> fresh = new ArrayList<>();
                for (String record : page.records()) {
                    TrailEvent event = TrailRecords.parse(record).orElse(null);
                    if (event == null) {
                        skipped.incrementAndGet();
                        continue;
                    }
                    if (back != null && back.failed() == null) {
                        back.add(event);
                    }
                    if (query.preset().includes(event.source()) && seen.add(event.eventId())) {
                        fresh.add(event);
                    }
                }
                pages.incrementAndGet();
                if (back != null && back.failed() == null) {
                    try {
                        back.page();
                    } catch (RuntimeException unwritable) {
                        back.failed(unwritable); // written no more this fetch: it would only hold the events
                    }
                }
                hand(fresh);
                listener.progress(progress());
                request = page.nextToken() == null ? null : request.next(page.nextToken());
            }
            return true;
        }

        private void hand(List<TrailEvent> fresh) {
            if (!fresh.isEmpty()) {
                events.addAndGet(fresh.size());
                listener.events(texts.keep(fresh));
            }
        }

        /** What went wrong with the cache: the events are shown all the same. Each once. */
        void warning(String line) {
            synchronized (warnings) {
                if (!warnings.contains(line)) {
                    warnings.add(line);
                }
            }
        }

        /** Each problem once, though every stream of the region may meet it. */
        void problem(String line) {
            synchronized (problems) {
                if (!problems.contains(line)) {
                    problems.add(line);
                }
            }
        }

        void regionDone() {
            regionsDone.incrementAndGet();
            listener.progress(progress());
        }

        TrailProgress progress() {
            return new TrailProgress(events.get(), pages.get(), throttled.get(), skipped.get(),
                    Duration.ofNanos(ticker.nanoTime() - startNanos), regionsDone.get(), query.regions().size(),
                    problems(), fromCache.get(), cachedFrom.get(), cachedAt.get(), warnings());
        }

        private List<String> warnings() {
            synchronized (warnings) {
                return List.copyOf(warnings);
            }
        }

        private List<String> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }

        private String message(RuntimeException failure) {
            String text = failure.getMessage();
            return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text.strip();
        }
    }
}
