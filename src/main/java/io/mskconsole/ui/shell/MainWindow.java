package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.ui.clusters.ClusterDetailsView;
import io.mskconsole.ui.clusters.ClusterListView;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.FxDialogService;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.delivery.BrokerLogEditorViewModel;
import io.mskconsole.ui.delivery.BrokerLogEditorWindow;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Scene;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.trail.TrailPacers;
import io.mskconsole.ui.trail.ColumnStore;
import io.mskconsole.ui.trail.TrailBrowserViewModel;
import io.mskconsole.ui.trail.TrailBrowserWindow;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.MenuBar;
import io.mskconsole.ui.common.AppIcons;
import io.mskconsole.ui.common.Buttons;
import io.mskconsole.ui.common.NoticeBar;
import io.mskconsole.ui.common.ThemeSetting;
import io.mskconsole.ui.common.WindowBounds;
import io.mskconsole.ui.common.WindowSizes;
import java.util.List;

/** The main window: account and region at the top, clusters on the left, the selected cluster on the right. */
public final class MainWindow {
    /** How long an edit rests before the destination checks run. */
    private static final java.time.Duration CHECK_DELAY = java.time.Duration.ofMillis(400);

    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final Stage stage;
    private final Function<Window, DialogService> dialogs;
    private final Map<String, BrokerLogEditorWindow> editors = new HashMap<>();
    private final ColumnStore columns;
    private final ShellServices services;
    private final AppearanceViewModel appearance;
    private final BorderPane root;
    /** The CloudTrail pacers of each account opened: its windows share them. */
    private final Map<Session, TrailPacers> pacers = new java.util.WeakHashMap<>();
    /** The Create cluster windows open. */
    private final CreateWindows creators;
    /** The Broker log levels windows open, and what they share. */
    private final LevelsWindows levels;

    public MainWindow(Stage stage, ShellViewModel shell, TaskExecutor executor) {
        this(stage, shell, executor, FxDialogService::new);
    }

    /**
     * @param dialogs makes the dialog service of a window (tests answer dialogs without showing them)
     */
    public MainWindow(Stage stage, ShellViewModel shell, TaskExecutor executor, Function<Window, DialogService> dialogs) {
        this(stage, shell, executor, dialogs, ShellServices.none());
    }

    /**
     * @param columns remembers the CloudTrail table's hidden columns
     */
    public MainWindow(Stage stage, ShellViewModel shell, TaskExecutor executor, Function<Window, DialogService> dialogs,
                      ColumnStore columns) {
        this(stage, shell, executor, dialogs, ShellServices.none().withColumns(columns));
    }

