package io.mskconsole.sandbox;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A world on a test clock whose LookupEvents rate limit runs on a fake ticker, a session that answers at once, and
 * ways to page through LookupEvents.
 */
final class SandboxTrailFixture {
    static final Instant START = SandboxFixture.START;
    static final Instant NINETY_DAYS_AGO = START.minus(Duration.ofDays(90));

    final MutableClock clock = new MutableClock(START);
    final FakeTicker ticker = new FakeTicker();
    final SandboxWorld world = new SandboxWorld(clock, SandboxFixture.OPERATION, ticker);
    final SandboxSession session = new SandboxSession(world, SandboxSession.POLL_INTERVAL, Duration.ZERO);

    /** The session's LookupEvents of the region: rate-limited on {@link #ticker}, which moves only when told. */
    TrailGateway gateway(String region) {
        return session.trail(region);
    }

    /** LookupEvents of the region that is never throttled: its own limit's time moves a second at every read. */
    TrailGateway unthrottled(String region) {
        return new SandboxTrailGateway(world.trail(), region, clock, new SandboxRateLimit(new SteppingTicker()),
                new SandboxLatency(Duration.ZERO));
    }

    /** Every page of a lookup, in order, following NextToken. */
    static List<LookupPage> pages(TrailGateway gateway, LookupAttribute attribute, Instant start, Instant end) {
        List<LookupPage> pages = new ArrayList<>();
        LookupRequest request = new LookupRequest(attribute, start, end, null);
        while (request != null) {
            LookupPage page = gateway.lookupEvents(request);
            pages.add(page);
            request = page.nextToken() == null ? null : request.next(page.nextToken());
        }
        return pages;
    }

    /** Every event of a lookup, parsed, in the order given. */
    static List<TrailEvent> events(TrailGateway gateway, LookupAttribute attribute, Instant start, Instant end) {
        return pages(gateway, attribute, start, end).stream().flatMap(page -> page.records().stream())
                .map(record -> TrailRecords.parse(record).orElseThrow(() -> new AssertionError("broken: " + record)))
                .toList();
    }

    static List<TrailEvent> lastNinetyDays(TrailGateway gateway, LookupAttribute attribute) {
        return events(gateway, attribute, NINETY_DAYS_AGO, START);
    }

    /** Time that moves only when a test advances it or something sleeps on it. Thread-safe. */
    static final class FakeTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        void advance(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }

        @Override
        public long nanoTime() {
            return nanos.get();
        }

        @Override
        public boolean sleep(Duration duration, Cancellation cancellation) {
            if (!duration.isNegative()) {
                nanos.addAndGet(duration.toNanos());
            }
            return cancellation.isCancelled();
        }
    }

    /** Time that moves a second every time it is read: a rate limit on it never refuses. */
    static final class SteppingTicker implements Ticker {
        private final AtomicLong nanos = new AtomicLong();

        @Override
        public long nanoTime() {
            return nanos.addAndGet(1_000_000_000L);
        }

        @Override
        public boolean sleep(Duration duration, Cancellation cancellation) {
            return cancellation.isCancelled();
        }
    }
}
