package io.mskconsole.cli;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.trail.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time for the trail's pacing that moves only when slept on, at once: a sleep moves the clock on by its length, so
 * paced lookups run without waiting and their spacing can be read off the clock.
 */
final class FakeTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong();
    /** Run once, the first time something sleeps: what happens while a command waits. */
    Runnable onSleep;

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public boolean sleep(Duration duration, Cancellation cancellation) {
        if (!duration.isNegative()) {
            nanos.addAndGet(duration.toNanos());
        }
        Runnable happening = onSleep;
        onSleep = null;
        if (happening != null) {
            happening.run();
        }
        return cancellation.isCancelled();
    }
}
