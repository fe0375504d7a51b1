package io.mskconsole.app.windows;

import io.mskconsole.app.accounts.AccountContext;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.SignedOutBar;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.create.CreateClusterViewModel;
import io.mskconsole.ui.create.CreateClusterWindow;
import io.mskconsole.ui.create.CreateTarget;
import io.mskconsole.ui.delivery.BrokerLogEditorViewModel;
import io.mskconsole.ui.delivery.BrokerLogEditorWindow;
import io.mskconsole.ui.delivery.EditorTarget;
import io.mskconsole.ui.levels.BrokerLevelsWindow;
import io.mskconsole.ui.levels.ConnectViewModel;
import io.mskconsole.ui.levels.LevelsTarget;
import io.mskconsole.ui.levels.LoggerLevelsViewModel;
import io.mskconsole.ui.shell.ClusterEvents;
import io.mskconsole.ui.trail.TrailBrowserViewModel;
import io.mskconsole.ui.trail.TrailBrowserWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Makes every window of one account from its context: one log delivery editor and one levels window per cluster
 * (asking again brings it forward), any number of CloudTrail and Create cluster windows. Each window is titled with
 * the account and the region it was opened on, shows when the account is signed out, and tells the main window of
 * clusters it changed or created. Lives on the UI thread.
 */
final class WindowNavigator implements AccountContext.WindowsOfAccount {
    /** How long an edit rests before the destination checks run. */
    static final Duration CHECK_DELAY = Duration.ofMillis(400);
    /** How many levels the question about leaving them raised names before "and N more". */
    private static final int NAMED = 3;

    private final AccountContext context;
    private final DesktopServices desktop;
    private final Map<String, BrokerLogEditorWindow> editors = new HashMap<>();
    private final Map<String, BrokerLevelsWindow> levels = new HashMap<>();
    private final Map<String, io.mskconsole.ui.brokerlogs.BrokerLogsWindow> logViewers = new HashMap<>();
    private final List<CreateClusterWindow> creators = new ArrayList<>();
    private final List<Stage> others = new ArrayList<>();

    WindowNavigator(AccountContext context, DesktopServices desktop) {
        this.context = context;
        this.desktop = desktop;
    }

    private Session session() {
        return context.session();
    }

    private Account account() {
        return context.account();
    }

    private TaskExecutor executor() {
        return desktop.executor();
    }

    private ClusterEvents events() {
        return desktop.events().get();
    }

    /** "orders-prod — Sandbox · us-east-1": what each window's title ends with. */
    private String where(String region) {
        return context.label().get() + " · " + region;
    }

    /** Ends the window's title with its account and region, and shows there when the account is signed out. */
    private void belongs(Stage stage, String region) {
        String base = stage.getTitle();
        stage.titleProperty().bind(Bindings.createStringBinding(() -> base + " — " + where(region),
                context.label()));
        SignedOutBar.install(stage, context.credentialNotice(), () -> context.checkSignIn(region), signIn());
        keys(stage);
    }

