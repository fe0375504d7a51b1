package io.mskconsole.ui.create;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** Where a lookup of the region stands, beside the field it fills: a spinner while loading; why it failed, and Retry. */
final class LookupStatus extends HBox {
    LookupStatus(String id, ObservableValue<Lookup> lookup, String loadingText, Runnable retry) {
        setSpacing(8);
        setId(id);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label text = new Label();
        text.setId(id + "Text");
        text.setWrapText(true);
        text.setMinWidth(0);
        Button again = new Button("Retry");
        again.setId(id + "Retry");
        again.setOnAction(e -> retry.run());
        getChildren().addAll(spinner, text, again);
        Runnable show = () -> {
            Lookup now = lookup.getValue();
            spinner.setVisible(now.isLoading());
            spinner.setManaged(now.isLoading());
            again.setVisible(now.isFailed());
            again.setManaged(now.isFailed());
            text.setText(now.isLoading() ? loadingText : now.message());
            text.getStyleClass().setAll("label", now.isFailed() ? "field-error" : "muted");
            setVisible(now.status() != Lookup.Status.READY);
            setManaged(isVisible());
        };
        lookup.addListener((obs, old, now) -> show.run());
        show.run();
    }
}
