package io.mskconsole.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The one way view models run background work. The work runs off the UI thread; its callbacks run on the UI
 * thread. Tests pass an executor that runs at once, so view models are deterministic without a toolkit.
 */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /**
     * Where background work fans out lookups that may run at the same time (the destination checks): the
     * executor's own threads, or, by default, the calling thread, so tests stay deterministic. It must not be a
     * bounded pool: a check run waits on its lookups from a thread of the same pool.
     */
    default Executor lookups() {
        return Runnable::run;
    }

    /** Runs an action on the UI thread: for progress reported by work while it runs. */
    void onUiThread(Runnable action);
}
