package io.mskconsole.ui.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.ui.common.DialogService;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One event in full: the fields that matter, request parameters and response elements as a tree, and the whole
 * record as pretty-printed JSON with a copy button.
 */
final class TrailDetailPane extends VBox {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private final GridPane fields = new GridPane();
    private final TreeView<String> tree = new TreeView<>();
    private final TextArea json = new TextArea();
    private final Label title = new Label("Pick an event to see it in full.");

    TrailDetailPane(ObservableValue<TrailEvent> selected, DialogService dialogs) {
        setId("trailDetail");
        setSpacing(8);
        setPadding(new Insets(10));
        title.setId("trailDetailTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        fields.setHgap(10);
        fields.setVgap(3);
        tree.setId("trailDetailTree");
        tree.setShowRoot(false);
        tree.setPrefHeight(180);
        json.setId("trailDetailJson");
        json.setEditable(false);
        json.getStyleClass().add("mono");
        json.setPrefRowCount(14);
        VBox.setVgrow(json, Priority.ALWAYS);
        Button copy = new Button("Copy JSON");
        copy.setId("trailCopyJson");
        copy.setOnAction(e -> dialogs.copyToClipboard(json.getText()));
        copy.disableProperty().bind(json.textProperty().isEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label recordLabel = new Label("Record");
        recordLabel.getStyleClass().add("section-title");
        Label treeLabel = new Label("Request and response");
        treeLabel.getStyleClass().add("section-title");
        getChildren().addAll(title, fields, treeLabel, tree, new HBox(8, recordLabel, gap, copy), json);
        selected.addListener((obs, old, now) -> show(now));
        show(selected.getValue());
    }

    private void show(TrailEvent event) {
        fields.getChildren().clear();
        tree.setRoot(null);
        if (event == null) {
            title.setText("Pick an event to see it in full.");
            json.setText("");
            return;
        }
        title.setText(event.name() + " by " + event.user());
        int row = 0;
        row = field(row, "Time", LOCAL.format(event.time()) + "  ·  " + UTC.format(event.time()));
        row = field(row, "Source", event.source() + " (" + TrailTable.source(event) + ")");
        row = field(row, "User", event.user() + (event.userType().isEmpty() ? "" : " (" + event.userType() + ")"));
        row = field(row, "Source IP", event.sourceIp());
        row = field(row, "Region", event.region());
        row = field(row, "Cluster", event.resource().clusterArn().isEmpty() ? event.resource().clusterName()
                : event.resource().clusterArn());
        row = field(row, "Topic or group", TrailTable.topicOrGroup(event));
        row = field(row, "Read-only", event.readOnly() == null ? "" : event.readOnly() ? "yes" : "no");
        row = field(row, "Error", event.hasError() ? event.errorCode() + ": " + event.errorMessage() : "");
        field(row, "Event ID", event.eventId());
        try {
            JsonNode record = JSON.readTree(event.record());
            json.setText(JSON.writeValueAsString(record));
            TreeItem<String> root = new TreeItem<>("record");
            root.getChildren().add(node("requestParameters", record.path("requestParameters")));
            root.getChildren().add(node("responseElements", record.path("responseElements")));
            root.getChildren().forEach(item -> item.setExpanded(true));
            tree.setRoot(root);
        } catch (JsonProcessingException unreadable) {
            json.setText(event.record());
        }
    }

    private int field(int row, String name, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label key = new Label(name);
        key.getStyleClass().add("muted");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        text.setId("trailField-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        fields.addRow(row, key, text);
        return row + 1;
    }

    private static TreeItem<String> node(String name, JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return new TreeItem<>(name + ": null");
        }
        if (value.isValueNode()) {
            return new TreeItem<>(name + ": " + value.asText());
        }
        TreeItem<String> item = new TreeItem<>(name);
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                item.getChildren().add(node(field.getKey(), field.getValue()));
            }
        } else {
            int index = 0;
            for (JsonNode element : value) {
                item.getChildren().add(node("[" + index++ + "]", element));
            }
        }
        item.setExpanded(item.getChildren().size() <= 12);
        return item;
    }
}
