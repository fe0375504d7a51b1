package io.mskconsole.ui.common;

import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread, so view-model tests are deterministic without a toolkit. */
public final class ImmediateTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        T result;
        try {
            result = work.run(handle.cancellation());
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
