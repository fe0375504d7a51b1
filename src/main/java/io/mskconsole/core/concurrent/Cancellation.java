package io.mskconsole.core.concurrent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A flag that long work checks, and a sleep that a cancel cuts short. Thread-safe. */
public final class Cancellation {
    private final CountDownLatch cancelled = new CountDownLatch(1);

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.countDown();
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    /** Waits for the given time or until cancelled; returns true if cancelled. */
    public boolean sleep(Duration duration) {
        try {
            return cancelled.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            return true;
        }
    }
}
