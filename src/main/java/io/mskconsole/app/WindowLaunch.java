package io.mskconsole.app;

import io.mskconsole.app.settings.AppDirectories;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;

/**
 * Opens the window: prepares the log file and settings while JavaFX starts, launches JavaFX and returns the
 * process's exit code once the last window closes (0, or what the smoke test decided, or 1 when the window could not
 * start).
 */
final class WindowLaunch {
    private static final System.Logger LOG = System.getLogger(WindowLaunch.class.getName());
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private WindowLaunch() {
    }

    static int run(String[] args) {
        WindowPreparation.begin();
        try {
            Application.launch(MskConsoleApp.class, args);
        } catch (RuntimeException e) {
            awaitLogging();
            LOG.log(System.Logger.Level.ERROR, "The window could not start", e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("MSK Console could not open its window: " + cause
                    + " (details in the log, " + AppDirectories.logs() + ")");
            return 1;
        }
        return EXIT_CODE.get();
    }

    /** The log is set up by the preparation: wait for it, if it can still be had, before logging. */
    private static void awaitLogging() {
        try {
            WindowPreparation.await();
        } catch (RuntimeException | Error ignored) {
            // the window's own failure is what gets reported
        }
    }

    /** What the process exits with once the window closes (the smoke test sets it). */
    static void exitCode(int code) {
        EXIT_CODE.set(code);
    }
}
