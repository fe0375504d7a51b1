package io.mskconsole.core.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools of daemon threads, so background lookups never keep the program alive. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** A pool that grows for concurrent lookups and lets idle threads go, its threads named {@code name-N}. */
    public static ExecutorService cachedPool(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newCachedThreadPool(factory);
    }
}
