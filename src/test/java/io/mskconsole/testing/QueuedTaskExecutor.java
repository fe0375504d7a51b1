package io.mskconsole.testing;

import io.mskconsole.ui.common.BackgroundWork;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds background work until the test runs it, in whatever order the test chooses: for races. */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        queued.add(() -> {
            T result;
            try {
                result = work.run(handle.cancellation());
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int pending() {
        return queued.size();
    }

    /** Runs the task queued at that position (0 = oldest) and removes it. */
    public void run(int index) {
        queued.remove(index).run();
    }

    /** Runs everything, including what the tasks queue while running, oldest first. */
    public void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }
}
