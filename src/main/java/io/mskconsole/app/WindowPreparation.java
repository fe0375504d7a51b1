package io.mskconsole.app;

import io.mskconsole.app.logs.AppLogging;
import io.mskconsole.app.settings.AppDirectories;
import io.mskconsole.app.settings.FileUiPreferences;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the first window needs from disk, prepared on a thread of its own while JavaFX starts its toolkit (a few
 * hundred milliseconds, mostly native, on the launcher thread): the log file, the wiring of the accounts, the
 * remembered theme and window place. {@link MskConsoleApp#init()} waits for it. Nothing here may touch a JavaFX
 * class: the toolkit initialises its classes on the launcher thread meanwhile, and initialising one of them here too
 * (an {@code Image}, say) can deadlock the two threads on each other's class initialisation.
 */
final class WindowPreparation {
    private static final System.Logger LOG = System.getLogger(WindowPreparation.class.getName());
    private static CompletableFuture<Prepared> started;

    /** What was prepared. */
    record Prepared(AppContext context, FileUiPreferences preferences) {
    }

    private WindowPreparation() {
    }

    /** Starts preparing, before the toolkit starts. */
    static synchronized void begin() {
        if (started == null) {
            started = CompletableFuture.supplyAsync(WindowPreparation::prepare, work -> {
                Thread thread = new Thread(work, "msk-console-startup");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /** Waits for what {@link #begin()} prepares (begins it first if nobody did); a failure is rethrown as it was. */
    static Prepared await() {
        CompletableFuture<Prepared> preparing;
        synchronized (WindowPreparation.class) {
            begin();
            preparing = started;
        }
        try {
            return preparing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Prepared prepare() {
        AppLogging.forWindows(AppDirectories.logs());
        LOG.log(System.Logger.Level.INFO, "MSK Console {0} starting on Java {1} ({2}), {3} {4}",
                AboutFacts.appVersion(), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        AppContext context = AppContext.production();
        FileUiPreferences preferences = FileUiPreferences.load(AppDirectories.settings());
        return new Prepared(context, preferences);
    }
}
