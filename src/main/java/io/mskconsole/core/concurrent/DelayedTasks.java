package io.mskconsole.core.concurrent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks at given instants while the process runs, on one daemon thread, so a pending task never keeps the
 * program alive. The instants are read on the given clock; a task whose instant has passed runs at once. Closing
 * drops the tasks not yet run.
 */
public final class DelayedTasks implements AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService executor;

    public DelayedTasks(Clock clock, String threadName) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A pending task: {@link #cancel()} stops it if it has not started. */
    public interface Handle {
        void cancel();

        boolean isDone();
    }

    /** Runs the task at the instant, or at once when it has passed. */
    public Handle at(Instant when, Runnable task) {
        Duration delay = Duration.between(clock.instant(), when);
        ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return new Handle() {
            @Override
            public void cancel() {
                future.cancel(false);
            }

            @Override
            public boolean isDone() {
                return future.isDone();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
