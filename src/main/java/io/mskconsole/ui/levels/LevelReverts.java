package io.mskconsole.ui.levels;

import io.mskconsole.core.concurrent.DelayedTasks;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.ChangeReport;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.LevelChange;
import io.mskconsole.core.levels.LevelPutBack;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.core.levels.RevertScheduler;
import io.mskconsole.core.levels.Secret;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Puts raised levels back at the time asked for ("revert after"), for every cluster of the app, while the app runs:
 * also once the cluster's window has closed. It keeps how to reach each cluster's brokers (its own copy of any
 * password, wiped when nothing is left to put back), connects when a time comes, sends the change that puts the level
 * back, reads it back, records it and tells the windows ({@link #lastRevertProperty()}). Its methods are called on
 * the UI thread; the work runs through the task executor.
 */
public final class LevelReverts implements AutoCloseable {
    private final TaskExecutor executor;
    private final RaisedLevelRecords records;
    private final RevertScheduler scheduler;
    private final Map<String, Route> routes = new HashMap<>();
    private final ObjectProperty<Reverted> lastRevert = new SimpleObjectProperty<>();

    /** How to reach one cluster's brokers. */
    private record Route(BrokerLoggerConnector connector, BrokerConnection connection) {
    }

    /**
     * What a revert did: the cluster, the change and each broker's answer (null when it was not sent: the level was
     * changed since, or the revert failed), and the words for it.
     */
    public record Reverted(String account, String clusterArn, RaisedLevel raised, ChangeReport report, Notice notice) {
    }

    public LevelReverts(TaskExecutor executor, RaisedLevelRecords records, DelayedTasks tasks) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.records = Objects.requireNonNull(records, "records");
        this.scheduler = new RevertScheduler(tasks, raised -> executor.onUiThread(() -> revert(raised)));
    }

    /**
     * Puts each of these back at its revert time (those without one are left alone), through these brokers.
     *
     * @param connection how the window connected; a copy is kept, with copies of its passwords
     */
    public void schedule(BrokerLoggerConnector connector, BrokerConnection connection, List<RaisedLevel> raised) {
        for (RaisedLevel level : raised) {
            if (level.revertAt() != null) {
                Route earlier = routes.put(key(level), new Route(connector, copy(connection)));
                if (earlier != null) {
                    wipe(earlier.connection());
                }
            }
        }
        scheduler.schedule(raised);
        raised.stream().filter(level -> level.revertAt() == null).forEach(this::forgetRouteIfDone);
    }

    /** Stops waiting to put this logger of this broker back (it was put back or changed by hand). */
    public void cancel(RaisedLevel raised) {
        scheduler.cancel(raised);
        forgetRouteIfDone(raised);
    }

    /** The levels waiting for their time, in the order they were scheduled. */
    public List<RaisedLevel> pending() {
        return scheduler.pending();
    }

    /** The latest revert done (or failed), for the windows to show and to read their tables again. */
    public ReadOnlyObjectProperty<Reverted> lastRevertProperty() {
        return lastRevert;
    }

    /**
     * The time has come: the route is taken out for this revert alone (a later schedule brings its own), the level
     * read, and put back only if the broker still has the level this app set: one changed since, by the commands,
     * another window or another tool, is left as it is.
     */
    private void revert(RaisedLevel raised) {
        Route route = routes.remove(key(raised));
        if (route == null) {
            return;
        }
        LevelChange change = raised.revertChange();
        executor.execute(c -> {
            try (BrokerLoggerGateway gateway = route.connector().connect(route.connection())) {
                return LevelPutBack.putBack(gateway, records, raised);
            }
        }, report -> {
            wipe(route.connection());
            lastRevert.set(new Reverted(raised.account(), raised.clusterArn(), raised, report, report == null
                    ? Notice.info(LevelPutBack.notPutBack(raised))
                    : report.allSucceeded()
                    ? Notice.success("Put back as asked: " + change.describe() + " of " + raised.clusterName() + ".")
                    : Notice.warning("Could not put back " + raised.describe() + ": "
                    + report.failed().get(0).error())));
        }, failure -> {
            wipe(route.connection());
            lastRevert.set(new Reverted(raised.account(), raised.clusterArn(), raised, null, Notice.error(
                    "Could not put back " + raised.describe() + " at the time asked: " + Messages.of(failure)
                            + " It stays raised: put it back from the cluster's Broker log levels.")));
        });
    }

    private void forgetRouteIfDone(RaisedLevel raised) {
        String key = key(raised);
        boolean waiting = scheduler.pending().stream().anyMatch(p -> key(p).equals(key));
        if (!waiting) {
            Route route = routes.remove(key);
            if (route != null) {
                wipe(route.connection());
            }
        }
    }

    /** Drops everything waiting and wipes the passwords kept. */
    @Override
    public void close() {
        scheduler.close();
        routes.values().forEach(route -> wipe(route.connection()));
        routes.clear();
    }

    /** One route per cluster and broker logger: the scheduler's own granularity. */
    private static String key(RaisedLevel level) {
        return level.account() + "\n" + level.clusterArn() + "\n" + level.brokerId() + "\n" + level.logger();
    }

    private static BrokerConnection copy(BrokerConnection connection) {
        ClientAuthSettings auth = connection.auth();
        if (auth instanceof ClientAuthSettings.Scram scram) {
            auth = new ClientAuthSettings.Scram(scram.user(), Secret.of(scram.password().reveal()));
        } else if (auth instanceof ClientAuthSettings.Tls tls && tls.keyStorePassword() != null) {
            auth = new ClientAuthSettings.Tls(tls.keyStore(), Secret.of(tls.keyStorePassword().reveal()));
        }
        return new BrokerConnection(connection.clusterName(), connection.bootstrap(), auth);
    }

    static void wipe(BrokerConnection connection) {
        if (connection.auth() instanceof ClientAuthSettings.Scram scram) {
            scram.password().wipe();
        } else if (connection.auth() instanceof ClientAuthSettings.Tls tls && tls.keyStorePassword() != null) {
            tls.keyStorePassword().wipe();
        }
    }
}
