package io.mskconsole.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on a pool of daemon threads and hands results back on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool = Executors.newCachedThreadPool(new WorkerThreads());

    @Override
    public <T> TaskHandle execute(BackgroundWork<T> work, Consumer<? super T> onSuccess,
                                  Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        try {
            pool.execute(() -> {
                try {
                    T result = work.run(handle.cancellation());
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the app is closing (a table still laying out its last rows asks for work): nothing runs, nothing is told
            handle.cancel();
        }
        return handle;
    }

    @Override
    public Executor lookups() {
        return pool;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Lets work already running finish for a moment (a settings file being written as the last window closed),
     * then interrupts what is left.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "msk-console-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
