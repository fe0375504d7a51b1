package io.mskconsole.ui.trail;

import io.mskconsole.core.trailathena.AthenaQuestion;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.WindowSizes;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * "Query with Athena" for a trail ({@link AthenaQuerySetup}): where it runs (work group, database, result location),
 * the table found or the DDL Create table runs, the saved question and its topic, the query exactly as Run sends it,
 * and the last run's state, data scanned and cost. The events go to the browser's table.
 */
public final class AthenaQueryWindow {
    private final Stage stage;

    public AthenaQueryWindow(Stage stage, AthenaQuerySetup setup, String trailName, Window owner) {
        this.stage = stage;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Query with Athena — " + trailName);
        ComboBox<String> workGroup = editable("athenaWorkGroup", setup.workGroups(), setup.workGroupProperty());
        ComboBox<String> database = editable("athenaDatabase", setup.databases(), setup.databaseProperty());
        TextField output = new TextField();
        output.setId("athenaOutput");
        output.promptTextProperty().bind(setup.resultsHintProperty());
        output.textProperty().bindBidirectional(setup.outputLocationProperty());
        output.setTooltip(new Tooltip("Where Athena writes the results (s3://bucket/prefix/), when the work group "
                + "does not say."));
        ComboBox<AthenaQuestion> question = new ComboBox<>();
        question.setId("athenaQuestion");
        question.getItems().setAll(AthenaQuestion.values());
        question.valueProperty().bindBidirectional(setup.questionProperty());
        question.setConverter(new StringConverter<>() {
            @Override
            public String toString(AthenaQuestion value) {
                return value == null ? "" : value.label();
            }

            @Override
            public AthenaQuestion fromString(String text) {
                return AthenaQuestion.of(text).orElse(null);
            }
        });
        TextField topic = new TextField();
        topic.setId("athenaTopic");
        topic.setPromptText("topic name");
        topic.textProperty().bindBidirectional(setup.topicProperty());
        topic.disableProperty().bind(Bindings.createBooleanBinding(() -> setup.questionProperty().get() == null
                || !setup.questionProperty().get().needsTopic(), setup.questionProperty()));
        Button check = Buttons.of("athenaCheck", "Find table", setup::check);
        check.disableProperty().bind(setup.busyProperty());
        check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        workGroup.setMinWidth(140);
        database.setMinWidth(160);
        output.setMinWidth(200);
        question.setMinWidth(220);
        topic.setMinWidth(120);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, label("Work group", workGroup), workGroup, label("Database", database), database, check);
        form.add(label("Results to", output), 0, 1);
        form.add(output, 1, 1, 4, 1);
        form.addRow(2, label("Question", question), question, label("Topic", topic), topic);
        GridPane.setColumnSpan(topic, 2);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.SOMETIMES);
        form.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints(), grow);
        Label status = new Label();
        status.setId("athenaStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(setup.statusProperty());
        TextArea ddl = text("athenaDdl", setup.ddlProperty(), 8);
        Button create = Buttons.of("athenaCreate", "Create table", setup::createTable);
        create.disableProperty().bind(setup.busyProperty().or(setup.ddlProperty().isEmpty()));
        Button stop = Buttons.of("athenaStop", "Stop", setup::cancel);
        stop.disableProperty().bind(setup.creatingProperty().not());
        FlowPane ddlButtons = new FlowPane(8, 6, create, stop);
        VBox creation = new VBox(6, section("Statements Create table runs"), ddl, ddlButtons);
        creation.visibleProperty().bind(setup.ddlProperty().isNotEmpty());
        creation.managedProperty().bind(creation.visibleProperty());
        TextArea query = text("athenaQueryText", setup.queryTextProperty(), 10);
        query.setPromptText("The query shows here once the trail's table is found or created.");
        Label state = new Label();
        state.setId("athenaState");
        state.textProperty().bind(setup.stateProperty());
        Button run = Buttons.of("athenaRun", "Run query", setup::run);
        run.setDefaultButton(true);
        run.disableProperty().bind(setup.queryTextProperty().isEmpty().or(setup.browser().runningProperty()));
        Button cancel = Buttons.of("athenaCancel", "Cancel query", setup.browser()::cancel);
        cancel.disableProperty().bind(setup.browser().runningProperty().not());
        Button close = Buttons.of("athenaClose", "Close", stage::close);
        close.setCancelButton(true);
        FlowPane buttons = new FlowPane(8, 6, state, run, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(8, form, status, creation, section("Query (as sent; the events fill the browser)"),
                query);
        VBox.setVgrow(query, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        BorderPane root = new BorderPane(content);
        root.setId("athenaQuery");
        buttons.setPadding(new Insets(0, 12, 12, 12));
        root.setBottom(buttons);
        Scene scene = new Scene(root, WindowSizes.width(900), WindowSizes.height(680));
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        WindowSizes.minimum(stage, 640, 460);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static ComboBox<String> editable(String id, javafx.collections.ObservableList<String> items,
                                             javafx.beans.property.StringProperty value) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static TextArea text(String id, javafx.beans.property.StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(rows);
        area.getStyleClass().add("mono");
        area.textProperty().bind(value);
        return area;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }
}
