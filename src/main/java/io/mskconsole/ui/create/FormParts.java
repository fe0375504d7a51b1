package io.mskconsole.ui.create;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * How the Create cluster form is put together: titled sections, fields with a caption, a hint and their problem
 * under them (ControlsFX marks the control; the view model decided what is wrong), and lists of checkboxes.
 */
final class FormParts {
    private FormParts() {
    }

    /** A titled box of fields, one of the form's sections (General, Brokers, ...). */
    static VBox section(String id, String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setStyle("-fx-padding: 0");
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(content);
        box.setId(id);
        box.getStyleClass().add("destination-box");
        return box;
    }

    /**
     * A field: its caption, the control, an optional hint, and its problem ("" hides it) in a label with id
     * {@code ID + "Error"}.
     */
    static VBox field(String label, Control input, Node row, String hint, ObservableStringValue problem,
                      ValidationSupport validation) {
        Label caption = new Label(label);
        caption.setLabelFor(input);
        VBox box = new VBox(4, caption, row);
        if (hint != null) {
            box.getChildren().add(muted(hint));
        }
        if (problem instanceof DraftChecks.Shown shown) {
            // "Required" and the like show once the person leaves the field, not while the form is new
            input.focusedProperty().addListener((obs, was, focused) -> {
                // moving on within the window, not the window losing focus to another
                if (was && !focused && input.getScene() != null && input.getScene().getWindow() != null
                        && input.getScene().getWindow().isFocused()) {
                    shown.touch();
                }
            });
        }
        if (problem != null) {
            box.getChildren().add(error(input.getId() + "Error", problem));
            if (input instanceof TextInputControl || input instanceof ComboBox) {
                validation.registerValidator(input, false, (Control control, Object value) ->
                        ValidationResult.fromErrorIf(control, problem.get(), !problem.get().isEmpty()));
                problem.addListener((obs, old, now) -> validation.revalidate(input));
            }
        }
        return box;
    }

    static VBox field(String label, Control input, String hint, ObservableStringValue problem,
                      ValidationSupport validation) {
        return field(label, input, input, hint, problem, validation);
    }

    /** A problem under a field; hidden while there is none. */
    static Label error(String id, ObservableStringValue problem) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(problem);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return io.mskconsole.ui.common.ReservedLine.reserve(error);
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Checkboxes for the items shown, each with the item's id as its node id, checked while {@code chosen} has it;
     * checking one calls {@code choose}.
     */
    static <T> VBox checklist(String id, ObservableList<T> items, Function<T, String> itemId,
                              Function<T, String> text, ObservableList<String> chosen, Chooser choose,
                              String placeholder) {
        VBox list = new VBox(4);
        list.setId(id);
        Runnable render = () -> {
            List<Node> boxes = items.stream().<Node>map(item -> {
                CheckBox box = new CheckBox(text.apply(item));
                String key = itemId.apply(item);
                box.setId(key);
                box.setUserData(key);
                box.setSelected(chosen.contains(key));
                box.setOnAction(e -> choose.choose(key, box.isSelected()));
                box.setMnemonicParsing(false);
                return box;
            }).toList();
            list.getChildren().setAll(boxes.isEmpty() ? List.of(muted(placeholder)) : boxes);
        };
        items.addListener((ListChangeListener<T>) change -> render.run());
        chosen.addListener((ListChangeListener<String>) change -> list.getChildren().forEach(node -> {
            if (node instanceof CheckBox box) {
                box.setSelected(chosen.contains((String) box.getUserData()));
            }
        }));
        render.run();
        return list;
    }

    interface Chooser {
        void choose(String id, boolean chosen);
    }

    /** A list cell that shows an item as the given text. */
    static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
