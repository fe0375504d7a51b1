package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The CloudTrail browser window: query, progress, client-side filters, the event table and the detail pane. */
public final class TrailBrowserWindow {
    /** What the custom range's fields read: minutes, seconds when given. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Stage stage;
    /** The "Query with Athena" window last opened, if any. */
    private AthenaQueryWindow athenaWindow;
    private final TrailBrowserViewModel model;
    private final TrailFileActions files;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private VBox top;

    /** @param accountName the account's name, which the title gives with the regions searched */
    public TrailBrowserWindow(Stage stage, TrailBrowserViewModel model, TaskExecutor executor, DialogService dialogs,
                              ColumnStore columns, Window owner, javafx.beans.value.ObservableStringValue accountName) {
        this.stage = stage;
        this.model = model;
        this.files = new TrailFileActions(model, executor, dialogs);
        this.executor = executor;
        this.dialogs = dialogs;
        if (owner != null) {
            stage.initOwner(owner);
        }
        // the window searches the regions chosen in it, so its title follows them
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "CloudTrail events — " + accountName.get() + " · " + regionsWords(model.regions()),
                model.regions(), accountName));

        BorderPane root = new BorderPane();
        root.setId("trailBrowser");
        top = new VBox(6, queryBar(), progressBar(), filterBar());
        root.setTop(top);
        BorderPane.setMargin(root.getTop(), new Insets(10, 12, 6, 12));
        TrailTable table = new TrailTable(model, columns, executor);
        ScrollPane detail = new ScrollPane(new TrailDetailPane(model.selectedProperty(), dialogs, executor));
        detail.setFitToWidth(true);
        // the timeline is over the table only: the detail pane keeps the window's height
        TimelinePane timeline = new TimelinePane(new TrailTimeline(model, io.mskconsole.ui.common.Throttle.fxTimer(),
                System::nanoTime));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(new VBox(timeline, table), detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        root.setCenter(split);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 40));
        Styles.apply(scene);
        // Ctrl+W closes it, as every window of the app
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.W,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        io.mskconsole.ui.common.WindowSizes.minimum(stage, 900, 520);
        stage.setOnHidden(e -> model.close()); // stops a lookup, deletes the record stores of its loads
    }

    /** "eu-west-1", "eu-west-1, us-east-1", or "4 regions" past three. */
    static String regionsWords(java.util.List<String> regions) {
        if (regions.isEmpty()) {
            return "no region";
        }
        return regions.size() > 3 ? regions.size() + " regions" : String.join(", ", regions);
    }

    private FlowPane queryBar() {
        ComboBox<TrailSource.Preset> preset = new ComboBox<>();
        preset.getItems().setAll(TrailSource.Preset.values());
        preset.setId("trailPreset");
        preset.setConverter(converter(p -> switch (p) {
            case MSK -> "MSK API calls";
            case KAFKA -> "Kafka actions";
            case BOTH -> "MSK API calls and Kafka actions";
        }));
        preset.valueProperty().bindBidirectional(model.presetProperty());

        ComboBox<LookupKey> key = new ComboBox<>();
        key.setId("trailLookupKey");
        key.getItems().add(null);
        key.getItems().addAll(Arrays.asList(LookupKey.values()));
        key.setConverter(converter(k -> k == null ? "No lookup attribute" : k.apiName()));
        key.valueProperty().bindBidirectional(model.lookupKeyProperty());
        TextField value = new TextField();
        value.setId("trailLookupValue");
        value.setPromptText("value, e.g. UpdateMonitoring");
        value.textProperty().bindBidirectional(model.lookupValueProperty());
        value.disableProperty().bind(model.lookupKeyProperty().isNull());

        ComboBox<TimeRange> range = new ComboBox<>();
        range.setId("trailRange");
        range.getItems().setAll(TimeRange.values());
        range.valueProperty().bindBidirectional(model.rangeProperty());
        TextField from = instantField("trailFrom", "from yyyy-MM-dd HH:mm (local)", model.customStartProperty());
        TextField to = instantField("trailTo", "to yyyy-MM-dd HH:mm (local)", model.customEndProperty());
        for (TextField field : new TextField[] {from, to}) {
            field.visibleProperty().bind(model.rangeProperty().isEqualTo(TimeRange.CUSTOM));
            field.managedProperty().bind(field.visibleProperty());
        }

        CheckComboBox<String> regions = new CheckComboBox<>(model.availableRegions());
        regions.setId("trailRegions");
        regions.setTitle("Regions");
        model.regions().forEach(r -> regions.getCheckModel().check(r));
        regions.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change ->
                model.regions().setAll(regions.getCheckModel().getCheckedItems()));
        model.regions().addListener((ListChangeListener<String>) change -> {
            if (!regions.getCheckModel().getCheckedItems().equals(model.regions())) {
                regions.getCheckModel().clearChecks();
                model.regions().forEach(r -> regions.getCheckModel().check(r));
            }
        });
        Label regionsText = new Label();
        regionsText.getStyleClass().add("muted");
        regionsText.textProperty().bind(Bindings.createStringBinding(() -> String.join(", ", model.regions()),
                model.regions()));

        Button search = new Button("Search");
        search.setId("trailSearch");
        search.setDefaultButton(true);
        search.setOnAction(e -> model.search());
        search.disableProperty().bind(model.runningProperty());
        Button refresh = new Button("Refresh all");
        refresh.setId("trailRefreshAll");
        refresh.setTooltip(new Tooltip("Looks up the whole range from CloudTrail again instead of what was kept from "
                + "earlier lookups, and keeps what comes. Search asks only for what is new."));
        refresh.setOnAction(e -> model.refreshAll());
        refresh.disableProperty().bind(model.runningProperty());
        refresh.setVisible(model.keepsLookups());
        refresh.managedProperty().bind(refresh.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("trailCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        Button openFiles = Buttons.of("trailOpenFiles", "Open files…", files::openFiles);
        Button openFolder = Buttons.of("trailOpenFolder", "Open folder…", files::openFolder);
        Button exportJson = Buttons.of("trailExportJson", "Export JSON…", files::exportJson);
        Button exportCsv = Buttons.of("trailExportCsv", "Export CSV…", files::exportCsv);
        for (Button export : new Button[] {exportJson, exportCsv}) {
            export.disableProperty().bind(Bindings.isEmpty(model.shown()));
        }
        // a label wraps with its field, and the run's buttons stay together, at any width
        FlowPane bar = new FlowPane(8, 6, group(label("Show"), preset), group(label("Lookup"), key, value),
                group(label("Time"), range, from, to), group(label("Regions"), regions, regionsText),
                group(search, refresh, cancel), group(new javafx.scene.control.Separator(Orientation.VERTICAL),
                        openFiles, openFolder, exportJson, exportCsv));
        bar.setAlignment(Pos.CENTER_LEFT);
        // Search and Refresh all are disabled while they run, which moves the focus on: it comes back once they end
        Button[] started = {null};
        search.addEventHandler(javafx.event.ActionEvent.ACTION, e -> started[0] = search.isFocused() ? search : null);
        refresh.addEventHandler(javafx.event.ActionEvent.ACTION, e -> started[0] = refresh.isFocused() ? refresh
                : null);
        model.runningProperty().addListener((obs, was, now) -> {
            if (!now && started[0] != null && bar.getScene() != null && (bar.getScene().getFocusOwner() == null
                    || bar.getScene().getFocusOwner() == cancel || bar.getScene().getFocusOwner() == openFiles)) {
                started[0].requestFocus();
            }
        });
        return bar;
    }

    /** Adds the row that reads a trail's files from S3, under the query's row, without a cache or Athena. */
    public void addTrailFiles(TrailBucketLoad load) {
        addTrailFiles(load, io.mskconsole.core.trailcache.TrailFileCache.NONE, null);
    }

    /**
     * Adds the row that reads a trail's files from S3 through the cache, with its menu, and queries the trail with
     * Athena ({@code athena} null for none), under the query's row.
     */
    public void addTrailFiles(TrailBucketLoad load, io.mskconsole.core.trailcache.TrailFileCache cache,
                              AthenaQuerySetup athena) {
        top.getChildren().add(1, new TrailBucketBar(load, model, new TrailCacheActions(cache, model, executor,
                dialogs), athena == null ? null : (trail, accounts) -> {
                    if (athenaWindow == null) { // one window, reopened on the trail chosen, keeping its choices
                        athenaWindow = new AthenaQueryWindow(new Stage(), athena, trail.name(), stage);
                    }
                    athenaWindow.stage().setTitle("Query with Athena — " + trail.name());
                    athena.open(trail, accounts);
                    athenaWindow.show();
                }));
    }

    private VBox progressBar() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label progress = new Label();
        progress.setId("trailProgress");
        progress.textProperty().bind(model.progressTextProperty());
        progress.getStyleClass().add("muted");
        return new VBox(4, new HBox(8, spinner, progress), new NoticeBar("trailNotice", model.noticeProperty()));
    }

    private FlowPane filterBar() {
        TrailFilters filters = model.filters();
        TextField text = filterField("trailFilterText", "Filter: any words", filters.text(), 220);
        TextField event = filterField("trailFilterEvent", "event", filters.eventName(), 130);
        TextField user = filterField("trailFilterUser", "user", filters.user(), 130);
        TextField cluster = filterField("trailFilterCluster", "cluster", filters.cluster(), 130);
        TextField topic = filterField("trailFilterTopic", "topic", filters.topic(), 110);
        ComboBox<Boolean> readOnly = triState("trailFilterReadOnly", "Reads and writes", "Reads only", "Writes only");
        readOnly.valueProperty().bindBidirectional(filters.readOnly());
        ComboBox<Boolean> errors = triState("trailFilterError", "With or without error", "Errors only",
                "Without error");
        errors.valueProperty().bindBidirectional(filters.hasError());
        Button clear = new Button("Clear filters");
        clear.setId("trailClearFilters");
        clear.setOnAction(e -> filters.clear());
        Label count = new Label();
        count.setId("trailShownCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d of %,d events shown",
                model.shown().size(), model.events().size()), model.shown(), model.events()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        FlowPane bar = new FlowPane(8, 6, text, event, user, cluster, topic, readOnly, errors, clear, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static javafx.scene.layout.HBox group(javafx.scene.Node... nodes) {
        javafx.scene.layout.HBox group = new javafx.scene.layout.HBox(6, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static TextField filterField(String id, String prompt, javafx.beans.property.StringProperty property,
                                         double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static ComboBox<Boolean> triState(String id, String any, String yes, String no) {
        ComboBox<Boolean> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(null, true, false);
        box.setConverter(converter(v -> v == null ? any : v ? yes : no));
        return box;
    }

    private TextField instantField(String id, String prompt, javafx.beans.property.ObjectProperty<Instant> target) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(170);
        boolean[] typing = {false};
        field.textProperty().addListener((obs, old, now) -> {
            typing[0] = true;
            try {
                target.set(LocalDateTime.parse(now.strip(), INPUT).atZone(ZoneId.systemDefault()).toInstant());
                field.setStyle("");
            } catch (DateTimeParseException notYet) {
                target.set(null);
                field.setStyle(now.isBlank() ? "" : "-fx-text-fill: #c62828");
            } finally {
                typing[0] = false;
            }
        });
        // a range set by the app (Activity around a log entry, the timeline) is shown in the fields, to the second
        target.addListener((obs, old, now) -> {
            if (!typing[0]) {
                field.setText(now == null ? "" : SHOWN.format(now.atZone(ZoneId.systemDefault())));
            }
        });
        return field;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    public void show() {
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public TrailBrowserViewModel model() {
        return model;
    }
}
