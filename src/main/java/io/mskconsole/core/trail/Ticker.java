package io.mskconsole.core.trail;

import io.mskconsole.core.concurrent.Cancellation;
import java.time.Duration;

/** Time for pacing: the system's, or a fake one in tests that moves only when slept on. */
public interface Ticker {
    long nanoTime();

    /** Sleeps, returning true if cancelled meanwhile. */
    boolean sleep(Duration duration, Cancellation cancellation);

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public boolean sleep(Duration duration, Cancellation cancellation) {
            return duration.isNegative() || duration.isZero() ? cancellation.isCancelled() : cancellation.sleep(duration);
        }
    };
}
