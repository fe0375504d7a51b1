package io.mskconsole.core.concurrent;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A flag that long work checks, and a sleep that a cancel cuts short. Thread-safe. */
public final class Cancellation {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    /** Cancelled with this one (see {@link #anyOf}). */
    private final java.util.List<Cancellation> followers = new java.util.concurrent.CopyOnWriteArrayList<>();

    public static Cancellation none() {
        return new Cancellation();
    }

    /** A cancellation cancelled as soon as any of these is (at once, if one already is). */
    public static Cancellation anyOf(Cancellation... sources) {
        Cancellation any = new Cancellation();
        for (Cancellation source : sources) {
            source.followers.add(any);
            if (source.isCancelled()) {
                any.cancel();
            }
        }
        return any;
    }

    public void cancel() {
        cancelled.countDown();
        followers.forEach(Cancellation::cancel);
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
