package io.mskconsole.ui.fleet;

import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.fleet.change.PlanCheck;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.WindowSizes;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * One change to many clusters: what to set, the plan (per cluster what changes, its checks, or why it is left out),
 * Apply with each cluster's status as it goes, Stop, and Save plan (for {@code fleet apply --plan}).
 */
public final class FleetChangeWindow {
    private final Stage stage;
    private final FleetChangeViewModel model;

    public FleetChangeWindow(Stage stage, FleetChangeViewModel model, DialogService dialogs, Window owner) {
        this.stage = stage;
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Change " + model.targetCount() + (model.targetCount() == 1 ? " cluster" : " clusters"));
        BorderPane root = new BorderPane();
        root.setId("fleetChange");
        VBox top = new VBox(8, form(), new NoticeBar("changeNotice", model.noticeProperty()));
        top.setPadding(new Insets(10, 12, 6, 12));
        root.setTop(top);
        TableView<PlanItem> plan = planTable();
        javafx.scene.control.TextArea detail = new javafx.scene.control.TextArea();
        detail.setId("changeDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(5);
        detail.setPromptText("Choose a cluster to see its plan in full: what changes, its checks, and what to do.");
        detail.textProperty().bind(Bindings.createStringBinding(() -> details(plan.getSelectionModel()
                .getSelectedItem()), plan.getSelectionModel().selectedItemProperty(), model.busyProperty()));
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(plan, detail);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.75);
        BorderPane.setMargin(split, new Insets(0, 12, 0, 12));
        root.setCenter(split);
        root.setBottom(actions());
        Scene scene = new Scene(root, WindowSizes.width(1150), WindowSizes.height(640));
        Styles.apply(scene);
        Runnable closeAsked = () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), closeAsked);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), closeAsked);
        stage.setScene(scene);
        WindowSizes.minimum(stage, 760, 420);
        stage.setOnCloseRequest(e -> {
            if (model.applyingProperty().get() && !dialogs.confirm("Stop applying?", "Clusters are being changed. "
                    + "Closing stops: nothing new starts and the operations under way go on in AWS without being "
                    + "followed here.", "Stop and close")) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> model.abandon());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private GridPane form() {
        ComboBox<LogKind> kind = new ComboBox<>(FXCollections.observableArrayList(LogKind.values()));
        kind.setId("changeKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(converter(LogKind::displayName));
        ComboBox<DestinationType> type = new ComboBox<>(FXCollections.observableArrayList(DestinationType.values()));
        type.setId("changeDestination");
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setConverter(converter(DestinationType::displayName));
        CheckBox on = new CheckBox("Deliver to it (untick to turn this destination off)");
        on.setId("changeEnabled");
        on.selectedProperty().bindBidirectional(model.enabledProperty());
        TextField name = new TextField();
        name.setId("changeName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.disableProperty().bind(model.enabledProperty().not());
        name.setPrefColumnCount(34);
        TextField prefix = new TextField();
        prefix.setId("changePrefix");
        prefix.setPromptText("{account}/{region}/{cluster}/");
        prefix.textProperty().bindBidirectional(model.prefixProperty());
        prefix.disableProperty().bind(model.enabledProperty().not().or(model.typeProperty()
                .isNotEqualTo(DestinationType.S3)));
        Label nameLabel = new Label();
        nameLabel.textProperty().bind(Bindings.createStringBinding(() -> capital(model.typeProperty().get()
                .resourceNoun()), model.typeProperty()));
        nameLabel.setLabelFor(name);
        Label help = new Label("{cluster}, {account} and {region} are filled in for each cluster. Other destinations, "
                + "and the other kind of log, stay as each cluster has them.");
        help.setWrapText(true);
        Button plan = Buttons.of("changePlan", "Plan", model::plan);
        plan.setDefaultButton(true);
        plan.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        plan.disableProperty().bind(model.busyProperty());
        for (javafx.scene.Node field : java.util.List.of(kind, type, on)) {
            field.disableProperty().bind(model.busyProperty()); // the plan under way is for what the form says now
        }
        name.disableProperty().unbind();
        name.disableProperty().bind(model.enabledProperty().not().or(model.busyProperty()));
        prefix.disableProperty().unbind();
        prefix.disableProperty().bind(model.enabledProperty().not().or(model.typeProperty()
                .isNotEqualTo(DestinationType.S3)).or(model.busyProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("Logs", kind), kind, label("Destination", type), type, on);
        grid.addRow(1, nameLabel, name);
        GridPane.setColumnSpan(name, 3);
        grid.add(label("S3 prefix", prefix), 0, 2);
        grid.add(prefix, 1, 2, 3, 1);
        grid.add(plan, 4, 2);
        grid.add(help, 0, 3, 5, 1);
        return grid;
    }

    private TableView<PlanItem> planTable() {
        TableView<PlanItem> table = new TableView<>(model.items());
        table.setId("changePlanTable");
        table.setPlaceholder(new Label("Say what to set, then Plan: nothing is sent until you Apply."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(java.util.List.of(
                column("Plan", 120, item -> new ReadOnlyStringWrapper(item.planned().action().word())),
                column("Status", 110, item -> Bindings.createStringBinding(() -> item.statusProperty().get() == null
                        ? "" : item.statusProperty().get().word(), item.statusProperty())),
                column("Account", 140, item -> new ReadOnlyStringWrapper(item.planned().account().displayName())),
                column("Region", 100, item -> new ReadOnlyStringWrapper(item.planned().region())),
                column("Name", 160, item -> new ReadOnlyStringWrapper(item.planned().name())),
                column("Change, or why not", 380, item -> new ReadOnlyStringWrapper(item.planned().describe())),
                column("Checks", 220, item -> new ReadOnlyStringWrapper(item.planned().checks().stream()
                        .map(PlanCheck::title).collect(Collectors.joining("; ")))),
                column("Detail", 320, PlanItem::detailProperty)));
        return table;
    }

    private FlowPane actions() {
        Button apply = Buttons.of("changeApply", "Apply…", model::apply);
        apply.disableProperty().bind(model.planProperty().isNull().or(model.busyProperty())
                .or(model.appliedProperty()).or(Bindings.createBooleanBinding(() -> model.planProperty().get() == null
                        || model.planProperty().get().toChange().isEmpty(), model.planProperty())));
        Button stop = Buttons.of("changeStop", "Stop", model::stop);
        stop.disableProperty().bind(model.applyingProperty().not());
        Button save = Buttons.of("changeSavePlan", "Save plan…", model::savePlan);
        save.disableProperty().bind(model.planProperty().isNull());
        Button close = Buttons.of("changeClose", "Close", () -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        for (Button button : java.util.List.of(apply, stop, save, close)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 6, apply, stop, save, close);
        bar.setPadding(new Insets(8, 12, 10, 12));
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    /** One cluster's plan in full: what changes (or why not), each check with why and what to do, the result. */
    static String details(PlanItem item) {
        if (item == null) {
            return "";
        }
        var planned = item.planned();
        StringBuilder text = new StringBuilder(planned.name() + " (" + planned.account().displayName() + ", "
                + planned.region() + "): " + planned.action().word() + "\n" + planned.describe() + "\n");
        for (PlanCheck check : planned.checks()) {
            text.append("\n").append(check.severity().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(": ").append(check.title()).append("\n  ").append(check.why());
            if (!check.fix().isBlank()) {
                text.append("\n  What to do: ").append(check.fix());
            }
        }
        if (item.statusProperty().get() != null) {
            text.append("\n\nResult: ").append(item.statusProperty().get().word()).append(". ")
                    .append(item.detailProperty().get());
        }
        return text.toString();
    }

    private static TableColumn<PlanItem, String> column(String title, double width,
                                                        Function<PlanItem, ObservableValue<String>> value) {
        TableColumn<PlanItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        return label;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
