package io.mskconsole.ui.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
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
    private final Label recordState = new Label();
    private final TaskExecutor executor;
    private TrailEvent shown;

    /** A record read and laid out, off the UI thread. */
    private record Read(String text, JsonNode record) {
    }

    /** @param executor reads the record (from the record store's file) and lays it out, off the UI thread */
    TrailDetailPane(ObservableValue<TrailEvent> selected, DialogService dialogs, TaskExecutor executor) {
        this.executor = executor;
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
        recordState.setId("trailDetailRecordState");
        recordState.getStyleClass().add("muted");
        recordState.setWrapText(true);
        recordState.managedProperty().bind(recordState.textProperty().isNotEmpty());
        getChildren().addAll(title, fields, treeLabel, tree, new HBox(8, recordLabel, gap, copy), recordState, json);
        selected.addListener((obs, old, now) -> show(now));
        show(selected.getValue());
    }

    private void show(TrailEvent event) {
        shown = event;
        fields.getChildren().clear();
        tree.setRoot(null);
        json.setText("");
        recordState.setText("");
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
        recordState.setText("Reading the record…");
        executor.execute(c -> read(event), read -> {
            if (shown != event) {
                return; // another event was picked meanwhile
            }
            recordState.setText("");
            json.setText(read.text());
            if (read.record() != null) {
                TreeItem<String> root = new TreeItem<>("record");
                root.getChildren().add(node("requestParameters", read.record().path("requestParameters")));
                root.getChildren().add(node("responseElements", read.record().path("responseElements")));
                root.getChildren().forEach(item -> item.setExpanded(true));
                tree.setRoot(root);
            }
        }, failure -> {
            if (shown == event) {
                recordState.setText("The record could not be read: " + Messages.of(failure));
            }
        });
    }

    /** The record's text, pretty-printed when it is JSON (as is, with no tree, when it is not). */
    private static Read read(TrailEvent event) {
        String text = event.record();
        try {
            JsonNode record = JSON.readTree(text);
            return new Read(JSON.writeValueAsString(record), record);
        } catch (JsonProcessingException unreadable) {
            return new Read(text, null);
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
