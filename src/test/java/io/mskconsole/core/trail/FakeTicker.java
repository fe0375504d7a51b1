package io.mskconsole.core.trail;

import io.mskconsole.core.concurrent.Cancellation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Time that moves only when slept on, recording each sleep. */
final class FakeTicker implements Ticker {
    private long now;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

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
        return cancellation.isCancelled();
    }

    synchronized void advance(Duration duration) {
        now += duration.toNanos();
    }
}
