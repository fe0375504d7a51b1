package io.mskconsole.ui.common;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list (or picker) entry shown as a function of its item: "Asia Pacific (Osaka) ap-northeast-3". */
public final class FormattedCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    private FormattedCell(Function<T, String> text) {
        this.text = text;
    }

    public static <T> FormattedCell<T> of(Function<T, String> text) {
        return new FormattedCell<>(text);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
