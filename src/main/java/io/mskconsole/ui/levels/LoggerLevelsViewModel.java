package io.mskconsole.ui.levels;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.BrokerScope;
import io.mskconsole.core.levels.CloudWatchCaution;
import io.mskconsole.core.levels.LevelChange;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One cluster's loggers once its brokers are connected: every broker's levels (root first, searchable), which are
 * above INFO, a change of one logger on one broker or all (SET to a level brokers accept, or DEFAULT), optionally
 * put back after a while, each broker read back; the levels this app raised that are still raised, each of which
 * can be put back. Choosing DEBUG or TRACE on a cluster whose broker logs go to CloudWatch Logs shows the MSK
 * developer guide's caution and asks before sending.
 */
public final class LoggerLevelsViewModel {
    /** The levels brokers accept, then DEFAULT (remove the logger's own level). */
    public static final List<String> LEVEL_CHOICES = List.of("FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE",
            LevelChange.DEFAULT_WORD);
    public static final List<Duration> REVERT_CHOICES = List.of(Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4));

    private final Cluster cluster;
    private final LevelsTarget target;
    private final BrokersConnected connected;
    private final DialogService dialogs;
    private final LevelsServices services;
    private final ObjectProperty<LoggerTable> table = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<LoggerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> brokers = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty unavailable = new SimpleStringProperty("");
    private final StringProperty logger = new SimpleStringProperty("");
    private final ObjectProperty<String> level = new SimpleObjectProperty<>();
    private final ObservableList<BrokerScope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<BrokerScope> scope = new SimpleObjectProperty<>(BrokerScope.ALL);
    private final BooleanProperty revert = new SimpleBooleanProperty();
    private final ObjectProperty<Duration> revertAfter = new SimpleObjectProperty<>(Duration.ofMinutes(30));
    private final ObservableList<RaisedLevel> raised = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanBinding caution;
    private final BooleanBinding canApply;
    private final ClusterLevels work;
    private final ChangeListener<LevelReverts.Reverted> revertDone;
    private final SerialWork lane;

    public LoggerLevelsViewModel(Cluster cluster, LevelsTarget target, BrokersConnected connected,
                                 TaskExecutor executor, DialogService dialogs, LevelsServices services) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.target = Objects.requireNonNull(target, "target");
        this.connected = Objects.requireNonNull(connected, "connected");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.services = Objects.requireNonNull(services, "services");
        this.lane = new SerialWork(Objects.requireNonNull(executor, "executor"));
        ReadOnlyBooleanProperty busy = lane.busyProperty();
        caution = Bindings.createBooleanBinding(() -> LogLevel.parse(level.get())
                .filter(chosen -> CloudWatchCaution.applies(chosen, cluster.brokerLogs())).isPresent(), level);
        canApply = Bindings.createBooleanBinding(() -> !busy.get() && !logger.get().isBlank() && level.get() != null
                && scope.get() != null, busy, logger, level, scope);
        search.addListener((obs, old, now) -> showRows());
        work = new ClusterLevels(connected.gateway(), services.records(), target.accountKey(), cluster.arn(),
                cluster.name());
        revertDone = (obs, old, done) -> {
            if (done != null && done.account().equals(target.accountKey())
                    && done.clusterArn().equals(cluster.arn())) {
                notice.set(done.notice());
                refresh();
            }
        };
        services.reverts().lastRevertProperty().addListener(revertDone);
        show(connected.table());
        lane.run(c -> work.stillRaised(connected.table()), (still, current) -> {
            resumeReverts(still);
            if (current) {
                showRaised(still);
            }
        }, failure -> notice.set(Notice.warning("Could not read the levels raised earlier: "
                + Messages.of(failure))));
    }

    /** Picks a row: its logger is the one to change, at its level when every broker agrees. */
    public void select(LoggerRow row) {
        if (row == null) {
            return;
        }
        logger.set(row.logger());
        List<String> distinct = row.levels().values().stream().distinct().toList();
        if (distinct.size() == 1 && LEVEL_CHOICES.contains(distinct.get(0))) {
            level.set(distinct.get(0));
        }
    }

    /** Reads every broker's loggers again. */
    public void refresh() {
        lane.run(c -> work.read(), (read, current) -> {
            if (current) {
                show(read.table());
                showRaised(read.raised());
            }
        }, failure -> notice.set(Notice.error("Could not read the loggers: " + Messages.of(failure))));
    }

    /**
     * Sends the change chosen, after the caution when it applies; the levels raised are recorded and, with
     * "put back after", put back at that time.
     */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        LevelChange change;
        try {
            change = LevelChange.parse(logger.get(), scope.get(), level.get());
        } catch (IllegalArgumentException refused) {
            notice.set(Notice.error(refused.getMessage()));
            return;
        }
        if (caution.get() && !dialogs.confirm("Brokers at " + change.level() + " with CloudWatch Logs",
                CloudWatchCaution.message(cluster.brokerLogs()) + "\n\nCancel, then Edit broker log delivery… to "
                        + "deliver to Amazon S3 or Firehose first, or set " + change.level() + " anyway.",
                "Set " + change.level() + " anyway")) {
            notice.set(Notice.warning("Nothing sent. " + CloudWatchCaution.ADVICE));
            return;
        }
        send(List.of(change), revert.get() && !change.isToDefault() ? revertAfter.get() : null,
                (change.isToDefault() ? "Putting " : "Setting ") + change.describe() + "…");
    }

    /**
     * Puts a raised level back as it was before this app raised it (root: INFO). A revert waiting for it is dropped
     * once the level is seen put back, not before: if sending fails, the level is still put back at its time.
     */
    public void putBack(RaisedLevel level) {
        send(List.of(level.revertChange()), null, "Putting " + level.logger() + " back on broker "
                + level.brokerId() + "…");
    }

    /** Puts every raised level of the list back. */
    public void putAllBack() {
        List<RaisedLevel> all = new ArrayList<>(raised);
        if (!all.isEmpty()) {
            send(all.stream().map(RaisedLevel::revertChange).toList(), null, "Putting back " + all.size()
                    + " raised level" + (all.size() == 1 ? "" : "s") + "…");
        }
    }

    private void send(List<LevelChange> changes, Duration revertAfterTime, String doing) {
        if (lane.isClosed()) {
            return;
        }
        notice.set(Notice.info(doing));
        lane.run(c -> work.send(changes, revertAfterTime), this::sent, failure -> {
            notice.set(Notice.error(failure instanceof IllegalArgumentException ? failure.getMessage()
                    : "The change could not be sent: " + Messages.of(failure)));
            refresh();
        });
    }

    /** What a change did. Reverts are kept in step also once the window has closed; the table and notice while open. */
    private void sent(ClusterLevels.Sent sent, boolean current) {
        List<RaisedLevel> stillRaised = sent.read().raised();
        for (RaisedLevel waiting : services.reverts().pending()) {
            if (waiting.account().equals(target.accountKey()) && waiting.clusterArn().equals(cluster.arn())
                    && stillRaised.stream().noneMatch(r -> r.sameLogger(waiting.account(), waiting.clusterArn(),
                    waiting.brokerId(), waiting.logger()))) {
                services.reverts().cancel(waiting);
            }
        }
        resumeReverts(stillRaised);
        if (!current) {
            return;
        }
        show(sent.read().table());
        showRaised(stillRaised);
        List<Notice> notices = sent.reports().stream().map(LevelsText::report).toList();
        Notice worst = notices.stream().filter(n -> n.kind() != Notice.Kind.SUCCESS).findFirst()
                .orElse(notices.get(notices.size() - 1));
        notice.set(notices.size() == 1 ? worst : new Notice(worst.kind(), notices.stream().map(Notice::text)
                .reduce((a, b) -> a + " " + b).orElse("")));
    }

    /**
     * Levels recorded with a revert time still ahead are waited for (again, after a restart). Those whose time passed
     * while the app was not running are only listed, to be put back by hand: nothing changes on its own later.
     */
    private void resumeReverts(List<RaisedLevel> still) {
        Instant now = services.records().clock().instant();
        // a level recorded without a time drops any earlier time for it: the latest change says what is wanted
        List<RaisedLevel> ahead = still.stream().filter(r -> r.revertAt() == null || !r.isDue(now)).toList();
        if (!ahead.isEmpty()) {
            services.reverts().schedule(target.connector(), connected.connection(), ahead);
        }
    }

    private void show(LoggerTable read) {
        table.set(read);
        services.known().put(target.accountKey(), cluster.arn(), read);
        brokers.setAll(read.brokerIds());
        List<BrokerScope> choices = new ArrayList<>();
        choices.add(BrokerScope.ALL);
        read.brokerIds().forEach(id -> choices.add(BrokerScope.broker(id)));
        BrokerScope chosen = scope.get();
        scopes.setAll(choices);
        scope.set(choices.contains(chosen) ? chosen : BrokerScope.ALL);
        summary.set(LevelsText.summary(read));
        unavailable.set(LevelsText.unavailable(read));
        showRows();
    }

    private void showRows() {
        LoggerTable read = table.get();
        rows.setAll(read == null ? List.of() : LoggerRow.of(read.search(search.get())));
    }

    private void showRaised(List<RaisedLevel> still) {
        raised.setAll(still);
    }

    /**
     * The window closed: nothing more is sent from it, and its connection is closed in the background once the work
     * under way has ended (a change under way still has its revert scheduled).
     */
    public void close() {
        if (lane.isClosed()) {
            return;
        }
        services.reverts().lastRevertProperty().removeListener(revertDone);
        lane.close(() -> {
            try {
                connected.gateway().close();
            } finally {
                LevelReverts.wipe(connected.connection());
            }
        });
    }

    /** "kafka.controller at DEBUG on broker 2 (was INFO) · put back at 14:30", for the raised list. */
    public String describe(RaisedLevel level) {
        return LevelsText.raised(level, services.records().clock().instant());
    }

    public Cluster cluster() {
        return cluster;
    }

    public BrokersConnected connected() {
        return connected;
    }

    public ReadOnlyObjectProperty<LoggerTable> tableProperty() {
        return table;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<LoggerRow> rows() {
        return rows;
    }

    public ObservableList<Integer> brokers() {
        return brokers;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable;
    }

    public StringProperty loggerProperty() {
        return logger;
    }

    public ObjectProperty<String> levelProperty() {
        return level;
    }

    public ObservableList<BrokerScope> scopes() {
        return scopes;
    }

    public ObjectProperty<BrokerScope> scopeProperty() {
        return scope;
    }

    public BooleanProperty revertProperty() {
        return revert;
    }

    public ObjectProperty<Duration> revertAfterProperty() {
        return revertAfter;
    }

    public ObservableList<RaisedLevel> raised() {
        return raised;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return lane.busyProperty();
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Whether the level chosen calls for the CloudWatch Logs caution on this cluster. */
    public BooleanBinding cautionBinding() {
        return caution;
    }

    /** The caution's text for this cluster (meaningful while {@link #cautionBinding()} holds). */
    public String cautionText() {
        return CloudWatchCaution.message(cluster.brokerLogs());
    }

    public BooleanBinding canApplyBinding() {
        return canApply;
    }
}
