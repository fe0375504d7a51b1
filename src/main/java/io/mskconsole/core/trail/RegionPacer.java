package io.mskconsole.core.trail;

import io.mskconsole.core.concurrent.Cancellation;
import java.time.Duration;

/**
 * Spaces the LookupEvents calls of one account and region, shared by every stream of the region: CloudTrail allows
 * 2 a second there, so no more than 2 calls leave within any second (plus a small margin for the network's jitter)
 * and none is throttled, rather than throttled and retried. From rest, two calls go at once (a short look asks each
 * source's first page without waiting); after that they go evenly 1/rate apart. A throttle that happens anyway
 * pushes every later call back. Thread-safe.
 */
public final class RegionPacer {
    /** Room for jitter between leaving here and arriving at CloudTrail. */
    static final Duration MARGIN = Duration.ofMillis(10);
    private final Ticker ticker;
    private final long intervalNanos;
    /** The span in which at most two calls leave: two intervals. */
    private final long windowNanos;
    private long nextSlot;
    private long lastSlot;
    private long beforeLastSlot;
    private int slots;
    private boolean started;

    public RegionPacer(double perSecond, Ticker ticker) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("The rate must be positive.");
        }
        this.ticker = ticker;
        this.intervalNanos = (long) (1_000_000_000L / perSecond) + MARGIN.toNanos();
        this.windowNanos = 2 * intervalNanos;
    }

    /** Waits for this caller's slot; false when cancelled first. */
    public boolean acquire(Cancellation cancellation) {
        long slot;
        boolean fromRest;
        synchronized (this) {
            long now = ticker.nanoTime();
            slot = started ? Math.max(now, nextSlot) : now;
            if (slots >= 2) {
                slot = Math.max(slot, beforeLastSlot + windowNanos); // never three within a window
            }
            // at rest: the last call left a whole window ago and nothing (a backoff) holds this one back
            fromRest = slots == 0 || now - lastSlot >= windowNanos && slot <= now;
            beforeLastSlot = lastSlot;
            lastSlot = slot;
            slots = fromRest ? 1 : slots + 1;
            started = true;
            // from rest the next call may leave at once (the window allows two); after that, evenly apart
            nextSlot = fromRest ? slot : slot + intervalNanos;
        }
        long wait = slot - ticker.nanoTime();
        if (ticker.sleep(Duration.ofNanos(Math.max(0, wait)), cancellation)) {
            return false;
        }
        if (!fromRest) {
            synchronized (this) {
                // woken late (a busy machine): the next call keeps its distance from when this one really leaves
                nextSlot = Math.max(nextSlot, ticker.nanoTime() + intervalNanos);
            }
        }
        return true;
    }

    /** CloudTrail throttled anyway: no call goes out before the backoff has passed. */
    public synchronized void backOff(Duration backoff) {
        nextSlot = Math.max(nextSlot, ticker.nanoTime() + backoff.toNanos());
        started = true;
        slots = Math.max(slots, 1);
    }

    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }
}
