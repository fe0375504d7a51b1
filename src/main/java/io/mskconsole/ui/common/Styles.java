package io.mskconsole.ui.common;

import java.util.Objects;
import javafx.scene.Scene;

/** The app's stylesheet, added to every scene. */
public final class Styles {
    private static final String SHEET =
            Objects.requireNonNull(Styles.class.getResource("/io/mskconsole/ui/msk-console.css")).toExternalForm();

    private Styles() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(SHEET);
    }
}
