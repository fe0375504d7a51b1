package io.mskconsole.app;

import io.mskconsole.app.logs.AppLogging;
import io.mskconsole.app.settings.AppDirectories;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;

/**
 * Opens the window: sets up the log file, launches JavaFX and returns the process's exit code once the last
 * window closes (0, or what the smoke test decided, or 1 when the window could not start).
 */
final class WindowLaunch {
    private static final System.Logger LOG = System.getLogger(WindowLaunch.class.getName());
    private static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private WindowLaunch() {
    }

    static int run(String[] args) {
        AppLogging.forWindows(AppDirectories.logs());
        LOG.log(System.Logger.Level.INFO, "MSK Console {0} starting on Java {1} ({2}), {3} {4}",
                AboutFacts.appVersion(), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        try {
            Application.launch(MskConsoleApp.class, args);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The window could not start", e);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("MSK Console could not open its window: " + cause
                    + " (details in the log, " + AppDirectories.logs() + ")");
            return 1;
        }
        return EXIT_CODE.get();
    }

    /** What the process exits with once the window closes (the smoke test sets it). */
    static void exitCode(int code) {
        EXIT_CODE.set(code);
    }
}
