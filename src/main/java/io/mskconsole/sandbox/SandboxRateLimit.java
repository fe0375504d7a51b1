package io.mskconsole.sandbox;

import io.mskconsole.core.trail.Ticker;
import java.util.Objects;

/**
 * CloudTrail's limit on LookupEvents, 2 requests a second per account and region, as a token bucket: it holds at
 * most {@value #BURST} tokens, refills one every half second, and each request takes one or is refused. Time comes
 * from a {@link Ticker} (a fake one in tests, so nothing sleeps). Thread-safe.
 */
final class SandboxRateLimit {
    static final int BURST = 2;
    static final int PER_SECOND = 2;
    private static final long NANOS_PER_TOKEN = 1_000_000_000L / PER_SECOND;
    private static final long FULL = BURST * NANOS_PER_TOKEN;

    private final Ticker ticker;
    /** The bucket's content, counted in nanoseconds of refill: NANOS_PER_TOKEN is one token. */
    private long credit = FULL;
    private long last;
    private boolean started;

    SandboxRateLimit(Ticker ticker) {
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Takes a token: true when the request may go on, false when it is over the limit. */
    synchronized boolean tryAcquire() {
        long now = ticker.nanoTime();
        if (started) {
            credit = Math.min(FULL, credit + Math.max(0, now - last));
        }
        started = true;
        last = now;
        if (credit < NANOS_PER_TOKEN) {
            return false;
        }
        credit -= NANOS_PER_TOKEN;
        return true;
    }
}
