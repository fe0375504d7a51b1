package io.mskconsole.ui.destinations;

import io.mskconsole.ui.common.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window that lists the destinations of one kind in the cluster's region: a search box, the list (loading
 * in the background, a page at a time), the picked one's summary, and Use. Never waits for AWS: the list fills in.
 */
public final class DestinationPickerDialog {
    private final Stage stage = new Stage();
    private final DestinationPickerViewModel model;

    public DestinationPickerDialog(DestinationPickerViewModel model, Window owner, Consumer<String> onPicked) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.title());

        Label title = new Label(model.title());
        title.getStyleClass().add("section-title");
        TextField search = new TextField();
        search.setId("pickerSearch");
        search.setPromptText(switch (model.type()) {
            case CLOUDWATCH_LOGS -> "Search: a name prefix starting with /, or any part of the name";
            case S3, FIREHOSE -> "Filter by any part of the name";
        });
        search.textProperty().bindBidirectional(model.searchProperty());

        ListView<PickerItem> list = new ListView<>(model.items());
        list.setId("pickerList");
        list.setPrefHeight(260);
        list.setPlaceholder(new Label("Nothing listed yet."));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        VBox.setVgrow(list, Priority.ALWAYS);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("pickerLoading");
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.loadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = new Label();
        status.setId("pickerStatus");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Button more = new Button("Load more");
        more.setId("pickerMore");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusRow = new HBox(8, spinner, status, gap, more);

        Label summary = new Label();
        summary.setId("pickerSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("picker-summary");
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.textProperty().bind(model.summaryProperty());
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("pickerCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        Button use = new Button("Use");
        use.setId("pickerUse");
        use.setDefaultButton(true);
        use.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Runnable pick = () -> {
            PickerItem item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                onPicked.accept(item.name());
                close();
            }
        };
        use.setOnAction(e -> pick.run());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                pick.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick.run();
            }
        });
        Region buttonGap = new Region();
        HBox.setHgrow(buttonGap, Priority.ALWAYS);
        HBox buttons = new HBox(8, buttonGap, cancel, use);

        VBox root = new VBox(8, title, search, list, statusRow, summary, buttons);
        root.setId("destinationPicker");
        root.setPadding(new Insets(12, 16, 12, 16));
        Scene scene = new Scene(root, 520, 520);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
    }

    public void show() {
        stage.show();
        stage.requestFocus();
        model.open();
    }

    private void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }
}
