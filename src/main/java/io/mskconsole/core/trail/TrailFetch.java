package io.mskconsole.core.trail;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Looks up MSK's CloudTrail events: every region at once, each at CloudTrail's pace (one {@link RegionPacer} per
 * region, shared by its streams), page after page to the end, handing each page's new events to the listener as it
 * arrives. A throttle is absorbed by backoff (1 s, doubling to 8 s, then the region gives up); a region that fails
 * says why and the others go on. Cancelling returns at once with what arrived.
 */
public final class TrailFetch {
    public static final double CALLS_PER_SECOND = 2.0;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration LAST_BACKOFF = Duration.ofSeconds(8);
    private final Function<String, TrailGateway> gateways;
    private final Executor executor;
    private final Ticker ticker;
    private final TrailPacers pacers;

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
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());

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
            LookupRequest request = first;
            Duration backoff = FIRST_BACKOFF;
            while (request != null && !cancellation.isCancelled()) {
                if (!pacer.acquire(cancellation)) {
                    return;
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
                    return;
                } catch (RuntimeException failure) {
                    problem(region + ": " + message(failure));
                    return;
                }
                backoff = FIRST_BACKOFF;
                if (cancellation.isCancelled()) {
                    return;
                }
                List<TrailEvent> fresh = new ArrayList<>();
                for (String record : page.records()) {
                    TrailEvent event = TrailRecords.parse(record).orElse(null);
                    if (event == null) {
                        skipped.incrementAndGet();
                    } else if (query.preset().includes(event.source()) && seen.add(event.eventId())) {
                        fresh.add(event);
                    }
                }
                events.addAndGet(fresh.size());
                pages.incrementAndGet();
                if (!fresh.isEmpty()) {
                    listener.events(fresh);
                }
                listener.progress(progress());
                request = page.nextToken() == null ? null : request.next(page.nextToken());
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
                    problems());
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
