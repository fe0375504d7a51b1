package io.mskconsole.ui.delivery;

import io.mskconsole.core.delivery.SettingChange;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Current and new settings of both kinds side by side, changes highlighted, and the equivalent AWS CLI JSON and
 * command.
 */
final class ReviewPane extends VBox {
    ReviewPane(BrokerLogEditorViewModel model) {
        setSpacing(10);
        TableView<SettingChange> table = new TableView<>(model.content().changes());
        table.setId("changesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Logs", 140, c -> c.kind().displayName()));
        table.getColumns().add(column("Destination", 150, c -> c.destination().displayName()));
        table.getColumns().add(column("Setting", 120, SettingChange::setting));
        table.getColumns().add(column("Current", 200, SettingChange::current));
        table.getColumns().add(column("New", 200, SettingChange::proposed));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SettingChange change, boolean empty) {
                super.updateItem(change, empty);
                getStyleClass().remove("change-row-changed");
                if (!empty && change != null && change.changed()) {
                    getStyleClass().add("change-row-changed");
                }
            }
        });
        table.setPrefHeight(26 * 15 + 4); // both kinds' seven rows and the header; long values make rows taller
        table.setMinHeight(Region.USE_PREF_SIZE);

        TextArea json = code("cliJson", 9);
        json.textProperty().bind(model.content().cliJsonProperty());
        Button copyJson = new Button("Copy JSON");
        copyJson.setId("copyJson");
        copyJson.setOnAction(e -> model.content().copyJson());

        TextArea command = code("cliCommand", 4);
        command.setWrapText(true);
        command.textProperty().bind(model.content().cliCommandProperty());
        Button copyCommand = new Button("Copy command");
        copyCommand.setId("copyCommand");
        copyCommand.setOnAction(e -> model.content().copyCommand());

        Label newerCli = new Label("With AuthorizerLogs, the command needs an AWS CLI released after August 2026: "
                + "older ones refuse the member.");
        newerCli.setId("newerCliNote");
        newerCli.setWrapText(true);
        newerCli.getStyleClass().add("muted");
        newerCli.visibleProperty().bind(model.content().cliJsonProperty().map(text -> text.contains("AuthorizerLogs")));
        newerCli.managedProperty().bind(newerCli.visibleProperty());

        getChildren().addAll(
                heading("Changes (highlighted rows change)"), table,
                headed("--logging-info JSON (AWS CLI format)", copyJson), json,
                headed("Equivalent AWS CLI command", copyCommand), command, newerCli);
    }

    private static TableColumn<SettingChange, String> column(String title, double width,
                                                             Function<SettingChange, String> text) {
        TableColumn<SettingChange, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())).getReadOnlyProperty());
        // values wrap within their column: a changed value is never hidden behind "…", and no hovering is needed
        column.setCellFactory(col -> new TableCell<>() {
            private final Text shown = new Text();

            {
                shown.getStyleClass().add("review-value");
                shown.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                shown.fillProperty().bind(textFillProperty());
                shown.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                shown.setText(empty || value == null ? "" : value);
                setGraphic(empty ? null : shown);
                setTooltip(empty || value == null ? null : new Tooltip(value));
            }
        });
        return column;
    }

    private static TextArea code(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("mono");
        return area;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static HBox headed(String text, Button action) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, heading(text), spacer, action);
        row.setStyle("-fx-alignment: bottom-left");
        return row;
    }
}
