package io.mskconsole.ui.common;

import io.mskconsole.core.concurrent.Cancellation;

/** A submitted background task: cancelling asks the work to stop (it sees it through its Cancellation). */
public final class TaskHandle {
    private final Cancellation cancellation = new Cancellation();

    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    public Cancellation cancellation() {
        return cancellation;
    }
}
