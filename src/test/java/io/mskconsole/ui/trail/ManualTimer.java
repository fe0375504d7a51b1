package io.mskconsole.ui.trail;

import io.mskconsole.ui.common.Throttle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A timer and its clock that move only when a test says: the actions wait until {@link #advance}. */
final class ManualTimer implements Throttle.Timer {
    private record Pending(long at, Runnable action) {
    }

    private final List<Pending> pending = new ArrayList<>();
    long nanos;

    @Override
    public void after(Duration delay, Runnable action) {
        pending.add(new Pending(nanos + delay.toNanos(), action));
    }

    /** Moves the clock on, running what falls due. */
    void advance(Duration by) {
        nanos += by.toNanos();
        List<Pending> due = pending.stream().filter(p -> p.at() <= nanos).toList();
        pending.removeAll(due);
        due.forEach(p -> p.action().run());
    }

    /** Runs what is due now (a zero delay: the UI thread's next turn). */
    void runDue() {
        advance(Duration.ZERO);
    }

    int waiting() {
        return pending.size();
    }
}