    /**
     * @param services settings stores, the desktop, the About facts and the system's theme
     */
    public MainWindow(Stage stage, ShellViewModel shell, TaskExecutor executor, Function<Window, DialogService> dialogs,
                      ShellServices services) {
        this.stage = stage;
        this.services = services;
        this.columns = services.columns();
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
        this.appearance = new AppearanceViewModel(services.preferences(), services.systemTheme(), executor);
        this.creators = new CreateWindows(shell, executor, dialogs, stage);
        this.levels = new LevelsWindows(shell, executor, dialogs, stage, services.raisedLevels(), this::openEditor);
        ClusterListViewModel clusters = shell.clusters();

        Label sandbox = new Label("SANDBOX · offline sample account 111122223333 · nothing here reaches AWS");
        sandbox.setId("sandboxBanner");
        sandbox.getStyleClass().add("sandbox-banner");
        sandbox.setMaxWidth(Double.MAX_VALUE);
        sandbox.visibleProperty().bind(shell.sandboxBinding());
        sandbox.managedProperty().bind(sandbox.visibleProperty());

        ComboBox<Account> accountPicker = new ComboBox<>(shell.accountChoices());
        accountPicker.setId("accountPicker");
        accountPicker.setPromptText("Account");
        accountPicker.valueProperty().bindBidirectional(shell.accountProperty());
        ComboBox<String> regionPicker = new ComboBox<>(shell.regionChoices());
        regionPicker.setId("regionPicker");
        regionPicker.setPromptText("Region");
        regionPicker.setVisibleRowCount(16);
        regionPicker.valueProperty().bindBidirectional(shell.regionProperty());
        Label notice = new Label();
        notice.setId("shellNotice");
        notice.getStyleClass().add("toolbar-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(shell.noticeProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        accountPicker.setMinWidth(200);
        accountPicker.disableProperty().bind(shell.openingProperty());
        regionPicker.disableProperty().bind(shell.openingProperty());
        regionPicker.setMinWidth(160);
        Label accountLabel = new Label("Account");
        accountLabel.setMinWidth(Region.USE_PREF_SIZE);
        accountLabel.setLabelFor(accountPicker);
        Label regionLabel = new Label("Region");
        regionLabel.setMinWidth(Region.USE_PREF_SIZE);
        regionLabel.setLabelFor(regionPicker);
        notice.setMinWidth(0);
        BooleanBinding noSession = shell.sessionProperty().isNull().or(shell.openingProperty());
        Button trail = new Button("CloudTrail events…");
        trail.setId("openTrail");
        trail.setMinWidth(Region.USE_PREF_SIZE);
        trail.setOnAction(e -> openTrail(null));
        trail.disableProperty().bind(noSession);
        Button create = new Button("Create cluster…");
        create.setId("createCluster");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> openCreate(null));
        create.disableProperty().bind(noSession);
        HBox toolbar = new HBox(8, accountLabel, accountPicker, regionLabel, regionPicker, notice, create, trail);
        toolbar.getStyleClass().add("toolbar-row");

        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(clusters.messageProperty());
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");

        Label opening = new Label("Opening…");
        opening.setId("mainOpening");
        opening.getStyleClass().add("muted");
        root = new BorderPane(new StackPane(opening));
        Runnable find = () -> {
            javafx.scene.Node filter = root.lookup("#clusterFilter");
            if (filter != null) {
                filter.requestFocus();
            }
        };
        BooleanBinding noCluster = clusters.selectedProperty().isNull();
        BooleanBinding noClusterWithLogs = Bindings.createBooleanBinding(
                () -> clusters.selectedProperty().get() == null || !clusters.selectedProperty().get().supportsBrokerLogs(),
                clusters.selectedProperty());
        MenuBar menu = MainMenu.create(new MainMenu.Actions(this::requestClose, this::quit, clusters::refresh, find,
                        () -> openEditor(clusters.selectedProperty().get()),
                        () -> openTrail(clusters.selectedProperty().get()), () -> openTrail(null),
                        () -> services.desktop().openFolder(services.about().logFolder()), this::showAbout),
                appearance.themeProperty(), noSession, noClusterWithLogs, noCluster);
        MainMenu.addCreateItems(menu, () -> openCreate(null), () -> openCreate(clusters.selectedProperty().get()),
                noSession, noClusterWithLogs);
        MainMenu.addLevelsItem(menu, () -> levels.open(clusters.selectedProperty().get()), noClusterWithLogs);
        root.setTop(new VBox(menu, sandbox, toolbar, raisedEarlierBar()));
        root.setBottom(statusBar);
        Scene scene = new Scene(root, WindowSizes.width(1280), WindowSizes.height(760));
        Styles.apply(scene);
        // the menu shows F5; Ctrl+R (Cmd+R) refreshes too
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), clusters::refresh);
        stage.setOnCloseRequest(e -> {
            if (!levels.confirmQuit(dialogs.apply(stage)) || !closeEditors()) {
                e.consume();
                return;
            }
            rememberPlace();
            closeOtherWindows();
            levels.close();
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && appearance.themeProperty().get() == ThemeSetting.SYSTEM) {
                appearance.readSystem();
            }
        });
        appearance.darkBinding().addListener((obs, was, dark) -> Styles.setDark(dark));
        Styles.setDark(appearance.darkBinding().get());
        stage.setTitle("MSK Console");
        stage.setScene(scene);
        stage.setMinWidth(Math.min(900, WindowSizes.width(900)));
        stage.setMinHeight(Math.min(560, WindowSizes.height(560)));
        WindowPlacement.restore(stage, services.preferences().mainWindow());
    }

    /** The clusters on the left, the selected one's details on the right. */
    private SplitPane content() {
        ClusterListViewModel clusters = shell.clusters();
        ClusterDetailsView details = new ClusterDetailsView(clusters.selectedProperty(), this::openEditor,
                cluster -> openTrail(cluster), levels::open);
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(new ClusterListView(clusters), detailsScroll);
        split.setDividerPositions(0.66);
        return split;
    }

    /** Levels raised earlier on this account (or a revert just done), with a way to dismiss it. */
    private HBox raisedEarlierBar() {
        NoticeBar notice = new NoticeBar("raisedEarlierNotice", levels.raisedEarlierProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        Button dismiss = Buttons.of("dismissRaisedEarlier", "Dismiss", levels::dismissRaisedEarlier);
        dismiss.setMinWidth(Button.USE_PREF_SIZE);
        HBox bar = new HBox(8, notice, dismiss);
        bar.setPadding(new javafx.geometry.Insets(4, 12, 4, 12));
        bar.visibleProperty().bind(notice.visibleProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** The theme and the system's preference, for the View menu and tests. */
    public AppearanceViewModel appearance() {
        return appearance;
    }

    /** As if the window's close button was pressed: editors are asked first. */
    void requestClose() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Quits the app: every window closes, editors with unsaved edits or an apply being followed are asked first. */
    void quit() {
        requestClose();
        if (!stage.isShowing()) {
            Platform.exit();
        }
    }

    private void closeOtherWindows() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && window instanceof Stage other) {
                other.close();
            }
        }
    }

    private void rememberPlace() {
        WindowBounds bounds = WindowPlacement.capture(stage);
        ThemeSetting theme = appearance.themeProperty().get();
        if (bounds != null) {
            executor.execute(cancellation -> {
                services.preferences().save(theme, bounds);
                return null;
            }, ignored -> {
            }, failure -> {
            });
        }
    }

    private void showAbout() {
        AboutDialog.create(stage, services.about(), AppIcons.largest(), dialogs.apply(stage)).showAndWait();
    }

    /** Opens a CloudTrail browser on the current account and region; on a cluster's activity when one is given. */
    void openTrail(Cluster cluster) {
        Session session = shell.sessionProperty().get();
        String region = shell.regionProperty().get();
        if (session == null) {
            return;
        }
        Stage trailStage = new Stage();
        TrailPacers sessionPacers = pacers.computeIfAbsent(session, s -> new TrailPacers());
        TrailBrowserViewModel model = new TrailBrowserViewModel(session::trail, session.regions(), region, executor,
                Clock.systemUTC(), sessionPacers);
        new TrailBrowserWindow(trailStage, model, executor, dialogs.apply(trailStage), columns, stage,
                session.account().toString()).show();
        if (cluster != null) {
            model.showCluster(cluster.arn(), region);
        }
    }

    /** Opens (or brings forward) the broker log delivery editor of a cluster. */
    void openEditor(Cluster cluster) {
        if (cluster == null || !cluster.supportsBrokerLogs()) {
            return;
        }
        BrokerLogEditorWindow open = editors.get(cluster.arn());
        if (open != null) {
            open.show();
            return;
        }
        shell.editorTarget().ifPresent(target -> {
            Stage editorStage = new Stage();
            BrokerLogEditorViewModel model = new BrokerLogEditorViewModel(cluster, target, executor,
                    dialogs.apply(editorStage), shell.clusters()::replace, CHECK_DELAY);
            model.preflight().brokerLevelsProperty().bind(levels.knownLevels(cluster));
            BrokerLogEditorWindow window = new BrokerLogEditorWindow(editorStage, model, target.region(), stage);
            editors.put(cluster.arn(), window);
            window.stage().setOnHidden(e -> editors.remove(cluster.arn()));
            window.show();
        });
    }

    /**
     * Opens a Create cluster window on the current account and region; with a provisioned cluster's settings when one
     * is given ("Create from this cluster").
     */
    void openCreate(Cluster from) {
        creators.open(from);
    }

    /** Asks each open editor whether it may close (unsaved edits, an apply being followed); false if one says no. */
    boolean closeEditors() {
        if (!creators.closeAll()) {
            return false;
        }
        for (BrokerLogEditorWindow editor : java.util.List.copyOf(editors.values())) {
            editor.show();
            if (!editor.closeIfAllowed()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Shows the window, then opens the account in the background. The cluster list and details are built just
     * after the first frame (menu, toolbar, status bar) is on screen: the window appears without waiting for them.
     */
    public void show() {
        stage.show();
        shell.start();
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> root.setCenter(content()));
            }
        });
        if (appearance.themeProperty().get() == ThemeSetting.SYSTEM) {
            appearance.readSystem();
        }
    }

}
