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
 * {@link DelayedTasks} on one daemon thread, so a pending task never keeps the program alive. The instants are read on
 * the given clock; a task whose instant has passed runs at once.
 */
public final class DaemonDelayedTasks implements DelayedTasks {
    private final Clock clock;
    private final ScheduledExecutorService executor;

    public DaemonDelayedTasks(Clock clock, String threadName) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
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
