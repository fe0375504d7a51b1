package io.mskconsole.ui.create;

import io.mskconsole.ui.destinations.FindingsPane;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Review page: the new cluster in a few lines, the estimated broker count, the CreateClusterV2 request as the AWS
 * CLI's --cli-input-json document and the command that sends it (with copy buttons), and the destination checks.
 */
final class CreateReviewPane extends VBox {
    CreateReviewPane(CreateClusterViewModel model) {
        setSpacing(10);
        setId("createReview");
        CreateReview review = model.reviewContent();
        VBox summary = new VBox(2);
        summary.setId("reviewSummary");
        Runnable fill = () -> summary.getChildren().setAll(review.summary().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }).toList());
        review.summary().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();

        Label estimate = new Label();
        estimate.setId("brokerEstimate");
        estimate.setWrapText(true);
        estimate.setStyle("-fx-font-weight: bold");
        estimate.textProperty().bind(review.brokerEstimateProperty());

        TextArea json = code("createJson", 12);
        json.textProperty().bind(review.jsonProperty());
        TextArea command = code("createCommand", 3);
        command.setWrapText(true);
        command.textProperty().bind(review.commandProperty());
        Label saveHint = FormParts.muted("The command reads the request from the file: Back, then Save… writes it.");

        FindingsPane findings = new FindingsPane(model.preflight(), "createReview");
        findings.disableProperty().bind(model.busyProperty());
        getChildren().addAll(heading("New cluster"), summary, heading("Estimated brokers"), estimate,
                headed("CreateClusterV2 request (aws kafka create-cluster-v2 --cli-input-json)",
                        button("copyCreateJson", "Copy JSON", review::copyJson)), json,
                headed("Equivalent AWS CLI command", button("copyCreateCommand", "Copy command", review::copyCommand)),
                command, saveHint, findings);
    }

    private static TextArea code(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("mono");
        return area;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static HBox headed(String text, Button action) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = heading(text);
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox row = new HBox(8, title, spacer, action);
        row.setStyle("-fx-alignment: bottom-left");
        return row;
    }
}
