package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.BrokerScope;
import io.mskconsole.core.levels.RevertAfter;
import io.mskconsole.ui.common.Buttons;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The change: a logger (picked in the table or typed), a level brokers accept or DEFAULT, one broker or all, and
 * optionally "put back after"; the CloudWatch Logs caution below it while the level calls for it, with the way to the
 * broker log delivery editor.
 */
final class ChangeLevelPane extends VBox {
    ChangeLevelPane(LoggerLevelsViewModel model, Runnable openDeliveryEditor) {
        super(8);
        setId("changeLevelPane");
        Label heading = new Label("Change a level");
        heading.getStyleClass().add("section-title");

        TextField logger = new TextField();
        logger.setId("changeLogger");
        logger.setPromptText("pick a row, or type a logger name");
        logger.textProperty().bindBidirectional(model.loggerProperty());
        ComboBox<String> level = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                LoggerLevelsViewModel.LEVEL_CHOICES));
        level.setId("changeLevel");
        level.setPromptText("Level");
        level.valueProperty().bindBidirectional(model.levelProperty());
        ComboBox<BrokerScope> scope = new ComboBox<>(model.scopes());
        scope.setId("changeScope");
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        CheckBox revert = new CheckBox("Put back after");
        revert.setId("revertCheck");
        revert.setMinWidth(CheckBox.USE_PREF_SIZE);
        revert.selectedProperty().bindBidirectional(model.revertProperty());
        ComboBox<Duration> after = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                LoggerLevelsViewModel.REVERT_CHOICES));
        after.setId("revertAfter");
        after.valueProperty().bindBidirectional(model.revertAfterProperty());
        after.disableProperty().bind(model.revertProperty().not());
        after.setMinWidth(90);
        after.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration duration) {
                return duration == null ? "" : RevertAfter.format(duration);
            }

            @Override
            public Duration fromString(String text) {
                return RevertAfter.parse(text);
            }
        });
        Label revertNote = new Label("while MSK Console runs");
        revertNote.getStyleClass().add("muted");
        Button apply = Buttons.of("applyLevel", "Apply", model::apply);
        apply.disableProperty().bind(model.canApplyBinding().not());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("Logger"), logger);
        form.addRow(1, label("Level"), new HBox(8, level, label("on"), scope));
        form.addRow(2, revert, new HBox(8, after, revertNote));
        GridPane.setHgrow(logger, Priority.ALWAYS);

        getChildren().addAll(heading, form, caution(model, openDeliveryEditor), new HBox(8, apply));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** The MSK developer guide's caution, shown while DEBUG or TRACE is chosen on a cluster logging to CloudWatch. */
    private static VBox caution(LoggerLevelsViewModel model, Runnable openDeliveryEditor) {
        Label title = new Label("DEBUG or TRACE with CloudWatch Logs");
        title.getStyleClass().add("finding-title");
        Label text = new Label(model.cautionText());
        text.setId("levelCautionText");
        text.setWrapText(true);
        text.getStyleClass().add("finding-why");
        Button editor = Buttons.of("openDeliveryEditor", "Edit broker log delivery…", openDeliveryEditor);
        VBox box = new VBox(6, title, text, editor);
        box.setId("levelCaution");
        box.getStyleClass().addAll("finding", "finding-warning");
        box.visibleProperty().bind(model.cautionBinding());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
