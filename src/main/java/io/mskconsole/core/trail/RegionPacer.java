package io.mskconsole.core.trail;

import io.mskconsole.core.concurrent.Cancellation;
import java.time.Duration;

/**
 * Spaces the LookupEvents calls of one account and region, shared by every stream of the region: CloudTrail allows
 * 2 a second there, so calls go out evenly 1/rate apart (plus a small margin for the network's jitter) and are not
 * throttled, rather than throttled and retried. A throttle that happens anyway pushes every later call back.
 * Thread-safe.
 */
public final class RegionPacer {
    /** Room for jitter between leaving here and arriving at CloudTrail. */
    static final Duration MARGIN = Duration.ofMillis(10);
    private final Ticker ticker;
    private final long intervalNanos;
    private long nextSlot;
    private boolean started;

    public RegionPacer(double perSecond, Ticker ticker) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("The rate must be positive.");
        }
        this.ticker = ticker;
        this.intervalNanos = (long) (1_000_000_000L / perSecond) + MARGIN.toNanos();
    }

    /** Waits for this caller's slot; false when cancelled first. */
    public boolean acquire(Cancellation cancellation) {
        long slot;
        synchronized (this) {
            long now = ticker.nanoTime();
            slot = started ? Math.max(now, nextSlot) : now;
            started = true;
            nextSlot = slot + intervalNanos;
        }
        long wait = slot - ticker.nanoTime();
        if (ticker.sleep(Duration.ofNanos(Math.max(0, wait)), cancellation)) {
            return false;
        }
        synchronized (this) {
            // woken late (a busy machine): the next call keeps its distance from when this one really leaves
            nextSlot = Math.max(nextSlot, ticker.nanoTime() + intervalNanos);
        }
        return true;
    }

    /** CloudTrail throttled anyway: no call goes out before the backoff has passed. */
    public synchronized void backOff(Duration backoff) {
        nextSlot = Math.max(nextSlot, ticker.nanoTime() + backoff.toNanos());
        started = true;
    }

    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }
}
