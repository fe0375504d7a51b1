package io.mskconsole.ui.common;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

/**
 * A message under a field that keeps its line when it has nothing to say, so its appearing and vanishing as the
 * person types never moves the fields and buttons below, which they may be about to click. A longer message still
 * takes the lines it needs.
 */
public final class ReservedLine {
    private ReservedLine() {
    }

    /** Keeps one line of the label's font for it, shown or not. */
    public static Label reserve(Label label) {
        label.managedProperty().unbind();
        label.setManaged(true);
        label.minHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            Text line = new Text("Ag");
            line.setFont(label.getFont());
            return line.getLayoutBounds().getHeight();
        }, label.fontProperty()));
        return label;
    }
}
