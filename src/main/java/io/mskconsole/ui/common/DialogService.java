package io.mskconsole.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs, file choosers and the clipboard, behind an interface so view models are tested without windows. */
public interface DialogService {
    /** Asks a yes/no question; true when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** As {@link #confirm}, with long text (a diff, a list) shown below the message in a fixed-width font. */
    boolean confirmWithDetails(String title, String message, String details, String confirmLabel);

    /**
     * An error a person should see now: a short message, and the details (what was sent, the service's words, where
     * the log is) behind a "Details" expander, collapsed. Never a stack trace in the message.
     */
    void showError(String title, String message, String details);

    Optional<Path> chooseJsonFileToOpen(String title);

    Optional<Path> chooseJsonFileToSave(String title, String suggestedName);

    void copyToClipboard(String text);

    /** Several files to open, of the given patterns (e.g. "*.json", "*.json.gz"); empty when cancelled. */
    List<Path> chooseFilesToOpen(String title, String description, List<String> patterns);

    Optional<Path> chooseFolder(String title);

    /**
     * Asks to pick one of {@code choices} (the first is picked to begin with) for something that changes AWS; empty
     * when cancelled. As with {@link #confirm}, Enter cancels: the confirm button has to be pressed.
     */
    Optional<String> choose(String title, String message, List<String> choices, String confirmLabel);

    /** A file to write, suggested name given, of one pattern (e.g. "*.csv"). */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern);
}
