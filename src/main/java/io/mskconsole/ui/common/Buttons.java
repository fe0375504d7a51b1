package io.mskconsole.ui.common;

import javafx.scene.control.Button;

/** Buttons built the same way in every window: a stable id for tests, a label, an action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
