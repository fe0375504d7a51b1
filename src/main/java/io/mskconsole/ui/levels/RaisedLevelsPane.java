package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.ui.common.Buttons;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The levels MSK Console raised on this cluster that are still raised, each with Put back, and Put all back. */
final class RaisedLevelsPane extends VBox {
    RaisedLevelsPane(LoggerLevelsViewModel model) {
        super(6);
        setId("raisedLevelsPane");
        Label heading = new Label("Raised by MSK Console");
        heading.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button all = Buttons.of("putAllBack", "Put all back", model::putAllBack);
        all.disableProperty().bind(Bindings.isEmpty(model.raised()).or(model.busyProperty()));

        ListView<RaisedLevel> list = new ListView<>(model.raised());
        list.setId("raisedLevels");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("Nothing raised by MSK Console on this cluster."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RaisedLevel raised, boolean empty) {
                super.updateItem(raised, empty);
                if (empty || raised == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label text = new Label(model.describe(raised));
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button back = Buttons.of("putBack", "Put back", () -> model.putBack(raised));
                back.setMinWidth(Button.USE_PREF_SIZE);
                back.disableProperty().bind(model.busyProperty());
                HBox row = new HBox(8, text, back);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                // as wide as the list, never wider: the text wraps instead of scrolling sideways
                row.maxWidthProperty().bind(getListView().widthProperty().subtract(24));
                row.setPrefWidth(0);
                setText(null);
                setGraphic(row);
            }
        });
        getChildren().addAll(new HBox(8, heading, gap, all), list);
    }
}
