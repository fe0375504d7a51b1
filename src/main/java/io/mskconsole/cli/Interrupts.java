package io.mskconsole.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where Ctrl-C reaches a command. {@link #install} arms a handler for the duration of some work; closing the
 * returned registration disarms it.
 */
@FunctionalInterface
public interface Interrupts {
    /** No Ctrl-C handling (tests that do not need it). */
    Interrupts NONE = onInterrupt -> () -> {
    };

    /** Runs {@code onInterrupt} when the person presses Ctrl-C while the registration is open. */
    Registration install(Runnable onInterrupt);

    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Ctrl-C through a JVM shutdown hook: the hook runs {@code onInterrupt}, then holds the JVM up to
     * {@code grace} so the command can say what it stopped and where the work goes on, before the JVM exits.
     */
    static Interrupts shutdownHook(Duration grace) {
        return onInterrupt -> {
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                onInterrupt.run();
                try {
                    finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "msk-console-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            return () -> {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or has run: counting down above lets it finish
                }
            };
        };
    }
}
