package io.mskconsole.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs over a window, with JavaFX's own alerts, file choosers and clipboard. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return ask(title, message, null, confirmLabel);
    }

    @Override
    public boolean confirmWithDetails(String title, String message, String details, String confirmLabel) {
        return ask(title, message, details, confirmLabel);
    }

    private boolean ask(String title, String message, String details, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.getDialogPane().setId("confirmDialog");
        prepare(alert, title, details, true);
        // what is asked is risky (apply anyway, create, discard, quit): Enter, pressed out of habit, cancels
        Button confirm = (Button) alert.getDialogPane().lookupButton(yes);
        confirm.setId("confirmButton");
        confirm.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices, String confirmLabel) {
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(choices.get(0),
                choices);
        dialog.getDialogPane().setId("chooseDialog");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // a long name wraps in the text instead of stretching the dialog across the screen
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().lookupAll(".content.label").forEach(node -> ((javafx.scene.control.Label) node)
                .setWrapText(true));
        Styles.apply(dialog.getDialogPane());
        Button confirm = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        confirm.setText(confirmLabel);
        confirm.setId("confirmButton");
        confirm.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return dialog.showAndWait();
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.getDialogPane().setId("errorDialog");
        prepare(alert, title, details, false);
        alert.showAndWait();
    }

    private void prepare(Alert alert, String title, String details, boolean expanded) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        // the whole message shows: an alert's content is cut to its first lines otherwise
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        Styles.apply(alert.getDialogPane());
        if (details != null && !details.isBlank()) {
            javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(details);
            text.setId("dialogDetails");
            text.setEditable(false);
            text.setWrapText(false);
            text.getStyleClass().add("mono");
            text.setPrefRowCount(Math.min(24, (int) details.lines().count() + 1));
            text.setPrefColumnCount(80);
            alert.getDialogPane().setExpandableContent(text);
            alert.getDialogPane().setExpanded(expanded);
            alert.setResizable(true);
        }
    }

    @Override
    public Optional<Path> chooseJsonFileToOpen(String title) {
        File file = chooser(title, null).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseJsonFileToSave(String title, String suggestedName) {
        File file = chooser(title, suggestedName).showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON files", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String description, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
