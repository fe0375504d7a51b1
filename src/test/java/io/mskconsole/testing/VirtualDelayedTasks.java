package io.mskconsole.testing;

import io.mskconsole.core.concurrent.DelayedTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link DelayedTasks} on a virtual clock that only the test moves: {@link #advance} runs every task that has come
 * due, in the order of their instants (then of scheduling), on the test's own thread. Nothing runs by itself, so a
 * test of time-driven code never races the wall clock.
 */
public final class VirtualDelayedTasks implements DelayedTasks {
    private final List<Task> tasks = new ArrayList<>();
    private Instant now;
    private long scheduled;
    private boolean closed;

    private final class Task implements Handle {
        final Instant when;
        final long order;
        final Runnable work;
        boolean done;

        Task(Instant when, long order, Runnable work) {
            this.when = when;
            this.order = order;
            this.work = work;
        }

        @Override
        public void cancel() {
            synchronized (VirtualDelayedTasks.this) {
                tasks.remove(this);
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }

    public VirtualDelayedTasks(Instant start) {
        this.now = start;
    }

    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized Handle at(Instant when, Runnable work) {
        Task task = new Task(when, scheduled++, work);
        if (!closed) {
            tasks.add(task);
        }
        return task;
    }

    /** Runs what is due now (a task whose instant has passed runs at the next advance, as soon as possible). */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves the virtual clock on and runs every task due by then, earliest first. */
    public void advance(Duration by) {
        Instant until;
        synchronized (this) {
            now = now.plus(by);
            until = now;
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.when.isAfter(until))
                        .min(Comparator.comparing((Task t) -> t.when).thenComparingLong(t -> t.order)).orElse(null);
                if (next == null) {
                    return;
                }
                tasks.remove(next);
            }
            next.work.run();
            next.done = true;
        }
    }

    /** How many tasks wait. */
    public synchronized int waiting() {
        return tasks.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        tasks.clear();
    }
}