    /** Ctrl+Q quits from any window as from the main window (each window closes itself with Ctrl+W). */
    private void keys(Stage stage) {
        stage.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                desktop.quit());
    }

    /** Runs when the window closes, beside the window's own handlers (the CloudTrail window cancels its search so). */
    private static void whenClosed(Stage stage, Runnable action) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> action.run());
    }

    @Override
    public void openEditor(Cluster cluster, String region) {
        if (cluster == null || !cluster.supportsBrokerLogs()) {
            return;
        }
        BrokerLogEditorWindow open = editors.get(cluster.arn());
        if (open != null) {
            open.show();
            return;
        }
        Stage stage = new Stage();
        EditorTarget target = new EditorTarget(session().clusters(region), region, session().cliAccount(),
                session().operationPollInterval(), session().destinations(region));
        BrokerLogEditorViewModel model = new BrokerLogEditorViewModel(cluster, target, executor(),
                desktop.dialogs().apply(stage), read -> events().changed(account(), region, read), CHECK_DELAY);
        model.preflight().brokerLevelsProperty().bind(context.levels().known().follow(account().key(), cluster.arn()));
        BrokerLogEditorWindow window = new BrokerLogEditorWindow(stage, model, region, desktop.owner());
        window.watchFirstLogs(new io.mskconsole.ui.arrival.DeliveryHealthViewModel(executor(), desktop.clock(),
                desktop.pause(), () -> new io.mskconsole.ui.arrival.HealthTarget(session().arrival(region),
                session().clusters(region), () -> session().destinations(region))));
        belongs(stage, region);
        editors.put(cluster.arn(), window);
        whenClosed(stage, () -> editors.remove(cluster.arn()));
        window.show();
    }

    @Override
    public void openLevels(Cluster cluster, String region) {
        if (cluster == null) {
            return;
        }
        BrokerLevelsWindow earlier = levels.get(cluster.arn());
        if (earlier != null) {
            earlier.show();
            return;
        }
        Stage stage = new Stage();
        DialogService dialogs = desktop.dialogs().apply(stage);
        LevelsTarget target = new LevelsTarget(account(), region, session().clusters(region),
                session().brokerLoggers(region));
        BrokerLevelsWindow window = new BrokerLevelsWindow(stage, new ConnectViewModel(cluster, target, executor()),
                dialogs, connected -> new LoggerLevelsViewModel(cluster, target, connected, executor(), dialogs,
                context.levels()), () -> openEditor(cluster, region), region, desktop.owner());
        belongs(stage, region);
        levels.put(cluster.arn(), window);
        whenClosed(stage, () -> levels.remove(cluster.arn()));
        window.show();
    }

    @Override
    public void openLogs(Cluster cluster, String region) {
        if (cluster == null || !cluster.supportsBrokerLogs()) {
            return;
        }
        io.mskconsole.ui.brokerlogs.BrokerLogsWindow open = logViewers.get(cluster.arn());
        if (open != null) {
            open.show();
            return;
        }
        Stage stage = new Stage();
        var window = new io.mskconsole.ui.brokerlogs.BrokerLogsWindow(stage,
                new io.mskconsole.ui.brokerlogs.BrokerLogsViewModel(cluster, session().logSources(region),
                        session().arrival(region), executor(), desktop.clock(), desktop.pause()), executor(),
                desktop.dialogs().apply(stage), () -> openLevels(cluster, region), at -> openTrailAt(cluster, region, at),
                desktop.owner());
        belongs(stage, region);
        logViewers.put(cluster.arn(), window);
        whenClosed(stage, () -> logViewers.remove(cluster.arn()));
        window.show();
    }

    @Override
    public void openTrail(Cluster cluster, String region) {
        openTrailAt(cluster, region, null);
    }

    /** A CloudTrail browser on the cluster's activity around the time, or of the last days when it is null. */
    private void openTrailAt(Cluster cluster, String region, java.time.Instant at) {
        Stage stage = new Stage();
        TrailBrowserViewModel model = new TrailBrowserViewModel(session()::trail, session().regions(), region,
                executor(), desktop.clock(), context.trailPacers()).keepingIn(desktop.keeping(),
                account().isSandbox() ? null : () -> account().key() + " in " + session().destinations(region != null
                        ? region : session().regions().get(0)).permissions().caller().account());
        TrailBrowserWindow window = new TrailBrowserWindow(stage, model, executor(), desktop.dialogs().apply(stage),
                desktop.columns(), desktop.owner(), context.label());
        io.mskconsole.core.trailcache.TrailFileCache cache = desktop.trailCache();
        String reader = account().isSandbox() ? io.mskconsole.core.trailcache.TrailFileCache.SANDBOX : account().key();
        window.addTrailFiles(new io.mskconsole.ui.trail.TrailBucketLoad(model, executor(), r -> cache.cached(
                session().trailBucket(r), reader)), cache, new io.mskconsole.ui.trail.AthenaQuerySetup(model,
                executor(), r -> session().athena(r), r -> session().trailBucket(r), desktop.clock(),
                io.mskconsole.core.trail.Ticker.SYSTEM));
        SignedOutBar.install(stage, context.credentialNotice(), () -> context.checkSignIn(region), signIn());
        keys(stage);
        window.show();
        others.add(stage);
        whenClosed(stage, () -> others.remove(stage));
        if (cluster != null && at != null) {
            io.mskconsole.ui.trail.ClusterActivity.around(model, cluster.arn(), region, at);
        } else if (cluster != null) {
            io.mskconsole.ui.trail.ClusterActivity.show(model, cluster.arn(), region);
        }
    }

    @Override
    public void openCreate(Cluster from, String region) {
        if (region == null || from != null && from.type() != ClusterType.PROVISIONED) {
            return;
        }
        CreateTarget target = new CreateTarget(region, session().cliAccount(), session().network(region),
                session().clusterCreation(region), session().destinations(region), session().operationPollInterval());
        Stage stage = new Stage();
        CreateClusterViewModel model = new CreateClusterViewModel(target, executor(), desktop.dialogs().apply(stage),
                created -> events().created(account(), region, created),
                () -> events().listChanged(account(), region), CHECK_DELAY);
        CreateClusterWindow window = new CreateClusterWindow(stage, model, context.label(), desktop.owner());
        SignedOutBar.install(stage, context.credentialNotice(), () -> context.checkSignIn(region), signIn());
        keys(stage);
        creators.add(window);
        whenClosed(stage, () -> creators.remove(window));
        window.show();
        if (from != null) {
            model.startFrom(from);
        }
    }

    /**
     * Asks first whether to leave levels raised that wait to be put back (the reverts run only while the account is
     * open), then each Create cluster window and editor holding work; each that agrees closes.
     */
    @Override
    public boolean mayClose(DialogService dialogs) {
        List<RaisedLevel> waiting = pendingReverts();
        if (!waiting.isEmpty()) {
            String named = waiting.stream().limit(NAMED).map(RaisedLevel::describe).collect(Collectors.joining("; "));
            int more = waiting.size() - NAMED;
            if (!dialogs.confirm("Levels still to put back", "MSK Console puts these broker log levels of "
                    + account().displayName() + " back at the time asked only while the account is open: " + named
                    + (more > 0 ? "; and " + more + " more" : "") + ". Close and leave them raised? The next time "
                    + "the account opens lists them, to put back by hand.", "Leave them raised")) {
                return false;
            }
        }
        for (CreateClusterWindow window : List.copyOf(creators)) {
            window.show();
            if (!window.closeIfAllowed()) {
                return false;
            }
        }
        for (BrokerLogEditorWindow editor : List.copyOf(editors.values())) {
            editor.show();
            if (!editor.closeIfAllowed()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int count() {
        return others.size() + editors.size() + levels.size() + creators.size() + logViewers.size();
    }

    @Override
    public List<RaisedLevel> pendingReverts() {
        return context.levels().reverts().pending();
    }

    @Override
    public void closeAll() {
        List<Stage> all = new ArrayList<>(others);
        editors.values().forEach(window -> all.add(window.stage()));
        levels.values().forEach(window -> all.add(window.stage()));
        logViewers.values().forEach(window -> all.add(window.stage()));
        creators.forEach(window -> all.add(window.stage()));
        all.forEach(Stage::close);
    }

    /** Opens a sign-in window for the account's IAM Identity Center sign-in; null for an account without one. */
    private Runnable signIn() {
        return context.signIn().<Runnable>map(signIn -> () -> desktop.signIns().get().signIn(signIn)).orElse(null);
    }
}
