package io.mskconsole.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * The app's stylesheets: the base sheet on every scene and dialog, and the dark sheet over it while the dark
 * theme is on. A switch reaches every open window at once, and a window shown later gets the current theme.
 */
public final class Styles {
    private static final String SHEET = sheet("/io/mskconsole/ui/msk-console.css");
    private static final String DARK_SHEET = sheet("/io/mskconsole/ui/msk-console-dark.css");
    private static final SimpleBooleanProperty DARK = new SimpleBooleanProperty(false);
    private static boolean watchingWindows;

    private Styles() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(SHEET);
        update(scene.getStylesheets());
        watchWindows();
    }

    /** For alerts and dialogs, whose scene JavaFX makes. */
    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(SHEET);
        update(pane.getStylesheets());
        watchWindows();
    }

    /** Whether the dark theme is on. */
    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK;
    }

    /** Turns the dark theme on or off in every window. On the JavaFX application thread. */
    public static void setDark(boolean dark) {
        if (DARK.get() != dark) {
            DARK.set(dark);
            List.copyOf(Window.getWindows()).forEach(Styles::update);
        }
    }

    private static void watchWindows() {
        if (!watchingWindows) {
            watchingWindows = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Styles::update);
                }
            });
        }
    }

    private static void update(Window window) {
        Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        if (scene.getStylesheets().contains(SHEET)) {
            update(scene.getStylesheets());
        }
        Parent root = scene.getRoot();
        if (root instanceof DialogPane pane && pane.getStylesheets().contains(SHEET)) {
            update(pane.getStylesheets());
        }
    }

    private static void update(ObservableList<String> sheets) {
        boolean dark = DARK.get();
        if (dark && !sheets.contains(DARK_SHEET)) {
            sheets.add(DARK_SHEET);
        } else if (!dark) {
            sheets.remove(DARK_SHEET);
        }
    }

    private static String sheet(String path) {
        return Objects.requireNonNull(Styles.class.getResource(path), path).toExternalForm();
    }
}
