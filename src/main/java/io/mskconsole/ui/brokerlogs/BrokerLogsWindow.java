package io.mskconsole.ui.brokerlogs;

import io.mskconsole.core.brokerlogs.BrokerLogLine;
import io.mskconsole.core.brokerlogs.LogLineFormats;
import io.mskconsole.core.brokerlogs.SafeText;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.WindowSizes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A cluster's recent broker or authorizer logs: which and how far back, filters as you type, Follow, the entries
 * (time, broker, level, logger, first line) and the selected one in full; every text made harmless to show (escape
 * sequences and control characters as marks, long lines cut). Export as text or JSON; from an entry, the broker's
 * levels and the cluster's CloudTrail activity.
 */
public final class BrokerLogsWindow {
    private final Stage stage;
    private final BrokerLogsViewModel model;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    /**
     * @param levels   opens the cluster's broker log levels window
     * @param activity opens the cluster's CloudTrail activity around the time given (the entry chosen), or of the
     *                 last days when it is null (no entry chosen)
     */
    public BrokerLogsWindow(Stage stage, BrokerLogsViewModel model, TaskExecutor executor, DialogService dialogs,
                            Runnable levels, Consumer<Instant> activity, Window owner) {
        this.stage = stage;
        this.model = model;
        this.executor = executor;
        this.dialogs = dialogs;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Logs — " + model.cluster().name());
        TableView<BrokerLogLine> table = table();
        TextArea detail = new TextArea();
        detail.setId("logDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(5);
        detail.getStyleClass().add("mono");
        detail.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : SafeText.line(model.selectedProperty().get().text()), model.selectedProperty()));
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(detail, false); // a taller window gives the table more rows
        Label status = new Label();
        status.setId("logsStatus");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        Label count = new Label();
        count.setId("logsCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.shown().size() + " of "
                + model.lines().size() + " entries", model.shown(), model.lines()));
        Label hint = new Label();
        hint.setId("logsHint");
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(model.hintProperty());
        hint.visibleProperty().bind(model.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        VBox top = new VBox(6, choices(), filters(), new NoticeBar("logsNotice", model.noticeProperty()),
                new FlowPane(12, 4, status, count), hint);
        top.setPadding(new Insets(10, 12, 6, 12));
        BorderPane root = new BorderPane(); // top, table, bottom: Tab goes through them in the order they are seen
        root.setId("brokerLogs");
        root.setTop(top);
        root.setCenter(split);
        BorderPane.setMargin(split, new Insets(0, 12, 0, 12));
        Button toLevels = Buttons.of("logsLevels", "Broker levels…", levels);
        Button toActivity = Buttons.of("logsActivity", "Activity…", () -> activity.accept(
                model.selectedProperty().get() == null ? null : model.selectedProperty().get().time()));
        toActivity.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Activity…" : "Activity at " + AT.format(model.selectedProperty().get().time()) + "…",
                model.selectedProperty()));
        toActivity.setTooltip(new Tooltip("The cluster's CloudTrail activity: from an hour before the chosen entry to"
                + " 15 minutes after it, or of the last 7 days when no entry is chosen."));
        Button exportText = Buttons.of("logsExportText", "Export text…", () -> export("text", "*.log",
                LogLineFormats::text));
        Button exportJson = Buttons.of("logsExportJson", "Export JSON…", () -> export("JSON lines", "*.jsonl",
                LogLineFormats::json));
        FlowPane bottom = new FlowPane(8, 6, toLevels, toActivity, exportText, exportJson);
        bottom.setPadding(new Insets(8, 12, 10, 12));
        bottom.setAlignment(Pos.CENTER_RIGHT);
        root.setBottom(bottom);
        Scene scene = new Scene(root, WindowSizes.width(1200), WindowSizes.height(760));
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        WindowSizes.minimum(stage, 940, 560);
        stage.setOnHidden(e -> model.close());
    }

    /** Shows the window; the first time, reads the range. */
    public void show() {
        boolean first = !stage.isShowing() && model.lines().isEmpty();
        stage.show();
        stage.toFront();
        if (first) {
            model.read();
        }
    }

    public Stage stage() {
        return stage;
    }

    private FlowPane choices() {
        ComboBox<LogKind> kind = new ComboBox<>(FXCollections.observableArrayList(LogKind.values()));
        kind.setId("logsKind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(converter(LogKind::displayName));
        ComboBox<Duration> range = new ComboBox<>(FXCollections.observableArrayList(BrokerLogsViewModel.RANGES));
        range.setId("logsRange");
        range.valueProperty().bindBidirectional(model.rangeProperty());
        range.setConverter(converter(d -> "Last " + BrokerLogsViewModel.words(d)));
        Button refresh = Buttons.of("logsRefresh", "Refresh", model::read);
        refresh.disableProperty().bind(model.readingProperty());
        Button stop = Buttons.of("logsStop", "Stop", model::stop);
        stop.disableProperty().bind(model.readingProperty().not());
        CheckBox insights = new CheckBox("Logs Insights");
        insights.setId("logsInsights");
        insights.selectedProperty().bindBidirectional(model.insightsProperty());
        insights.setTooltip(new Tooltip("Read CloudWatch Logs with one Logs Insights query: the newest 10,000 events"
                + " of the range, however long it is. Logs Insights bills by the data it scans; the notice says how"
                + " much. Follow still reads with FilterLogEvents."));
        ToggleButton follow = new ToggleButton("Follow");
        follow.setId("logsFollow");
        follow.selectedProperty().bindBidirectional(model.followingProperty());
        follow.disableProperty().bind(model.readingProperty());
        return new FlowPane(12, 6, pair("Logs", kind), pair("Range", range), insights, refresh, stop, follow);
    }

    private FlowPane filters() {
        ComboBox<Integer> broker = new ComboBox<>();
        broker.setId("logsBroker");
        broker.setPromptText("All brokers");
        broker.setConverter(converter(b -> b == null ? "All brokers" : "Broker " + b));
        Runnable brokers = () -> {
            List<Integer> ids = new ArrayList<>();
            ids.add(null);
            model.lines().stream().map(BrokerLogLine::broker).filter(b -> b >= 0).distinct().sorted()
                    .forEach(ids::add);
            if (!ids.equals(broker.getItems())) {
                Integer chosen = broker.getValue();
                broker.getItems().setAll(ids);
                broker.setValue(ids.contains(chosen) ? chosen : null);
            }
        };
        model.lines().addListener((javafx.collections.ListChangeListener<BrokerLogLine>) c -> brokers.run());
        broker.valueProperty().bindBidirectional(model.brokerProperty());
        ComboBox<LogLevel> level = new ComboBox<>();
        level.setId("logsLevel");
        level.getItems().add(null);
        level.getItems().addAll(LogLevel.SETTABLE);
        level.setConverter(converter(l -> l == null ? "Any level" : l.name() + " and more severe"));
        level.valueProperty().bindBidirectional(model.levelProperty());
        TextField logger = new TextField();
        logger.setId("logsLogger");
        logger.setPromptText("Logger");
        logger.textProperty().bindBidirectional(model.loggerProperty());
        TextField text = new TextField();
        text.setId("logsFilter");
        text.setPromptText("Text");
        text.setPrefColumnCount(22);
        text.textProperty().bindBidirectional(model.textProperty());
        return new FlowPane(12, 6, pair("Broker", broker), pair("Level", level), pair("Logger", logger),
                pair("Text", text));
    }

    private TableView<BrokerLogLine> table() {
        TableView<BrokerLogLine> table = new TableView<>(model.shown());
        table.setId("logsTable");
        table.setPlaceholder(new Label("No entry in the range (or none the filters let through)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Time", 195, line -> line.time().toString()),
                column("Broker", 70, line -> line.broker() < 0 ? "—" : String.valueOf(line.broker())),
                column("Level", 70, line -> line.level() == null ? "—" : line.level().name()),
                column("Logger", 260, line -> line.logger() == null ? "—" : line.logger()),
                column("Entry", 700, line -> SafeText.cut(SafeText.of(firstLine(LogLineFormats.message(line))),
                        2000))));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        // Ctrl+C copies the chosen entry whole, made harmless as shown (a paste into a terminal obeys nothing)
        KeyCodeCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (copy.match(key) && model.selectedProperty().get() != null) {
                dialogs.copyToClipboard(SafeText.line(model.selectedProperty().get().text()));
                key.consume();
            }
        });
        // while following, the newest entry stays in view unless one is chosen to read
        model.lines().addListener((javafx.collections.ListChangeListener<BrokerLogLine>) change -> {
            if (model.followingProperty().get() && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.scrollTo(table.getItems().size() - 1);
            }
        });
        return table;
    }

    private void export(String kind, String pattern, Function<BrokerLogLine, String> format) {
        List<BrokerLogLine> entries = List.copyOf(model.shown());
        if (entries.isEmpty()) {
            model.noticeProperty().set(Notice.info("Nothing to export: no entry is shown."));
            return;
        }
        String name = model.cluster().name() + "-logs" + pattern.substring(1);
        dialogs.chooseFileToSave("Export " + entries.size() + " entries as " + kind, name, kind + " (" + pattern + ")",
                pattern).ifPresent(path -> executor.execute(c -> {
                    StringBuilder out = new StringBuilder();
                    entries.forEach(line -> out.append(format.apply(line)).append('\n'));
                    Files.writeString(path, out, StandardCharsets.UTF_8);
                    return path;
                }, written -> model.noticeProperty().set(Notice.success("Exported " + entries.size() + " entries to "
                        + written + ".")), failure -> model.noticeProperty().set(Notice.error("Could not write "
                        + path + ": " + Messages.of(failure)))));
    }

    private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter.ofPattern(
            "HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + "  (+" + (text.lines().count() - 1) + " lines)";
    }

    /** A label and its field, kept on one line when the controls wrap. */
    private static javafx.scene.layout.HBox pair(String text, javafx.scene.Node field) {
        javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(6, label(text), field);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static TableColumn<BrokerLogLine, String> column(String title, double width,
                                                             Function<BrokerLogLine, String> value) {
        TableColumn<BrokerLogLine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // the short columns keep their width when the window narrows; the entry gives way
        column.setMinWidth(title.equals("Entry") ? 200 : Math.min(width, 195));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
