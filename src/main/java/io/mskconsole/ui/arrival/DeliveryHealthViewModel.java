package io.mskconsole.ui.arrival;

import io.mskconsole.core.arrival.CheckedCauses;
import io.mskconsole.core.arrival.DeliveryHealth;
import io.mskconsole.core.arrival.DeliveryHealthCheck;
import io.mskconsole.core.arrival.FirstLogsWatch;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Clock;
import java.util.EnumSet;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * One cluster's delivery health in a window: checked when asked (never on its own: each check costs a call or two
 * per destination), kept for a minute per cluster, or watched after an Apply until the first logs arrive (at most
 * 15 minutes, stoppable). The core's {@link DeliveryHealthCheck}, as {@code logging health} runs it. On the UI
 * thread; the reads run through the executor.
 */
public final class DeliveryHealthViewModel {
    private final TaskExecutor executor;
    private final Clock clock;
    private final Pause pause;
    private final Supplier<HealthTarget> target;
    private final KnownHealth kept;
    private final SimpleObjectProperty<DeliveryHealth> health = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty checking = new SimpleBooleanProperty();
    private final SimpleBooleanProperty watching = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private TaskHandle running;
    private String shownArn;
    /** Counts checks and watches started: the status of one stopped or replaced since is not shown. */
    private int generation;

    /**
     * @param target where the shown cluster's health is read (the account and region shown), asked at each check
     * @param pause  how a watch waits between readings (the real wait in the app)
     */
    public DeliveryHealthViewModel(TaskExecutor executor, Clock clock, Pause pause, Supplier<HealthTarget> target) {
        this(executor, clock, pause, target, new KnownHealth(executor, clock, target));
    }

    /** @param kept the health read in the window, shared with the cluster list's column */
    public DeliveryHealthViewModel(TaskExecutor executor, Clock clock, Pause pause, Supplier<HealthTarget> target,
                                   KnownHealth kept) {
        this.executor = executor;
        this.clock = clock;
        this.pause = pause;
        this.target = target;
        this.kept = kept;
    }

    /** Shows the cluster: its health when it was read less than a minute ago, else nothing until asked. */
    public void show(Cluster cluster) {
        stop();
        shownArn = cluster == null ? null : cluster.arn();
        DeliveryHealth known = cluster == null ? null : kept.fresh(cluster.arn());
        boolean fresh = known != null;
        // the list's column reads without the causes: a destination not arriving then says why only after Check
        boolean withoutCauses = fresh && known.destinations().stream().anyMatch(d -> d.state()
                == io.mskconsole.core.arrival.ArrivalState.NOT_ARRIVING && d.causes().isEmpty());
        health.set(fresh ? known : null);
        status.set(cluster == null || !cluster.supportsBrokerLogs() ? ""
                : cluster.logging().enabledKinds().isEmpty() ? "No destination is on: nothing is delivered."
                : withoutCauses ? "Checked at " + known.checkedAt() + " for the list, without the likely causes: "
                + "Check reads them."
                : fresh ? "Checked at " + known.checkedAt() + "."
                : "Not checked yet: Check reads the newest log of each destination.");
    }

    /** Reads the cluster's health once. */
    public void check(Cluster cluster) {
        if (cluster == null || !cluster.supportsBrokerLogs()) {
            return;
        }
        stop();
        HealthTarget where = target();
        if (where == null) {
            return;
        }
        checking.set(true);
        status.set("Reading the newest log of each destination…");
        String arn = cluster.arn();
        int mine = ++generation;
        running = executor.execute(c -> new DeliveryHealthCheck(where.arrival(), where.clusters(), clock)
                .check(cluster, EnumSet.allOf(LogKind.class), new CheckedCauses(where.destinations(), cluster,
                        executor.lookups(), c)), read -> {
                    kept.put(read);
                    if (mine == generation) {
                        checking.set(false);
                        shown(arn, read);
                        status.set(summary(read));
                    }
                }, failure -> {
                    if (mine == generation) {
                        checking.set(false);
                        status.set("Could not check: " + Messages.of(failure));
                    }
                });
    }

    /** After an Apply: reads every 30 s until the first logs arrive, 15 minutes pass, or {@link #stop()}. */
    public void watch(Cluster cluster) {
        if (cluster == null || !cluster.supportsBrokerLogs() || cluster.logging().enabledKinds().isEmpty()) {
            return;
        }
        stop();
        HealthTarget where = target();
        if (where == null) {
            return;
        }
        shownArn = cluster.arn();
        watching.set(true);
        status.set("Watching for the first logs (up to " + FirstLogsWatch.LONGEST.toMinutes() + " minutes)…");
        String arn = cluster.arn();
        int mine = ++generation;
        running = executor.execute(c -> new FirstLogsWatch(new DeliveryHealthCheck(where.arrival(), where.clusters(),
                        clock), clock, pause).watch(cluster, EnumSet.allOf(LogKind.class),
                        new CheckedCauses(where.destinations(), cluster, executor.lookups(), c),
                        read -> executor.onUiThread(() -> {
                            if (mine == generation) {
                                shown(arn, read);
                            }
                        }), c), last -> {
                    if (mine == generation) {
                        watching.set(false);
                        shown(arn, last);
                        status.set(last.allArriving() ? "The first logs arrived. " + summary(last)
                                : "No logs yet after watching: " + summary(last));
                    }
                }, failure -> {
                    if (mine == generation) {
                        watching.set(false);
                        status.set("Stopped watching: " + Messages.of(failure));
                    }
                });
    }

    /** Stops a check or watch under way; what was read stays shown. */
    public void stop() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (watching.get()) {
            watching.set(false);
            status.set("Stopped watching.");
        }
        checking.set(false);
    }

    /** Where to read, or null (said in the status) when the account cannot read it. */
    private HealthTarget target() {
        try {
            return target.get();
        } catch (io.mskconsole.core.errors.GatewayException unavailable) {
            status.set("Could not check: " + unavailable.getMessage());
            return null;
        }
    }

    private void shown(String arn, DeliveryHealth read) {
        kept.put(read);
        if (arn.equals(shownArn)) {
            health.set(read);
        }
    }

    static String summary(DeliveryHealth read) {
        if (read.destinations().isEmpty()) {
            return "No destination is on: nothing is delivered.";
        }
        long arriving = read.destinations().stream().filter(d -> d.state() == io.mskconsole.core.arrival
                .ArrivalState.ARRIVING).count();
        return arriving + " of " + read.destinations().size() + " destinations arriving (checked at "
                + read.checkedAt() + ").";
    }

    public ReadOnlyObjectProperty<DeliveryHealth> healthProperty() {
        return health;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public ReadOnlyBooleanProperty watchingProperty() {
        return watching;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
