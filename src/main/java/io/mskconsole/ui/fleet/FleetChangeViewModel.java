package io.mskconsole.ui.fleet;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.change.ApplyStatus;
import io.mskconsole.core.fleet.change.DestinationSetting;
import io.mskconsole.core.fleet.change.FleetApply;
import io.mskconsole.core.fleet.change.FleetApplyReport;
import io.mskconsole.core.fleet.change.FleetChange;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.FleetPlanFile;
import io.mskconsole.core.fleet.change.FleetPlanner;
import io.mskconsole.core.fleet.change.PlannedCluster;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One change to many clusters, in the window: what to set (a destination of broker or authorizer logs, on with a
 * name template or off), the plan (per cluster the current and new settings, the checks, the skipped with the
 * reason), then Apply with a live status per cluster, Stop (nothing new starts; those under way finish) and the
 * result. Plan and apply are the core's, as {@code fleet plan} and {@code fleet apply} run them. On the UI thread.
 */
public final class FleetChangeViewModel {
    private final Accounts accounts;
    private final TaskExecutor executor;
    private final Clock clock;
    private final DialogService dialogs;
    private final Pause pause;
    private final List<FleetReport.Row> targets;
    private final ObjectProperty<LogKind> kind = new SimpleObjectProperty<>(LogKind.BROKER);
    private final ObjectProperty<DestinationType> type = new SimpleObjectProperty<>(DestinationType.CLOUDWATCH_LOGS);
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final StringProperty name = new SimpleStringProperty("/aws/vendedlogs/msk/{cluster}");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final ObjectProperty<FleetPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<PlanItem> items = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty applying = new SimpleBooleanProperty();
    private final BooleanProperty applied = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObjectProperty<FleetApplyReport> result = new SimpleObjectProperty<>();
    private Runnable afterApply = () -> { };
    private Cancellation stop = new Cancellation();
    private Cancellation abandon = new Cancellation();

    /**
     * @param pause how MSK calls wait for their turn in a region ({@link Pause#REAL} in the app)
     */
    public FleetChangeViewModel(Accounts accounts, TaskExecutor executor, Clock clock, Pause pause,
                                DialogService dialogs, List<FleetReport.Row> targets) {
        this.accounts = accounts;
        this.pause = pause;
        this.executor = executor;
        this.clock = clock;
        this.dialogs = dialogs;
        this.targets = List.copyOf(targets);
        kind.addListener((o, a, b) -> forget());
        type.addListener((o, a, b) -> forget());
        enabled.addListener((o, a, b) -> forget());
        name.addListener((o, a, b) -> forget());
        prefix.addListener((o, a, b) -> forget());
    }

    /** The change the fields describe, or null with a notice saying what is wrong. */
    FleetChange change() {
        try {
            DestinationSetting setting = enabled.get()
                    ? DestinationSetting.on(kind.get(), type.get(), blankToNull(name.get()),
                    type.get() == DestinationType.S3 ? blankToNull(prefix.get()) : null)
                    : DestinationSetting.off(kind.get(), type.get());
            return new FleetChange(List.of(setting));
        } catch (IllegalArgumentException | NullPointerException wrong) {
            notice.set(Notice.error(wrong instanceof NullPointerException ? "Name the " + type.get().resourceNoun()
                    + " to deliver " + kind.get().noun() + " to." : wrong.getMessage()));
            return null;
        }
    }

    /** Plans the change for the clusters: nothing is sent. */
    public void plan() {
        FleetChange change = change();
        if (change == null) {
            return;
        }
        busy.set(true);
        notice.set(Notice.info("Planning " + targets.size() + " clusters: running the destination checks…"));
        executor.execute(c -> new FleetPlanner(accounts, executor.lookups(), clock).plan(targets, change,
                FleetPlanner.Progress.NONE, c), planned -> {
                    busy.set(false);
                    plan.set(planned);
                    items.setAll(planned.clusters().stream().map(PlanItem::new).toList());
                    applied.set(false);
                    result.set(null);
                    notice.set(planned.toChange().isEmpty() ? Notice.warning("Nothing to apply: " + planned.summary()
                            + ".") : Notice.info("Plan: " + planned.summary() + ". Review it, then Apply."));
                }, failure -> {
                    busy.set(false);
                    notice.set(Notice.error("Could not plan: " + Messages.of(failure)));
                });
    }

