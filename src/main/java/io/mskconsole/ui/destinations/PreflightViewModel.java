package io.mskconsole.ui.destinations;

import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.LogRetention;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.destinations.DestinationFixes;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.FindingAction;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preflight checks of one editor: run a moment after each change of the draft, again on request ("Check
 * again" reads every resource afresh) and right before Apply; their findings for the panel and for each field; and
 * the one-click fixes. Results of a superseded run are dropped.
 */
public final class PreflightViewModel {
    private final DestinationChecks checks;
    private final DestinationFixes fixes;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Duration debounce;
    private final String region;
    private final String clusterArn;
    private final BooleanProperty expressBrokers = new SimpleBooleanProperty();
    private final BooleanProperty verboseBrokerLogging = new SimpleBooleanProperty();
    /** The brokers' levels as last read (Broker log levels), or null while unknown. */
    private final ObjectProperty<LoggerTable> brokerLevels = new SimpleObjectProperty<>();
    private final ObjectProperty<CheckReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final BooleanBinding blocksApply;
    private LoggingInfo draft;
    private TaskHandle running;
    /** The account's answers about the caller and IAM: kept across windows, forgotten on Check again. */
    private final io.mskconsole.core.destinations.PermissionGateway permissions;
    private long generation;
    private boolean closed;
    /** Told of the report of the run under way (checkBeforeApply), or of null if a newer run supersedes it. */
    private Consumer<CheckReport> waiting;

    /**
     * @param clusterArn the cluster to update, or null for one to be created
     * @param debounce   how long the draft must rest before the checks run (zero in tests)
     */
    public PreflightViewModel(DestinationServices services, String clusterArn, boolean expressBrokers,
                              TaskExecutor executor, DialogService dialogs, Duration debounce) {
        CheckCache cache = new CheckCache();
        this.permissions = services.permissions();
        this.checks = new DestinationChecks(services, cache, executor.lookups());
        this.fixes = new DestinationFixes(services, cache);
        this.executor = executor;
        this.dialogs = dialogs;
        this.debounce = debounce;
        this.region = services.region();
        this.clusterArn = clusterArn;
        this.expressBrokers.set(expressBrokers);
        this.blocksApply = Bindings.createBooleanBinding(() -> report.get() != null && report.get().blocksApply(),
                report);
        verboseBrokerLogging.addListener((obs, old, now) -> {
            if (draft != null) {
                start(draft, Duration.ZERO, null);
            }
        });
        this.expressBrokers.addListener((obs, old, now) -> {
            if (draft != null) {
                start(draft, Duration.ZERO, null);
            }
        });
        brokerLevels.addListener((obs, old, now) -> {
            if (draft != null) {
                start(draft, Duration.ZERO, null);
            }
        });
    }

    /** The draft changed: checks it once it has rested for the debounce time. */
    public void draftChanged(LoggingInfo logs) {
        draft = logs;
        start(logs, debounce, null);
    }

    /** Forgets everything read so far and checks the draft now. */
    public void checkAgain() {
        if (draft == null) {
            return;
        }
        checks.cache().clear();
        permissions.forgetAnswers();
        start(draft, Duration.ZERO, null);
    }

    /**
     * Checks these settings afresh (nothing from the cache) and hands over the report; a failure of the run itself
     * comes as a report whose one finding says the checks could not run, and a run superseded by a newer one (the
     * draft changed meanwhile) as null.
     */
    public void checkBeforeApply(LoggingInfo logs, Consumer<CheckReport> then) {
        draft = logs;
        checks.cache().clear();
        start(logs, Duration.ZERO, then);
    }

    /** The editor closed: stops the run under way; nothing runs after this. */
    public void close() {
        closed = true;
        if (running != null) {
            running.cancel();
        }
        generation++;
        checking.set(false);
    }

    private void start(LoggingInfo logs, Duration wait, Consumer<CheckReport> then) {
        if (closed) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        long run = ++generation;
        Consumer<CheckReport> superseded = waiting;
        waiting = then;
        if (superseded != null) {
            superseded.accept(null);
        }
        checking.set(true);
        DeliveryContext context = new DeliveryContext(region, expressBrokers.get(), verboseBrokerLogging.get());
        CheckRequest request = new CheckRequest(brokerLevels.get() == null ? context
                : context.withBrokerLevels(brokerLevels.get()), logs, clusterArn);
        running = executor.execute(c -> {
            if (!wait.isZero() && c.sleep(wait)) {
                throw new CancellationException("superseded");
            }
            return checks.run(request, c);
        }, result -> finish(run, result), failure -> {
            if (failure instanceof CancellationException) {
                return;
            }
            finish(run, new CheckReport(List.of(new Finding("preflight", Severity.COULD_NOT_CHECK, null,
                    "Could not run the checks", Messages.of(failure), "Check again."))));
        });
    }

    private void finish(long run, CheckReport result) {
        if (run != generation) {
            return;
        }
        running = null;
        checking.set(false);
        report.set(result);
        findings.setAll(result.findings());
        Consumer<CheckReport> told = waiting;
        waiting = null;
        if (told != null) {
            told.accept(result);
        }
    }

    /** Does what a finding's button offers, asking first where it changes something in AWS. */
    public void perform(FindingAction action) {
        switch (action.kind()) {
            case COPY_TEXT -> {
                dialogs.copyToClipboard(action.target());
                notice.set(Notice.info("Copied to the clipboard."));
            }
            case CREATE_LOG_GROUP -> dialogs.choose("Create log group?", "Create CloudWatch Logs log group "
                    + action.target() + " in " + region + " (CreateLogGroup)? Choose how long it keeps its events "
                    + "(PutRetentionPolicy).", LogRetention.labels(), "Create").map(LogRetention::labelled).ifPresent(kept ->
                    run(() -> fixes.createLogGroup(action.target(), kept.days()), "Created log group "
                            + action.target() + " in " + region + ", keeping events "
                            + (kept.days() == null ? "for ever." : "for " + kept.days() + " days.")));
            case CREATE_BUCKET -> create("Create bucket?", "Create S3 bucket " + action.target() + " in " + region
                    + " (CreateBucket)? S3 gives it its defaults: Block Public Access on, SSE-S3 encryption. Bucket "
                    + "names are shared by all AWS accounts, so the name may be taken.",
                    () -> fixes.createBucket(action.target()), "Created bucket " + action.target() + " in "
                            + region + ".");
            case ADD_KEY_STATEMENT -> addKeyStatement(action.target());
        }
    }

    private void create(String title, String question, Runnable work, String done) {
        if (dialogs.confirm(title, question, "Create")) {
            run(work, done);
        }
    }

    private void run(Runnable work, String done) {
        notice.set(Notice.info("Working…"));
        executor.execute(c -> {
            work.run();
            return done;
        }, message -> {
            notice.set(Notice.success(message));
            recheck();
        }, failure -> notice.set(Notice.error(Messages.of(failure))));
    }

    private void addKeyStatement(String keyArn) {
        notice.set(Notice.info("Reading the policy of key " + keyArn + "…"));
        executor.execute(c -> fixes.prepareKeyStatement(keyArn), change -> {
            if (!change.changes()) {
                notice.set(Notice.info("The key policy already lets log delivery use the key."));
                recheck();
                return;
            }
            notice.set(Notice.NONE);
            if (!dialogs.confirmWithDetails("Change the key policy?", "This sends PutKeyPolicy for " + keyArn
                            + " with the statement below added. Nothing else in the policy changes.",
                    io.mskconsole.core.destinations.PolicyDiff.of(change), "Put key policy")) {
                return;
            }
            executor.execute(c -> {
                fixes.putKeyStatement(change);
                return change;
            }, sent -> {
                notice.set(Notice.success("The key policy of " + keyArn + " now lets log delivery use the key."));
                recheck();
            }, failure -> notice.set(Notice.error("The key policy was not changed: " + Messages.of(failure))));
        }, failure -> notice.set(Notice.error("Could not read the key policy: " + Messages.of(failure))));
    }

    private void recheck() {
        if (draft != null) {
            start(draft, Duration.ZERO, null);
        }
    }

    /**
     * The titles of the findings at one field of one kind's destinations, one per line, most severe first; empty when
     * there are none.
     */
    public StringBinding fieldText(LogKind kind, DestinationField field) {
        return Bindings.createStringBinding(() -> findings.stream().filter(f -> at(f, kind, field))
                .filter(f -> f.severity() != Severity.INFO)
                .map(f -> label(f.severity()) + ": " + f.title()).collect(Collectors.joining("\n")), findings);
    }

    /** The most severe finding at a field of one kind's destinations, or null. */
    public ObjectProperty<Severity> worstAt(LogKind kind, DestinationField field) {
        ObjectProperty<Severity> worst = new SimpleObjectProperty<>();
        Runnable update = () -> worst.set(findings.stream().filter(f -> at(f, kind, field)).map(Finding::severity)
                .min(Enum::compareTo).orElse(null));
        findings.addListener((javafx.collections.ListChangeListener<Finding>) change -> update.run());
        update.run();
        return worst;
    }

    private static boolean at(Finding finding, LogKind kind, DestinationField field) {
        return finding.field() == field && finding.concerns(kind);
    }

    /** A finding's title, after the kinds it is about when authorizer logs are among them. */
    public static String title(Finding finding) {
        return finding.namesKinds() ? finding.kindsLabel() + ": " + finding.title() : finding.title();
    }

    public static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case COULD_NOT_CHECK -> "Could not check";
            case INFO -> "Note";
        };
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty verboseBrokerLoggingProperty() {
        return verboseBrokerLogging;
    }

    /**
     * The cluster's brokers' levels as read (from the Broker log levels window): with them the log-level check
     * names the loggers above INFO instead of relying on the switch. Null while unknown.
     */
    public ObjectProperty<LoggerTable> brokerLevelsProperty() {
        return brokerLevels;
    }

    /**
     * Whether the cluster runs Express brokers (which deliver no broker logs): fixed for an existing cluster; for one
     * being created it follows the chosen broker type, and the checks run again when it changes.
     */
    public BooleanProperty expressBrokersProperty() {
        return expressBrokers;
    }

    public BooleanBinding blocksApplyBinding() {
        return blocksApply;
    }

    public String region() {
        return region;
    }
}
