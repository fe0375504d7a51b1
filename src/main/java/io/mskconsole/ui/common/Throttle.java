package io.mskconsole.ui.common;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Runs an action at most once an interval however often it is asked (a list changing event by event while a load
 * goes on): the asks made together run it once, on the timer's next turn; the asks within an interval of a run wait
 * for the interval's end and run it once then. The clock and the timer are given: the toolkit's in the app, a test's
 * in tests. On the UI thread.
 */
public final class Throttle {
    /** Runs actions later, on the UI thread. */
    @FunctionalInterface
    public interface Timer {
        /** Runs the action once the delay has passed (a zero delay: after what the UI thread is doing now). */
        void after(Duration delay, Runnable action);
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Timer timer;
    private final Runnable action;
    private boolean asked;
    private boolean scheduled;
    private boolean ran;
    private long lastRun;

    public Throttle(Duration interval, LongSupplier nanoTime, Timer timer, Runnable action) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.timer = timer;
        this.action = action;
    }

    /** The toolkit's timer: the next turn of the event loop, or a pause transition. */
    public static Timer fxTimer() {
        return (delay, action) -> {
            if (delay.isZero() || delay.isNegative()) {
                javafx.application.Platform.runLater(action);
            } else {
                javafx.animation.PauseTransition pause =
                        new javafx.animation.PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
                pause.setOnFinished(e -> action.run());
                pause.play();
            }
        };
    }

    /** Asks for a run: soon, or at the end of the interval after the last one. */
    public void request() {
        asked = true;
        if (scheduled) {
            return;
        }
        scheduled = true;
        long wait = ran ? intervalNanos - (nanoTime.getAsLong() - lastRun) : 0;
        timer.after(Duration.ofNanos(Math.max(0, wait)), this::fire);
    }

    /** Runs it now (a person's gesture: no wait), which answers the asks so far. */
    public void now() {
        asked = false;
        ran = true;
        lastRun = nanoTime.getAsLong();
        action.run();
    }

    private void fire() {
        scheduled = false;
        if (asked) {
            now();
        }
    }
}
