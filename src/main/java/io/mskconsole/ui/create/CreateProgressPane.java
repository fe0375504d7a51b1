package io.mskconsole.ui.create;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The new cluster as it is created: its state, how long it has taken, its ARN, and why it failed if it did. */
final class CreateProgressPane extends VBox {
    CreateProgressPane(CreateClusterViewModel model) {
        setSpacing(10);
        setId("createProgress");
        CreationTracker tracker = model.tracker();
        Label state = new Label();
        state.setId("creationState");
        state.setStyle("-fx-font-size: 16px; -fx-font-weight: bold");
        state.textProperty().bind(tracker.stateProperty());
        tracker.stateProperty().addListener((obs, old, now) -> {
            state.getStyleClass().removeAll("state-active", "state-busy", "state-bad");
            state.getStyleClass().add("ACTIVE".equals(now) ? "state-active"
                    : "FAILED".equals(now) || "DELETING".equals(now) ? "state-bad" : "state-busy");
        });
        ProgressBar bar = new ProgressBar();
        bar.setId("creationProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(tracker.fractionProperty());
        Label stage = new Label();
        stage.setId("creationStage");
        stage.setWrapText(true);
        stage.textProperty().bind(tracker.stageProperty());
        Label elapsed = new Label();
        elapsed.setId("creationElapsed");
        elapsed.getStyleClass().add("muted");
        elapsed.textProperty().bind(Bindings.createStringBinding(() -> tracker.elapsedProperty().get().isEmpty() ? ""
                : "Followed for " + tracker.elapsedProperty().get() + ".",
                tracker.elapsedProperty()));
        Label failure = new Label();
        failure.setId("creationFailure");
        failure.setWrapText(true);
        failure.getStyleClass().add("field-error");
        failure.textProperty().bind(tracker.stateInfoProperty());
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        TextField arn = new TextField();
        arn.setId("createdArn");
        arn.setEditable(false);
        arn.getStyleClass().add("mono");
        arn.textProperty().bind(tracker.clusterArnProperty());
        arn.visibleProperty().bind(arn.textProperty().isNotEmpty());
        arn.managedProperty().bind(arn.visibleProperty());
        Label arnTitle = FormParts.muted("Cluster ARN (for the change ticket)");
        arnTitle.visibleProperty().bind(arn.visibleProperty());
        arnTitle.managedProperty().bind(arn.visibleProperty());
        Label hint = FormParts.muted("You can close this window: creation goes on in AWS, and the cluster list "
                + "shows the cluster until it is ACTIVE.");
        hint.visibleProperty().bind(model.stepProperty().isEqualTo(CreateStep.CREATING));
        getChildren().addAll(state, bar, stage, elapsed, failure, arnTitle, arn, hint);
    }
}
