package io.mskconsole.app;

import io.mskconsole.ui.common.DialogService;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What happens to an error nothing else caught: it goes to the log with its stack, and the person sees a dialog
 * with a short message and, behind "Details", the chain of causes and where the log is. One dialog at a time;
 * errors while one is open are only logged.
 */
final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());
    private final Supplier<DialogService> dialogs;
    private final Path logFolder;
    private boolean showing;

    ErrorReporter(Supplier<DialogService> dialogs, Path logFolder) {
        this.dialogs = dialogs;
        this.logFolder = logFolder;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, "Unexpected error on " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialogs.get().showError("Something went wrong", message(error), details(error, logFolder));
        } finally {
            showing = false;
        }
    }

    static String message(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage();
        String said = text == null || text.isBlank() ? "" : ": " + text.strip();
        return "MSK Console hit an unexpected problem" + said + (said.endsWith(".") ? "" : ".")
                + " What you were doing was not finished; your open windows and unsaved edits are kept.";
    }

    static String details(Throwable error, Path logFolder) {
        StringBuilder details = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            details.append(details.isEmpty() ? "" : "caused by ").append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                details.append(": ").append(cause.getMessage());
            }
            details.append(System.lineSeparator());
        }
        details.append(System.lineSeparator()).append("The full report is in the log, in ").append(logFolder)
                .append(" (Help → Open log folder).");
        return details.toString();
    }
}
