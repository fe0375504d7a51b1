package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.ui.clusters.ClusterDetailsView;
import io.mskconsole.ui.clusters.ClusterListView;
import io.mskconsole.ui.clusters.ClusterListViewModel;
import io.mskconsole.ui.common.FormattedCell;
import io.mskconsole.ui.common.PickerChoice;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.SignedOutBar;
import io.mskconsole.ui.common.Styles;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.signin.SignInControls;
import io.mskconsole.ui.signin.SignInsViewModel;
import java.util.function.Function;
import javafx.scene.Scene;
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
    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final Stage stage;
    private final Function<Window, DialogService> dialogs;
    private final ShellServices services;
    private final AppearanceViewModel appearance;
    private final BorderPane root;
    private final HBox toolbar;
    private final HBox statusBar;
    private final MenuBar menu;
    private ClusterDetailsView details;
    /** What {@link #addDeliveryHealth} adds to the details, when they are made. */
    private java.util.function.BiConsumer<ClusterDetailsView, ClusterListView> health = (shown, listed) -> { };
    private ClusterListView list;
    private final VBox top;

    /**
     * The window over its view model; the windows of each account come from the account itself
     * ({@link OpenAccount#windows()}), so this class makes none of them. Built by the app's wiring.
     *
     * @param dialogs  makes the dialog service of a window (tests answer dialogs without showing them)
     * @param services settings stores, the desktop, the About facts and the system's theme
     */
    public MainWindow(Stage stage, ShellViewModel shell, TaskExecutor executor, Function<Window, DialogService> dialogs,
                      ShellServices services) {
        this.stage = stage;
        this.services = services;
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
        this.appearance = new AppearanceViewModel(services.preferences(), services.systemTheme(), executor);
        ClusterListViewModel clusters = shell.clusters();

        Label sandbox = SandboxBanner.over(shell);

        ComboBox<Account> accountPicker = new ComboBox<>(shell.accountChoices());
        accountPicker.setId("accountPicker");
        accountPicker.setPromptText("Account");
        accountPicker.setCellFactory(list -> new OpenAccountCell(shell));
        // "· open" follows the accounts opened and closed
        shell.openAccounts().addListener((javafx.collections.ListChangeListener<OpenAccount>) change -> {
            accountPicker.setCellFactory(null);
            accountPicker.setCellFactory(list -> new OpenAccountCell(shell));
        });
        PickerChoice.bind(accountPicker, shell.accountProperty());
        Button closeAccount = new Button("Close account");
        closeAccount.setId("closeAccount");
        closeAccount.setMinWidth(Region.USE_PREF_SIZE);
        closeAccount.setTooltip(new javafx.scene.control.Tooltip("Close this account and its windows; "
                + "accounts stay open when you switch (Shift+Shortcut+W)"));
        closeAccount.setOnAction(e -> closeShownAccount());
        ComboBox<String> regionPicker = new ComboBox<>(shell.regionChoices());
        regionPicker.setId("regionPicker");
        regionPicker.setPromptText("Region");
        regionPicker.setVisibleRowCount(16);
        PickerChoice.bind(regionPicker, shell.regionProperty());
        regionPicker.setCellFactory(list -> FormattedCell.of(shell::regionLabel));
        regionPicker.setButtonCell(FormattedCell.of(shell::regionLabel));
        PickerChoice.findByTyping(regionPicker, shell::regionLabel);
        Label notice = new Label();
        notice.setId("shellNotice");
        notice.getStyleClass().add("toolbar-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(shell.noticeProperty());
        HBox.setHgrow(notice, Priority.ALWAYS);
        accountPicker.setMinWidth(200);
        // granted accounts have long names: the picker keeps its width, its list shows them whole
        accountPicker.setPrefWidth(260);
        accountPicker.disableProperty().bind(shell.openingProperty());
        regionPicker.disableProperty().bind(shell.openingProperty());
        regionPicker.setMinWidth(250);
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
        // the Sandbox alone has nothing to go back to: closing it would only open it again
        BooleanBinding nothingToClose = noSession.or(shell.sandboxBinding()
                .and(Bindings.size(shell.openAccounts()).lessThanOrEqualTo(1)));
        closeAccount.disableProperty().bind(nothingToClose);
        Button create = new Button("Create cluster…");
        create.setId("createCluster");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(e -> openCreate(null));
        create.disableProperty().bind(noSession);
        toolbar = new HBox(8, accountLabel, accountPicker, closeAccount, regionLabel, regionPicker, notice, create,
                trail);
        toolbar.getStyleClass().add("toolbar-row");
        // on the first line's baseline: a notice wrapping to a second line grows the row downwards, and the
        // pickers stay where the pointer expects them
        toolbar.setStyle("-fx-alignment: baseline-left;");

        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(clusters.messageProperty());
        statusBar = new HBox(8, status);
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
        menu = MainMenu.create(new MainMenu.Actions(this::closeWindow, this::quit, clusters::refresh, find,
                        () -> openEditor(clusters.selectedProperty().get()),
                        () -> openTrail(clusters.selectedProperty().get()), () -> openTrail(null),
                        () -> services.desktop().openFolder(services.about().logFolder()), this::showAbout),
                appearance.themeProperty(), noSession, noClusterWithLogs, noCluster);
        MainMenu.addCreateItems(menu, () -> openCreate(null), () -> openCreate(clusters.selectedProperty().get()),
                noSession, noClusterWithLogs);
        MainMenu.addLevelsItem(menu, () -> openLevels(clusters.selectedProperty().get()), noClusterWithLogs);
        MainMenu.addLogsItem(menu, () -> windows().ifPresent(w -> w.openLogs(clusters.selectedProperty().get(),
                shell.regionProperty().get())), noClusterWithLogs);
        MainMenu.addCloseAccountItem(menu, this::closeShownAccount, closeAccount.disableProperty(),
                Bindings.createStringBinding(() -> shell.accountProperty().get() == null ? "Close account"
                        : "Close account " + shell.accountProperty().get().displayName(), shell.accountProperty()));
        // the Sandbox banner comes and goes with the account: below the pickers, so they never move under the pointer
        top = new VBox(menu, toolbar, sandbox, new SignedOutBar(shell.credentialNoticeProperty(),
                clusters::refresh), new RaisedEarlierBar(shell));
        root.setTop(top);
        root.setBottom(statusBar);
        Scene scene = new Scene(root, WindowSizes.width(1280), WindowSizes.height(760));
        Styles.apply(scene);
        // the menu shows F5; Ctrl+R (Cmd+R) refreshes too
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), clusters::refresh);
        stage.setOnCloseRequest(e -> {
            if (!closeEditors()) {
                e.consume();
                return;
            }
            rememberPlace();
            closeOtherWindows();
            shell.close();
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && appearance.themeProperty().get() == ThemeSetting.SYSTEM) {
                appearance.readSystem();
            }
        });
        appearance.darkBinding().addListener((obs, was, dark) -> Styles.setDark(dark));
        Styles.setDark(appearance.darkBinding().get());
        stage.titleProperty().bind(Bindings.createStringBinding(() -> shell.shownProperty().get() == null
                        || shell.regionProperty().get() == null ? "MSK Console"
                        : "MSK Console — " + shell.accountLabelProperty().get() + " · "
                        + shell.regionProperty().get(), shell.shownProperty(), shell.accountLabelProperty(),
                shell.regionProperty()));
        stage.setScene(scene);
        WindowSizes.minimum(stage, 1180, 600);
        WindowPlacement.restore(stage, services.preferences().mainWindow());
    }

    /** Adds "Are the logs arriving?" to the details and the cluster list (the wiring gives the clock and waits). */
    public void addDeliveryHealth(java.time.Clock clock, io.mskconsole.core.concurrent.Pause pause) {
        health = (shown, listed) -> DetailsHealth.attach(shown, listed, shell, executor, clock, pause);
        if (details != null) {
            health.accept(details, list);
        }
    }

    /** The clusters on the left, the selected one's details on the right. */
    private SplitPane content() {
        ClusterListViewModel clusters = shell.clusters();
        ClusterDetailsView details = new ClusterDetailsView(clusters.selectedProperty(), this::openEditor,
                cluster -> openTrail(cluster), this::openLevels);
        this.details = details;
        details.addLogs(clusters.selectedProperty(),
                c -> windows().ifPresent(w -> w.openLogs(c, shell.regionProperty().get())));
        list = new ClusterListView(clusters, this::openEditor, text -> dialogs.apply(stage).copyToClipboard(text));
        health.accept(details, list);
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, detailsScroll);
        split.setDividerPositions(0.66);
        return split;
    }

    /**
     * Puts the IAM Identity Center sign-in in the window: a Sign in button after the account picker while the shown
     * account's sign-in is signed out, Sign in and Sign out in the File menu, Sign in… in the signed-out bar, and what
     * the last sign-in or sign-out came to in the status bar.
     */
    public void addSignIns(SignInsViewModel signIns) {
        SignInControls controls = new SignInControls(signIns, () -> dialogs.apply(stage));
        toolbar.getChildren().add(toolbar.getChildren().indexOf(toolbar.lookup("#closeAccount")) + 1,
                controls.toolbarButton());
        MainMenu.addSignInItems(menu, controls.menuItems());
        int bar = top.getChildren().indexOf(top.getChildren().stream().filter(SignedOutBar.class::isInstance)
                .findFirst().orElseThrow());
        top.getChildren().set(bar, new SignedOutBar(shell.credentialNoticeProperty(), shell.clusters()::refresh,
                signIns::signInShown, signIns.shownSignInProperty().isNotNull()));
        statusBar.getChildren().add(controls.statusLabel());
    }

    /**
     * Adds the fleet: a toolbar button and Tools › Fleet… (Shift+Shortcut+F), which open (or bring forward) the fleet
     * window over every open account.
     */
    public void addFleet(Runnable open) {
        Button fleet = Buttons.of("openFleet", "Fleet…", open);
        fleet.setMinWidth(Region.USE_PREF_SIZE);
        fleet.setTooltip(new javafx.scene.control.Tooltip("Every cluster of many accounts and regions, checked "
                + "against the fleet policy (Shift+Shortcut+F)"));
        toolbar.getChildren().add(fleet);
        MainMenu.addFleetItem(menu, open);
    }

    /** The theme and the system's preference, for the View menu and tests. */
    public AppearanceViewModel appearance() {
        return appearance;
    }

    /**
     * File > Close window (Ctrl+W) in the main window: closing it quits the app, so when other windows are open the
     * person is asked first (Ctrl+W is pressed out of habit to close the window in front).
     */
    void closeWindow() {
        List<String> with = shell.openAccounts().stream().filter(open -> open.windows().count() > 0)
                .map(open -> open.account().displayName()).toList();
        if (!with.isEmpty() && !dialogs.apply(stage).confirm("Quit MSK Console?", "Closing the main window quits MSK "
                + "Console and closes the other windows, of " + String.join(", ", with) + ".", "Quit")) {
            return;
        }
        requestClose();
    }

    /** As if the window's close button was pressed: editors are asked first. */
    void requestClose() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /** Quits the app: every window closes, editors with unsaved edits or an apply being followed are asked first. */
    public void quit() {
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

    /** The windows of the account shown, and the region shown, or empty while an account is being opened. */
    private java.util.Optional<AccountWindows> windows() {
        OpenAccount shown = shell.shownProperty().get();
        return shown == null || shell.regionProperty().get() == null ? java.util.Optional.empty()
                : java.util.Optional.of(shown.windows());
    }

    /** Opens a CloudTrail browser on the account and region shown; on a cluster's activity when one is given. */
    void openTrail(Cluster cluster) {
        windows().ifPresent(w -> w.openTrail(cluster, shell.regionProperty().get()));
    }

    /** Opens (or brings forward) the log delivery editor of a cluster of the region shown. */
    void openEditor(Cluster cluster) {
        windows().ifPresent(w -> w.openEditor(cluster, shell.regionProperty().get()));
    }

    /** Opens (or brings forward) the broker log levels window of a cluster of the region shown. */
    void openLevels(Cluster cluster) {
        windows().ifPresent(w -> w.openLevels(cluster, shell.regionProperty().get()));
    }

    /**
     * Opens a Create cluster window on the account and region shown; with a provisioned cluster's settings when one
     * is given ("Create from this cluster").
     */
    void openCreate(Cluster from) {
        windows().ifPresent(w -> w.openCreate(from, shell.regionProperty().get()));
    }

    /**
     * Closes the account shown with its windows, once they agree (unsaved edits, an apply being followed, levels
     * waiting to be put back), and shows the account used before it.
     */
    void closeShownAccount() {
        OpenAccount shown = shell.shownProperty().get();
        if (shown != null && shown.windows().mayClose(dialogs.apply(stage))) {
            shell.closeShown();
        }
    }

    /** Asks the windows of every open account whether they may close; false if one says no. */
    boolean closeEditors() {
        for (OpenAccount open : List.copyOf(shell.openAccounts())) {
            if (!open.windows().mayClose(dialogs.apply(stage))) {
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