    /** Asks, then applies the plan: each cluster as the single editor applies, a few at a time per region. */
    public void apply() {
        FleetPlan planned = plan.get();
        if (planned == null || planned.toChange().isEmpty() || applying.get()) {
            return;
        }
        String where = planned.toChange().stream().map(c -> c.account().displayName()).distinct().sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        long regions = planned.toChange().stream().map(c -> c.account().key() + " " + c.region()).distinct().count();
        if (!dialogs.confirm("Apply to " + planned.toChange().size() + " clusters",
                "Send UpdateMonitoring to " + planned.toChange().size() + " clusters in " + regions
                        + (regions == 1 ? " region" : " regions") + " of " + where + ": " + planned.change().describe()
                        + ". Each is read again first and refused if its log delivery changed since the plan.",
                "Apply")) {
            return;
        }
        Map<String, PlanItem> byKey = new HashMap<>();
        items.forEach(item -> byKey.put(item.planned().key(), item));
        stop = new Cancellation();
        abandon = new Cancellation();
        applying.set(true);
        busy.set(true);
        notice.set(Notice.info("Applying… Stop lets the clusters under way finish and starts no new one."));
        FleetApply.Progress told = new FleetApply.Progress() {
            @Override
            public void status(PlannedCluster cluster, ApplyStatus status, String detail) {
                executor.onUiThread(() -> {
                    PlanItem item = byKey.get(cluster.key());
                    if (item != null) {
                        item.statusProperty().set(status);
                        item.detailProperty().set(detail);
                    }
                });
            }

            @Override
            public void throttled(String region, String operation, java.time.Duration backoff) {
                executor.onUiThread(() -> notice.set(Notice.info("MSK throttled " + operation + " in " + region
                        + ": slowing down (next call in " + backoff.toSeconds() + " s).")));
            }
        };
        Cancellation stopNow = stop;
        Cancellation abandonNow = abandon;
        executor.execute(c -> new FleetApply(accounts, executor.lookups(), clock, pause).apply(planned,
                FleetApply.Options.standard(true), told, stopNow, abandonNow), done -> {
                    applying.set(false);
                    busy.set(false);
                    applied.set(true);
                    result.set(done);
                    for (var ended : done.results()) {
                        PlanItem item = byKey.get(ended.planned().key());
                        item.statusProperty().set(ended.status());
                        item.detailProperty().set(ended.message());
                    }
                    notice.set(done.allSucceeded() ? Notice.success("Done: " + done.summary() + ".")
                            : Notice.warning("Done: " + done.summary() + ". Each cluster's row says what happened."));
                    afterApply.run();
                }, failure -> {
                    applying.set(false);
                    busy.set(false);
                    notice.set(Notice.error("The apply stopped: " + Messages.of(failure)));
                });
    }

    /** Runs on the UI thread when an apply has ended (the fleet window scans again, to show the clusters now). */
    public void onApplied(Runnable action) {
        this.afterApply = action;
    }

    /** Nothing new starts; the clusters under way finish. */
    public void stop() {
        if (applying.get()) {
            stop.cancel();
            notice.set(Notice.info("Stopping: the clusters under way finish, no new one starts."));
        }
    }

    /** The window closes: stop, and stop following too (the operations go on in AWS). */
    public void abandon() {
        stop.cancel();
        abandon.cancel();
    }

    /** Saves the plan as {@code fleet apply --plan} reads it. */
    public void savePlan() {
        FleetPlan planned = plan.get();
        if (planned == null) {
            return;
        }
        dialogs.chooseJsonFileToSave("Save the plan", "fleet-plan.json").ifPresent(path -> executor.execute(c -> {
            Files.writeString(path, FleetPlanFile.write(planned), StandardCharsets.UTF_8);
            return path;
        }, written -> notice.set(Notice.success("Saved the plan to " + written + ": apply it with msk-console fleet "
                + "apply --plan " + written.getFileName() + ".")),
                failure -> notice.set(Notice.error("Could not write " + path + ": " + Messages.of(failure)))));
    }

    private void forget() {
        // an applied plan keeps its results on show until the next Plan; a plan under way is never changed
        if (!applying.get() && !applied.get() && !busy.get() && plan.get() != null) {
            plan.set(null);
            items.clear();
            notice.set(Notice.info("The change was edited: plan again."));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public int targetCount() {
        return targets.size();
    }

    public ObjectProperty<LogKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<DestinationType> typeProperty() {
        return type;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public ReadOnlyObjectProperty<FleetPlan> planProperty() {
        return plan;
    }

    public ObservableList<PlanItem> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty applyingProperty() {
        return applying;
    }

    /** Whether the plan was applied (Apply is then spent: plan again for another run). */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<FleetApplyReport> resultProperty() {
        return result;
    }
}
