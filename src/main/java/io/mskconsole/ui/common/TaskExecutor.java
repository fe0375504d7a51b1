package io.mskconsole.ui.common;

import java.util.function.Consumer;

/**
 * The one way view models run background work. The work runs off the UI thread; its callbacks run on the UI
 * thread. Tests pass an executor that runs at once, so view models are deterministic without a toolkit.
 */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs an action on the UI thread: for progress reported by work while it runs. */
    void onUiThread(Runnable action);
}
