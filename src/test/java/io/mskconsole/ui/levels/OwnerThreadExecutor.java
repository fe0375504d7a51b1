package io.mskconsole.ui.levels;

import io.mskconsole.ui.common.BackgroundWork;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs work at once, like {@link ImmediateTaskExecutor}; the test's thread plays the UI thread: an action asked for
 * from another thread (a revert whose time came) waits until the test runs it with {@link #runNext}.
 */
final class OwnerThreadExecutor implements TaskExecutor {
    private final Thread owner = Thread.currentThread();
    private final TaskExecutor immediate = new ImmediateTaskExecutor();
    private final BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();

    @Override
    public <T> TaskHandle execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        return immediate.execute(work, onSuccess, onFailure);
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Thread.currentThread() == owner) {
            action.run();
        } else {
            queued.add(action);
        }
    }

    /** Waits for the next action asked for from another thread and runs it here; false if none came in time. */
    boolean runNext(long seconds) throws InterruptedException {
        Runnable action = queued.poll(seconds, TimeUnit.SECONDS);
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }
}
