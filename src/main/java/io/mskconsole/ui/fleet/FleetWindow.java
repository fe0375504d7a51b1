package io.mskconsole.ui.fleet;

import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.WindowSizes;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

/**
 * The fleet window: accounts and regions to scan, progress per region, the chart of clusters by outcome (a bar
 * filters the table), the filters, the table grouped by account or region, and from the rows: a cluster's editor,
 * activity and levels, or one change to the clusters chosen.
 */
public final class FleetWindow {
    private final Stage stage;
    private final FleetViewModel model;
    private final FleetNavigation navigation;
    private final Consumer<List<FleetReport.Row>> change;
    private final FleetExports exports;
    private final FleetTable table;

    /**
     * @param change opens the change window on the clusters given
     */
    public FleetWindow(Stage stage, FleetViewModel model, TaskExecutor executor, DialogService dialogs,
                       FleetNavigation navigation, Consumer<List<FleetReport.Row>> change, Window owner) {
        this.stage = stage;
        this.model = model;
        this.navigation = navigation;
        this.change = change;
        this.exports = new FleetExports(model, executor, dialogs);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle("Fleet");
        table = new FleetTable(model);
        BorderPane root = new BorderPane();
        root.setId("fleetWindow");
        VBox top = new VBox(6, scanBar(), progressBar(), new NoticeBar("fleetNotice", model.noticeProperty()));
        top.setPadding(new Insets(10, 12, 6, 12));
        root.setTop(top);
        VBox lower = new VBox(6, filterBar(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        FleetChart chart = new FleetChart(model);
        VBox.setVgrow(chart, Priority.ALWAYS); // the chart fills its part of the window, however tall
        VBox chartBox = new VBox(4, chartBar(), chart);
        SplitPane split = new SplitPane(chartBox, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        BorderPane.setMargin(split, new Insets(0, 12, 0, 12));
        root.setCenter(split);
        root.setBottom(actionBar());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        WindowSizes.minimum(stage, 820, 560);
        stage.setOnHidden(e -> {
            model.cancel();
            model.arrival().stop();
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private FlowPane scanBar() {
        CheckComboBox<FleetViewModel.AccountChoice> accounts = new CheckComboBox<>(model.accountChoices());
        accounts.setId("fleetAccounts");
        accounts.setConverter(new StringConverter<>() {
            @Override
            public String toString(FleetViewModel.AccountChoice choice) {
                return choice == null ? "" : choice.account().displayName();
            }

            @Override
            public FleetViewModel.AccountChoice fromString(String text) {
                return null;
            }
        });
        boolean[] syncing = {false};
        Runnable sync = () -> {
            // the ticks are the model's: read them before clearing, and let the clearing tell the model nothing
            List<FleetViewModel.AccountChoice> ticked = model.accountChoices().stream().filter(c -> c.chosen().get())
                    .toList();
            syncing[0] = true;
            try {
                accounts.getCheckModel().clearChecks();
                ticked.forEach(c -> accounts.getCheckModel().check(c));
            } finally {
                syncing[0] = false;
            }
        };
        model.accountChoices().addListener((ListChangeListener<FleetViewModel.AccountChoice>) c -> sync.run());
        sync.run();
        accounts.getCheckModel().getCheckedItems().addListener((ListChangeListener<FleetViewModel.AccountChoice>) c -> {
            if (!syncing[0]) {
                model.accountChoices().forEach(choice -> choice.chosen().set(
                        accounts.getCheckModel().getCheckedItems().contains(choice)));
            }
        });
        accounts.setPrefWidth(260);
        TextField regions = new TextField();
        regions.setId("fleetRegions");
        regions.setPromptText("all, or us-east-1, eu-west-1");
        regions.textProperty().bindBidirectional(model.regionsProperty());
        regions.setPrefColumnCount(22);
        regions.setOnAction(e -> model.scan());
        Button scan = Buttons.of("fleetScan", "Scan", model::scan);
        scan.setDefaultButton(true);
        scan.disableProperty().bind(model.scanningProperty());
        Button stop = Buttons.of("fleetStop", "Stop", model::cancel);
        stop.disableProperty().bind(model.scanningProperty().not());
        Button policy = Buttons.of("fleetPolicy", "Policy…", exports::openPolicy);
        policy.setTooltip(new javafx.scene.control.Tooltip("Open a fleet policy file (JSON or YAML)"));
        Label accountsLabel = label("Accounts", accounts);
        Label regionsLabel = label("Regions", regions);
        for (Button button : List.of(scan, stop, policy)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 6, accountsLabel, accounts, regionsLabel, regions, scan, stop, policy);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox progressBar() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.scanningProperty());
        spinner.managedProperty().bind(model.scanningProperty());
        Label status = new Label();
        status.setId("fleetStatus");
        status.textProperty().bind(model.statusProperty());
        Label failed = new Label();
        failed.setId("fleetFailedRegions");
        failed.setWrapText(true);
        failed.getStyleClass().add("fleet-high");
        failed.textProperty().bind(Bindings.createStringBinding(() -> {
            List<String> not = model.progress().stream().filter(RegionProgress::failed).map(RegionProgress::describe)
                    .toList();
            return not.isEmpty() ? "" : "Not read: " + String.join(" · ", not);
        }, model.progress()));
        HBox.setHgrow(failed, Priority.ALWAYS);
        failed.setMinWidth(0);
        HBox bar = new HBox(8, spinner, status, failed);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox chartBar() {
        ComboBox<Grouping> grouping = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                Grouping.values()));
        grouping.setId("fleetGrouping");
        grouping.valueProperty().bindBidirectional(model.groupingProperty());
        Label title = new Label("Clusters by outcome, per");
        title.setLabelFor(grouping);
        MenuButton export = new MenuButton("Export");
        export.setId("fleetExport");
        export.getItems().setAll(item("fleetExportHtml", "HTML page for an auditor…", exports::html),
                item("fleetExportCsv", "CSV…", exports::csv), item("fleetExportJson", "JSON…", exports::json));
        export.disableProperty().bind(model.reportProperty().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, grouping, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 0, 0));
        return bar;
    }

    private FlowPane filterBar() {
        TextField filter = new TextField();
        filter.setId("fleetFilter");
        filter.setPromptText("Filter: name, region, account, finding");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setPrefColumnCount(24);
        ComboBox<String> finding = new ComboBox<>(model.findingChoices());
        finding.setId("fleetFindingFilter");
        finding.valueProperty().bindBidirectional(model.findingFilterProperty());
        Button clearPick = Buttons.of("fleetClearPick", "", model::clearPick);
        clearPick.textProperty().bind(Bindings.createStringBinding(() -> {
            FleetViewModel.ChartPick pick = model.chartPickProperty().get();
            return pick == null ? "" : "Only " + pick.group() + " · " + pick.outcome().label() + "  ✕";
        }, model.chartPickProperty()));
        clearPick.visibleProperty().bind(model.chartPickProperty().isNotNull());
        clearPick.managedProperty().bind(clearPick.visibleProperty());
        Label count = new Label();
        count.setId("fleetCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.shown().size() + " of "
                + model.rows().size() + " clusters", model.shown(), model.rows()));
        FlowPane bar = new FlowPane(8, 6, label("Filter", filter), filter, label("Finding", finding), finding,
                clearPick, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 0, 0, 0));
        stage.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        filter::requestFocus);
            }
        });
        return bar;
    }

    private FlowPane actionBar() {
        Button edit = Buttons.of("fleetEdit", "Edit log delivery…", () -> open(navigation::openEditor));
        Button activity = Buttons.of("fleetActivity", "Activity…", () -> open(navigation::openActivity));
        Button levels = Buttons.of("fleetLevels", "Levels…", () -> open(navigation::openLevels));
        var noCluster = Bindings.createBooleanBinding(() -> table.focused() == null,
                table.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(noCluster);
        activity.disableProperty().bind(noCluster);
        levels.disableProperty().bind(noCluster);
        Button changeChosen = Buttons.of("fleetChangeChosen", "Change chosen clusters…", () -> {
            List<FleetReport.Row> chosen = table.chosen();
            if (!chosen.isEmpty()) {
                change.accept(chosen);
            }
        });
        changeChosen.disableProperty().bind(Bindings.createBooleanBinding(() -> table.chosen().isEmpty(),
                table.getSelectionModel().getSelectedItems()));
        Button changeShown = Buttons.of("fleetChangeShown", "Change all shown…", () -> {
            if (!model.shown().isEmpty()) {
                change.accept(List.copyOf(model.shown()));
            }
        });
        changeShown.disableProperty().bind(Bindings.isEmpty(model.shown()));
        changeShown.setTooltip(new javafx.scene.control.Tooltip("Plan one change for every cluster the filters show, "
                + "e.g. all with one finding"));
        Button arriving = Buttons.of("fleetArrival", "Are logs arriving?", () -> model.arrival().check(
                List.copyOf(model.shown())));
        arriving.setTooltip(new javafx.scene.control.Tooltip("Read the newest log of each destination of the "
                + "clusters shown (at most " + FleetArrival.MOST + ")"));
        arriving.disableProperty().bind(model.arrival().readingProperty().or(Bindings.isEmpty(model.shown())));
        Label arrivalStatus = new Label();
        arrivalStatus.setId("fleetArrivalStatus");
        arrivalStatus.getStyleClass().add("muted");
        arrivalStatus.textProperty().bind(model.arrival().statusProperty());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.focused() != null) {
                open(navigation::openEditor);
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TreeTableRow<FleetTable.Line> row = new javafx.scene.control.TreeTableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null && row.getItem().row() != null) {
                    open(navigation::openEditor);
                }
            });
            return row;
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button button : List.of(edit, activity, levels, changeChosen, changeShown, arriving)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 6, edit, activity, levels, new Label("  "), changeChosen, changeShown,
                new Label("  "), arriving, arrivalStatus);
        bar.setPadding(new Insets(8, 12, 10, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private interface Opener {
        void open(io.mskconsole.core.account.Account account, io.mskconsole.core.clusters.Cluster cluster,
                  String region);
    }

    private void open(Opener opener) {
        FleetReport.Row row = table.focused();
        if (row != null) {
            opener.open(row.account(), row.cluster(), row.region());
        }
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Label label(String text, javafx.scene.Node target) {
        Label label = new Label(text);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
