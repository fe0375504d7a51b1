package io.mskconsole.ui.delivery;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The cluster operation as it runs: stage, state, steps, progress, and a way to stop following it. */
final class ApplyPane extends VBox {
    ApplyPane(BrokerLogEditorViewModel model) {
        setSpacing(10);
        ApplyTracker tracker = model.tracker();
        Label stage = new Label();
        stage.setId("applyStage");
        stage.textProperty().bind(tracker.stageProperty());
        Label state = new Label();
        state.setId("operationState");
        state.setStyle("-fx-font-size: 16px; -fx-font-weight: bold");
        state.textProperty().bind(tracker.operationStateProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("applyProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(tracker.fractionProperty());
        ListView<String> steps = new ListView<>(tracker.steps());
        steps.setId("operationSteps");
        steps.setPrefHeight(140);
        Label stepsTitle = new Label("Operation steps");
        stepsTitle.getStyleClass().add("section-title");
        Button stop = new Button("Stop following");
        stop.setId("stopFollowing");
        stop.setOnAction(e -> model.stopFollowing());
        stop.visibleProperty().bind(model.followingBinding());
        stop.managedProperty().bind(stop.visibleProperty());
        Label hint = new Label("Stopping only stops watching: the change goes on in AWS.");
        hint.getStyleClass().add("muted");
        hint.visibleProperty().bind(stop.visibleProperty());
        TextField arn = new TextField();
        arn.setId("operationArn");
        arn.setEditable(false);
        arn.getStyleClass().add("mono");
        arn.textProperty().bind(tracker.operationArnProperty());
        arn.visibleProperty().bind(arn.textProperty().isNotEmpty());
        arn.managedProperty().bind(arn.visibleProperty());
        Label arnTitle = new Label("Cluster operation ARN (for the change ticket)");
        arnTitle.getStyleClass().add("muted");
        arnTitle.visibleProperty().bind(arn.visibleProperty());
        arnTitle.managedProperty().bind(arn.visibleProperty());
        getChildren().addAll(state, bar, stage, arnTitle, arn, stepsTitle, steps, stop, hint);
    }
}
