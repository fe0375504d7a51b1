package io.mskconsole.ui.shell;

import io.mskconsole.ui.common.WindowBounds;
import io.mskconsole.ui.common.WindowSizes;
import java.util.Optional;
import javafx.stage.Stage;

/** Puts the main window back where it was, if that place is still on a screen; reads where it is now. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    static void restore(Stage stage, Optional<WindowBounds> remembered) {
        remembered.filter(WindowSizes::visible).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(WindowSizes.width(bounds.width()));
            stage.setHeight(WindowSizes.height(bounds.height()));
            stage.setMaximized(bounds.maximized());
        });
    }

    /** Null when the window has no size yet (never shown). */
    static WindowBounds capture(Stage stage) {
        if (!(stage.getWidth() > 0) || !(stage.getHeight() > 0) || Double.isNaN(stage.getX())) {
            return null;
        }
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
