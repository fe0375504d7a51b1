package io.mskconsole.ui.common;

import io.mskconsole.core.concurrent.Cancellation;

/** Work that runs off the UI thread: network, disk. It may check the cancellation and stop early. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Cancellation cancellation) throws Exception;
}
