package io.mskconsole.core.concurrent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Paces calls to one service in one region: calls go out at most {@code rate} a second, spaced evenly; a throttle
 * answer halves the rate and holds every call back for a backoff that doubles with each throttle in a row (1 s, 2 s,
 * 4 s, ... at most 20 s); each success then raises the rate a little again, up to where it started (additive
 * increase, multiplicative decrease). So a service whose limits are not published is asked as fast as it answers
 * and no faster, and throttling is met by slowing down, not by retrying into it. Thread-safe; time from the clock,
 * waits through {@link Pause}, so tests run it on a clock of their own.
 */
public final class Pacer {
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
    /** The rate never falls below this many calls a second. */
    static final double FLOOR = 0.2;
    /** How much each success raises the rate again, in calls a second. */
    static final double STEP = 0.1;

    private final Clock clock;
    private final Pause pause;
    private final double ceiling;
    private double rate;
    private Instant nextFree;
    private int throttlesInARow;
    private int throttles;

    /** @param rate the calls a second to start at, and never to exceed */
    public Pacer(double rate, Clock clock, Pause pause) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        this.ceiling = rate;
        this.rate = rate;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.nextFree = Instant.MIN;
    }

    /**
     * Waits for this call's turn and takes it.
     *
     * @return false if cancelled while waiting (the turn is not taken back: the pace stays safe)
     */
    public boolean acquire(Cancellation cancellation) {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant slot = nextFree.isAfter(now) ? nextFree : now;
            nextFree = slot.plus(spacing());
            wait = Duration.between(now, slot);
        }
        if (wait.isZero() || wait.isNegative()) {
            return !cancellation.isCancelled();
        }
        return !pause.pause(wait, cancellation);
    }

    /** A call was throttled: slow down, and hold every call back for the backoff, which is returned. */
    public synchronized Duration throttled() {
        throttles++;
        throttlesInARow++;
        rate = Math.max(FLOOR, rate / 2);
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(throttlesInARow - 1, 5));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        Instant until = clock.instant().plus(backoff);
        if (until.isAfter(nextFree)) {
            nextFree = until;
        }
        return backoff;
    }

    /** A call was answered (not throttled): speed up a little, back towards the starting rate. */
    public synchronized void answered() {
        throttlesInARow = 0;
        rate = Math.min(ceiling, rate + STEP);
    }

    public synchronized double rate() {
        return rate;
    }

    /** How many throttle answers this pacer has met. */
    public synchronized int throttles() {
        return throttles;
    }

    private Duration spacing() {
        return Duration.ofNanos((long) (1_000_000_000L / rate));
    }
}
