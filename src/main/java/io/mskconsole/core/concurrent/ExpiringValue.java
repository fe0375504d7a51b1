package io.mskconsole.core.concurrent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value that expires (temporary credentials), fetched once however many threads ask at once, and fetched again
 * before it expires: from {@code prefetch} before, by one caller while the others keep the value in hand; from
 * {@code stale} before, by the first caller while the others wait for it. A fetch that fails in the prefetch window
 * leaves the value in hand (the next caller tries again); one that fails after fails the callers. Time is the given
 * clock's, so tests move it.
 *
 * @param <T> the value
 */
public final class ExpiringValue<T> {
    /** A fetched value and when it expires. */
    public record Fetched<T>(T value, Instant expires) {
        public Fetched {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expires, "expires");
        }
    }

    private final Supplier<Fetched<T>> fetch;
    private final Clock clock;
    private final Duration prefetch;
    private final Duration stale;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Fetched<T> held;

    public ExpiringValue(Supplier<Fetched<T>> fetch, Clock clock, Duration prefetch, Duration stale) {
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.prefetch = Objects.requireNonNull(prefetch, "prefetch");
        this.stale = Objects.requireNonNull(stale, "stale");
        if (prefetch.compareTo(stale) < 0) {
            throw new IllegalArgumentException("prefetch must come before stale: " + prefetch + " < " + stale);
        }
    }

    public T get() {
        Fetched<T> now = held;
        Instant at = clock.instant();
        if (now != null && at.isBefore(now.expires().minus(prefetch))) {
            return now.value();
        }
        if (now != null && at.isBefore(now.expires().minus(stale))) {
            if (lock.tryLock()) {
                try {
                    if (held == now) {
                        held = fetch.get();
                    }
                } catch (RuntimeException failed) {
                    // the value in hand still works: the next caller tries again
                } finally {
                    lock.unlock();
                }
            }
            return held.value();
        }
        lock.lock();
        try {
            Fetched<T> current = held;
            if (current == null || !clock.instant().isBefore(current.expires().minus(stale))) {
                current = fetch.get();
                held = current;
            }
            return current.value();
        } finally {
            lock.unlock();
        }
    }
}
