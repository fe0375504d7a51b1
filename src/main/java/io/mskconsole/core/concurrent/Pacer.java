package io.mskconsole.core.concurrent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Paces calls to one service in one region: calls go out at most {@code rate} a second, spaced evenly; a throttle
 * answer halves the rate and holds every call back for a backoff that doubles with each throttle in a row (1 s, 2 s,
 * 4 s, ... at most 20 s; throttles within a backoff are one episode, and calls that waited through it take a new
 * turn); each success then raises the rate a little again, up to where it started (additive
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
    /** Until when the last throttle holds calls back: throttles before then are the same episode. */
    private Instant backoffUntil = Instant.MIN;
    private int throttlesInARow;
    private int throttles;
    /** Counts throttle episodes, so a call that waited through one takes a new turn after it. */
    private long episode;

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
        while (true) {
            Duration wait;
            long seen;
            synchronized (this) {
                Instant now = clock.instant();
                Instant slot = nextFree.isAfter(now) ? nextFree : now;
                nextFree = slot.plus(spacing());
                wait = Duration.between(now, slot);
                seen = episode;
            }
            if (wait.isZero() || wait.isNegative()) {
                return !cancellation.isCancelled();
            }
            if (pause.pause(wait, cancellation)) {
                return false;
            }
            synchronized (this) {
                if (seen == episode) {
                    return true;
                }
            }
            // a throttle came while this call waited: its turn was taken under the old pace; take a new one
        }
    }

    /** A call was throttled: slow down, and hold every call back for the backoff, which is returned. */
    public synchronized Duration throttled() {
        throttles++;
        Instant now = clock.instant();
        if (now.isBefore(backoffUntil)) {
            // another call of the same burst: the region is already held back and slowed down for it
            return Duration.between(now, backoffUntil);
        }
        throttlesInARow++;
        episode++;
        rate = Math.max(Math.min(FLOOR, ceiling), rate / 2);
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(throttlesInARow - 1, 5));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
            backoff = MAX_BACKOFF;
        }
        backoffUntil = now.plus(backoff);
        if (backoffUntil.isAfter(nextFree)) {
            nextFree = backoffUntil;
        }
        return backoff;
    }

    /** A call was answered (not throttled): speed up a little, back towards the starting rate. */
    public synchronized void answered() {
        if (!clock.instant().isBefore(backoffUntil)) {
            // an answer to a call sent before the last throttle says nothing about the pace after it
            throttlesInARow = 0;
        }
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
