package io.mskconsole.ui.levels;

import io.mskconsole.ui.common.BackgroundWork;
import io.mskconsole.ui.common.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One window's background work against its connection, one piece at a time in the order asked, so a read asked
 * after a change sees it and no older result replaces a newer one; busy while any piece is under way or waiting.
 * Once closed, the window hears no more failures, and a last action (closing the connection) runs after the last
 * piece. Used on the UI thread.
 */
final class SerialWork {
    private final TaskExecutor executor;
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int inFlight;
    private boolean closed;
    private Runnable last;

    SerialWork(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Runs the task after those asked before it. {@code done} hears the result and whether the window is still
     * open; {@code failed} hears a failure only while it is.
     */
    <T> void run(BackgroundWork<T> task, BiConsumer<T, Boolean> done, Consumer<Throwable> failed) {
        Runnable start = () -> executor.execute(task, result -> {
            done.accept(result, !closed);
            settle();
        }, failure -> {
            if (!closed) {
                failed.accept(failure);
            }
            settle();
        });
        inFlight++;
        busy.set(true);
        if (inFlight == 1) {
            start.run();
        } else {
            waiting.add(start);
        }
    }

    /** The window closed: {@code lastAction} runs in the background once the work under way has ended. */
    void close(Runnable lastAction) {
        if (closed) {
            return;
        }
        closed = true;
        last = lastAction;
        if (inFlight == 0) {
            runLast();
        }
    }

    boolean isClosed() {
        return closed;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    private void settle() {
        inFlight--;
        Runnable next = waiting.poll();
        if (next != null) {
            next.run();
            return;
        }
        busy.set(false);
        if (closed) {
            runLast();
        }
    }

    private void runLast() {
        Runnable action = last;
        last = null;
        if (action == null) {
            return;
        }
        try {
            executor.execute(c -> {
                action.run();
                return null;
            }, ignored -> { }, failure -> { });
        } catch (RejectedExecutionException appClosing) {
            // the app is ending and its executor has stopped: run it on a thread of its own, nobody waits for it
            Thread thread = new Thread(action, "msk-console-close-brokers");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
