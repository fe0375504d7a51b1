package io.mskconsole.ui.fleet;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.arrival.ArrivalState;
import io.mskconsole.core.arrival.DeliveryHealthCheck;
import io.mskconsole.core.arrival.LikelyCauses;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Whether the fleet's logs arrive: on request, the delivery health of the clusters shown (at most {@link #MOST}),
 * account by account, one cluster after another (one or two calls per destination, no checks behind the causes),
 * each cluster's worst state told as it is read. On the UI thread; the reads run through the executor.
 */
public final class FleetArrival {
    /** The most clusters one request reads. */
    public static final int MOST = 200;

    private final Accounts accounts;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableMap<String, ArrivalState> states = FXCollections.observableHashMap();
    private final SimpleBooleanProperty reading = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private TaskHandle running;
    /** Counts requests: what an earlier one (stopped, replaced) still tells is dropped. */
    private int generation;

    public FleetArrival(Accounts accounts, TaskExecutor executor, Clock clock) {
        this.accounts = accounts;
        this.executor = executor;
        this.clock = clock;
    }

    /** The key of a row in {@link #states()}. */
    public static String key(FleetReport.Row row) {
        return row.account().key() + " " + row.cluster().arn();
    }

    /** Each row's worst state, by {@link #key}, as read (absent until read; a cluster delivering nothing is absent). */
    public ObservableMap<String, ArrivalState> states() {
        return states;
    }

    public void check(List<FleetReport.Row> rows) {
        stop();
        states.clear(); // the count says this request's clusters, not an earlier one's
        List<FleetReport.Row> asked = rows.stream().filter(r -> r.cluster().supportsBrokerLogs()
                && !r.cluster().logging().enabledKinds().isEmpty()).limit(MOST).toList();
        Map<Account, List<FleetReport.Row>> byAccount = new LinkedHashMap<>();
        asked.forEach(row -> byAccount.computeIfAbsent(row.account(), a -> new java.util.ArrayList<>()).add(row));
        int request = generation;
        reading.set(true);
        status.set("Reading whether logs arrive for " + asked.size() + " clusters…");
        running = executor.execute(c -> {
            int done = 0;
            for (Map.Entry<Account, List<FleetReport.Row>> account : byAccount.entrySet()) {
                try (Session session = accounts.open(account.getKey())) {
                    for (FleetReport.Row row : account.getValue()) {
                        if (c.isCancelled()) {
                            return done;
                        }
                        ArrivalState worst;
                        try {
                            worst = new DeliveryHealthCheck(session.arrival(row.region()),
                                    session.clusters(row.region()), clock).check(row.cluster(),
                                    EnumSet.allOf(LogKind.class), LikelyCauses.NONE).worst();
                        } catch (GatewayException unreadable) {
                            worst = ArrivalState.COULD_NOT_CHECK;
                        }
                        ArrivalState told = worst;
                        executor.onUiThread(() -> {
                            if (request == generation) {
                                states.put(key(row), told);
                            }
                        });
                        done++;
                    }
                } catch (GatewayException unusable) {
                    account.getValue().forEach(row -> executor.onUiThread(() -> {
                        if (request == generation) {
                            states.put(key(row), ArrivalState.COULD_NOT_CHECK);
                        }
                    }));
                }
            }
            return done;
        }, done -> {
            if (request != generation) {
                return;
            }
            reading.set(false);
            long arriving = states.values().stream().filter(s -> s == ArrivalState.ARRIVING).count();
            status.set("Logs arriving for " + arriving + " of " + done + " clusters read"
                    + (rows.size() > MOST ? " (the first " + MOST + " shown)" : "") + ".");
        }, failure -> {
            if (request != generation) {
                return;
            }
            reading.set(false);
            status.set("Could not read whether logs arrive: " + Messages.of(failure));
        });
    }

    public void stop() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        reading.set(false);
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
