package io.mskconsole.ui.common;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Ties a picker whose choice is costly (opening an account, listing a region's clusters) to the property it sets, so
 * that looking through the list is not choosing: the arrow keys move the highlight in the open list; a click on an
 * entry or Enter chooses; Escape (or a click elsewhere) leaves the choice as it was. On the closed picker, Down or Up
 * opens the list rather than choosing the next entry. The property set elsewhere shows in the picker.
 */
public final class PickerChoice {
    private PickerChoice() {
    }

    public static <T> void bind(ComboBox<T> picker, Property<T> chosen) {
        picker.setValue(chosen.getValue());
        // a picker whose items change (accounts granted or signed out) may show nothing for the choice it still
        // holds: once its skin has caught up with the change, the choice is shown again
        picker.getItems().addListener((javafx.collections.ListChangeListener<T>) change ->
                javafx.application.Platform.runLater(() -> {
                    T want = chosen.getValue();
                    if (want != null && !picker.isShowing() && picker.getItems().contains(want)) {
                        picker.setValue(null);
                        picker.setValue(want);
                    }
                }));
        chosen.addListener((obs, old, now) -> {
            if (!Objects.equals(picker.getValue(), now)) {
                picker.setValue(now);
            }
        });
        // Escape never reaches the picker (its list's popup takes it), so the list tells what was chosen: a click on
        // an entry, or Enter
        boolean[] choosing = {false};
        picker.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                choosing[0] = false;
            } else if (choosing[0] && picker.getValue() != null) {
                chosen.setValue(picker.getValue());
            } else {
                picker.setValue(chosen.getValue());
            }
        });
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!picker.isShowing() && now != null) {
                chosen.setValue(now);
            }
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (picker.isShowing() && e.getCode() == KeyCode.ENTER) {
                choosing[0] = true;
            } else if (!picker.isShowing() && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)
                    && !e.isAltDown()) {
                picker.show();
                e.consume();
            }
        });
        picker.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> list) {
                list.getPopupContent().addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                    if (onEntry(e)) {
                        choosing[0] = true;
                    }
                });
                list.getPopupContent().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        choosing[0] = true;
                    }
                });
            }
        });
    }

    /**
     * Typing in the open list highlights the first entry whose text holds what was typed since it opened ("osa" finds
     * "Asia Pacific (Osaka) ap-northeast-3"); Backspace takes a letter back. The list opens on the entry chosen.
     */
    public static <T> void findByTyping(ComboBox<T> picker, java.util.function.Function<T, String> text) {
        StringBuilder typed = new StringBuilder();
        picker.showingProperty().addListener((obs, was, showing) -> {
            typed.setLength(0);
            if (showing && picker.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list
                    && picker.getValue() != null) {
                list.scrollTo(picker.getItems().indexOf(picker.getValue()));
            }
        });
        picker.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!picker.isShowing() || e.getCharacter().isEmpty() || Character.isISOControl(e.getCharacter().charAt(0))) {
                return;
            }
            typed.append(e.getCharacter().toLowerCase(java.util.Locale.ROOT));
            highlight(picker, text, typed.toString());
            e.consume();
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (picker.isShowing() && e.getCode() == KeyCode.BACK_SPACE && typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                highlight(picker, text, typed.toString());
                e.consume();
            }
        });
    }

    private static <T> void highlight(ComboBox<T> picker, java.util.function.Function<T, String> text, String typed) {
        for (int i = 0; i < picker.getItems().size(); i++) {
            String entry = text.apply(picker.getItems().get(i)).toLowerCase(java.util.Locale.ROOT);
            if (entry.contains(typed)) {
                picker.getSelectionModel().select(i);
                if (picker.getSkin() instanceof ComboBoxListViewSkin<?> skin
                        && skin.getPopupContent() instanceof javafx.scene.control.ListView<?> list) {
                    list.scrollTo(i);
                }
                return;
            }
        }
    }

    private static boolean onEntry(MouseEvent e) {
        for (Node node = e.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }
}
