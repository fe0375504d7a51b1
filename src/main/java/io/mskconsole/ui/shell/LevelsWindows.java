package io.mskconsole.ui.shell;

import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.DaemonDelayedTasks;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.levels.BrokerLevelsWindow;
import io.mskconsole.ui.levels.ConnectViewModel;
import io.mskconsole.ui.levels.KnownBrokerLevels;
import io.mskconsole.ui.levels.LevelReverts;
import io.mskconsole.ui.levels.LevelsServices;
import io.mskconsole.ui.levels.LoggerLevelsViewModel;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window's Broker log levels windows, one per cluster, and what they share for the app's run: the records
 * of raised levels, the reverts waiting for their time, the levels last read (which the broker log delivery checks
 * use). Also says, when an account opens, which levels this app raised earlier there and may still be raised.
 */
final class LevelsWindows implements AutoCloseable {
    /** How many raised levels the notice names before "and N more". */
    private static final int NAMED = 3;

    private final ShellViewModel shell;
    private final TaskExecutor executor;
    private final Function<Window, DialogService> dialogs;
    private final Stage owner;
    private final Consumer<Cluster> openEditor;
    private final LevelsServices services;
    private final Map<String, BrokerLevelsWindow> open = new HashMap<>();
    private final ObjectProperty<Notice> raisedEarlier = new SimpleObjectProperty<>(Notice.NONE);

    LevelsWindows(ShellViewModel shell, TaskExecutor executor, Function<Window, DialogService> dialogs, Stage owner,
                  RaisedLevelStore store, Consumer<Cluster> openEditor) {
        this.shell = shell;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.openEditor = openEditor;
        Clock clock = Clock.systemUTC();
        RaisedLevelRecords records = new RaisedLevelRecords(store, clock);
        this.services = new LevelsServices(records, new LevelReverts(executor, records,
                new DaemonDelayedTasks(clock, "msk-console-level-reverts")), new KnownBrokerLevels());
        shell.sessionProperty().addListener((obs, old, session) -> announceRaisedEarlier(session));
        services.reverts().lastRevertProperty().addListener((obs, old, done) -> {
            if (done != null) {
                raisedEarlier.set(done.notice());
            }
        });
    }

    /** Opens (or brings forward) the cluster's Broker log levels window. */
    void open(Cluster cluster) {
        if (cluster == null) {
            return;
        }
        BrokerLevelsWindow earlier = open.get(cluster.arn());
        if (earlier != null) {
            earlier.show();
            return;
        }
        shell.levelsTarget().ifPresent(target -> {
            Stage stage = new Stage();
            DialogService windowDialogs = dialogs.apply(stage);
            BrokerLevelsWindow window = new BrokerLevelsWindow(stage, new ConnectViewModel(cluster, target, executor),
                    windowDialogs, connected -> new LoggerLevelsViewModel(cluster, target, connected, executor,
                    windowDialogs, services), () -> openEditor.accept(cluster), target.region(), owner);
            open.put(cluster.arn(), window);
            stage.setOnHidden(e -> open.remove(cluster.arn()));
            window.show();
        });
    }

    /** The levels last read from the cluster's brokers in this run, following later reads. */
    ObjectProperty<LoggerTable> knownLevels(Cluster cluster) {
        Session session = shell.sessionProperty().get();
        String account = session == null ? "" : session.account().key();
        return services.known().follow(account, cluster.arn());
    }

    /** Levels raised earlier on the account just opened, or the latest revert done. */
    ReadOnlyObjectProperty<Notice> raisedEarlierProperty() {
        return raisedEarlier;
    }

    void dismissRaisedEarlier() {
        raisedEarlier.set(Notice.NONE);
    }

    private void announceRaisedEarlier(Session session) {
        raisedEarlier.set(Notice.NONE);
        if (session == null) {
            return;
        }
        String account = session.account().key();
        executor.execute(c -> services.records().all().stream().filter(r -> r.account().equals(account)).toList(),
                raised -> {
                    Session now = shell.sessionProperty().get();
                    if (now != null && now.account().key().equals(account) && !raised.isEmpty()) {
                        raisedEarlier.set(Notice.warning(raisedEarlierText(raised)));
                    }
                }, failure -> { });
    }

    static String raisedEarlierText(List<RaisedLevel> raised) {
        String named = raised.stream().limit(NAMED).map(RaisedLevel::describe).collect(Collectors.joining("; "));
        int more = raised.size() - NAMED;
        return "MSK Console raised broker log levels earlier that may still be raised: " + named
                + (more > 0 ? "; and " + more + " more" : "") + ". Open the cluster's Broker log levels (Cluster menu) "
                + "to see them and put them back.";
    }

    /**
     * Asks before the app quits while levels wait to be put back at their time: quitting leaves them raised (the
     * next start lists them). True when nothing waits or the person agrees.
     */
    boolean confirmQuit(DialogService dialogs) {
        List<RaisedLevel> waiting = services.reverts().pending();
        if (waiting.isEmpty()) {
            return true;
        }
        String named = waiting.stream().limit(NAMED).map(RaisedLevel::describe).collect(Collectors.joining("; "));
        int more = waiting.size() - NAMED;
        return dialogs.confirm("Levels still to put back", "MSK Console puts these broker log levels back at the time "
                + "asked only while it runs: " + named + (more > 0 ? "; and " + more + " more" : "") + ". Quit and "
                + "leave them raised? The next start lists them, to put back by hand.", "Quit anyway");
    }

    /** Closes every window and drops the reverts still waiting (they are recorded, and listed at the next start). */
    @Override
    public void close() {
        List.copyOf(open.values()).forEach(window -> window.stage().close());
        services.reverts().close();
    }
}
