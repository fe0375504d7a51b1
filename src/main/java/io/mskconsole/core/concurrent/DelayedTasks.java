package io.mskconsole.core.concurrent;

import java.time.Instant;

/**
 * Runs tasks at given instants while the process runs. A task whose instant has passed runs at once; closing drops
 * the tasks not yet run. {@link DaemonDelayedTasks} runs them on a thread by a clock; tests drive a virtual one.
 */
public interface DelayedTasks extends AutoCloseable {
    /** A pending task: {@link #cancel()} stops it if it has not started. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /** Runs the task at the instant, or at once when it has passed. */
    Handle at(Instant when, Runnable task);

    @Override
    void close();
}
