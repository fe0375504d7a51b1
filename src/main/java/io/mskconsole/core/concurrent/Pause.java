package io.mskconsole.core.concurrent;

import java.time.Duration;

/** Waiting between asks: the wall clock in the app, a test's clock in tests. */
@FunctionalInterface
public interface Pause {
    /** The real wait, cut short by a cancel. */
    Pause REAL = (duration, cancellation) -> cancellation.sleep(duration);

    /** Waits {@code duration}; returns true if cancelled meanwhile. */
    boolean pause(Duration duration, Cancellation cancellation);
}
