package io.mskconsole.testing;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.trail.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Time that moves only when slept on: each sleep is recorded, then {@code onSleep} is told its number (from 1), so a
 * test can cancel or change the world at an exact step; the sleep answers whether it was cancelled.
 */
public final class SteppedTicker implements Ticker {
    private final IntConsumer onSleep;
    private long now;
    public final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    public SteppedTicker(IntConsumer onSleep) {
        this.onSleep = onSleep;
    }

    public SteppedTicker() {
        this(step -> { });
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public boolean sleep(Duration duration, Cancellation cancellation) {
        sleeps.add(duration);
        synchronized (this) {
            now += duration.toNanos();
        }
        onSleep.accept(sleeps.size());
        return cancellation.isCancelled();
    }
}
