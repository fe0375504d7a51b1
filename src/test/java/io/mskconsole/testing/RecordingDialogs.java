package io.mskconsole.testing;

import io.mskconsole.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs that answer as told and remember what they were asked. */
public final class RecordingDialogs implements DialogService {
    public final List<String> confirmations = new ArrayList<>();
    public boolean answer = true;
    public Path fileToOpen;
    public Path fileToSave;
    public String clipboard;
    public List<Path> filesToOpen = List.of();
    public Path folder;
    public final List<String> errors = new ArrayList<>();
    /** What {@link #choose} picks when the answer is yes; the first choice when null. */
    public String choice;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(title + ": " + message);
        return answer;
    }

    @Override
    public boolean confirmWithDetails(String title, String message, String details, String confirmLabel) {
        confirmations.add(title + ": " + message + "\n" + details);
        return answer;
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices, String confirmLabel) {
        confirmations.add(title + ": " + message + " " + choices);
        return answer ? Optional.of(choice != null ? choice : choices.get(0)) : Optional.empty();
    }

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + ": " + message + "\n" + details);
    }

    @Override
    public Optional<Path> chooseJsonFileToOpen(String title) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseJsonFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String description, List<String> patterns) {
        return filesToOpen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern) {
        return Optional.ofNullable(fileToSave);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard = text;
    }
}
