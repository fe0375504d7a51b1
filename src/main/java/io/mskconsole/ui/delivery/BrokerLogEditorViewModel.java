package io.mskconsole.ui.delivery;

import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.ChangedSinceReview;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.delivery.UpdateRefusedException;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.destinations.ApplyAnyway;
import io.mskconsole.ui.destinations.DestinationPickerViewModel;
import io.mskconsole.ui.destinations.PreflightViewModel;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.TaskHandle;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Edit → Review → Apply of one cluster's log delivery: broker logs and authorizer logs. The draft is never thrown away by a failure: every
 * error leaves the person on a page where the draft is still there to fix or apply again.
 */
public final class BrokerLogEditorViewModel {
    private final EditorTarget target;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<Cluster> onClusterRead;
    private final LoggingDraft draft = new LoggingDraft();
    private final LoggingFileActions files;
    private final ObjectProperty<Cluster> cluster = new SimpleObjectProperty<>();
    private final ObjectProperty<EditorStep> step = new SimpleObjectProperty<>(EditorStep.EDIT);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReviewContent content;
    private final ApplyTracker tracker;
    private final BooleanBinding dirty;
    private final PreflightViewModel preflight;
    private final Duration searchDelay;
    private TaskHandle applying;
    private final BooleanBinding following;
    /** The draft the review showed. */
    private LoggingInfo reviewed;
    /** The delivery the review showed as sent (authorizer logs not given kept as the cluster had them). */
    private LoggingInfo reviewedSent;
    /** What the review showed as the cluster's current delivery: Apply refuses if it changed since. */
    private LoggingInfo reviewedCurrent;
    /** The cluster as the review read it: what changed since is found before anything is checked or sent. */
    private Cluster reviewedCluster;

    /**
     * @param onClusterRead told of every fresh read of the cluster (review, after apply), to refresh the list
     */
    public BrokerLogEditorViewModel(Cluster cluster, EditorTarget target, TaskExecutor executor, DialogService dialogs,
                                    Consumer<Cluster> onClusterRead) {
        this(cluster, target, executor, dialogs, onClusterRead, Duration.ZERO);
    }

    /**
     * @param checkDelay how long the draft must rest before the destination checks run
     */
    public BrokerLogEditorViewModel(Cluster cluster, EditorTarget target, TaskExecutor executor, DialogService dialogs,
                                    Consumer<Cluster> onClusterRead, Duration checkDelay) {
        this.target = target;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onClusterRead = onClusterRead;
        this.tracker = new ApplyTracker(executor);
        this.content = new ReviewContent(dialogs, notice::set);
        this.files = new LoggingFileActions(draft, executor, dialogs, notice::set, cluster.name());
        this.cluster.set(cluster);
        draft.load(cluster.logging());
        dirty = draft.editedBinding();
        this.searchDelay = checkDelay;
        this.preflight = new PreflightViewModel(target.destinations(), cluster.arn(), cluster.isExpress(), executor,
                dialogs, checkDelay);
        draft.valueBinding().addListener((obs, old, now) -> preflight.draftChanged(now));
        draft.valueBinding().addListener((obs, old, now) -> {
            if (step.get() == EditorStep.REVIEW && !draft.change().equals(reviewed)) {
                step.set(EditorStep.EDIT);
                notice.set(Notice.info("The settings changed after the review: review them again before applying."));
            }
        });
        preflight.draftChanged(draft.value());
        following = tracker.following(step);
        // once MSK took the change the cluster is UPDATING: the header says so without waiting for a read
        following.addListener((obs, was, now) -> {
            if (now && this.cluster.get().state() == ClusterState.ACTIVE) {
                this.cluster.set(this.cluster.get().withState(ClusterState.UPDATING));
            }
        });
        if (cluster.state() != ClusterState.ACTIVE) {
            notice.set(Notice.warning("Cluster " + cluster.name() + " is " + cluster.state()
                    + ". You can prepare the change now; MSK accepts it only once the cluster is ACTIVE."));
        }
    }

    /** Reads the cluster again and shows what would change; stays on Edit with a message if it cannot. */
    public void review() {
        if (!draft.validBinding().get()) {
            notice.set(Notice.error("Fix the highlighted fields first."));
            return;
        }
        LoggingInfo proposed = draft.change();
        busy.set(true);
        notice.set(Notice.info("Reading " + cluster.get().name() + " for its current settings and version…"));
        executor.execute(c -> target.gateway().describeCluster(cluster.get().arn()), fresh -> {
            busy.set(false);
            adopt(fresh);
            if (!fresh.logging().sameDeliveryAs(draft.baseline()) && !dirty.get()) {
                // the fields showed the cluster as listed, which is no longer so: reviewing them would set it back
                draft.load(fresh.logging());
                notice.set(ReviewNotices.reloaded(fresh));
                return;
            }
            try {
                UpdateMonitoringRequest request = LogDeliveryUpdate.prepare(fresh, proposed);
                content.show(fresh, request, target.cli(), target.region());
                if (!draft.change().equals(proposed)) {
                    notice.set(Notice.info("The settings changed while the cluster was read: review them again."));
                    return;
                }
                reviewed = proposed;
                reviewedSent = request.logging();
                reviewedCurrent = fresh.logging();
                reviewedCluster = fresh;
                notice.set(ReviewNotices.of(fresh, content.hasChangesProperty().get(),
                        !fresh.logging().sameDeliveryAs(draft.baseline())));
                step.set(EditorStep.REVIEW);
            } catch (RuntimeException refused) {
                notice.set(Notice.error(Messages.of(refused)));
            }
        }, failure -> {
            busy.set(false);
            notice.set(Notice.error("Could not read the cluster: " + Messages.of(failure)));
        });
    }

    /** Back from Review (or from a finished apply) to the fields, draft as it was. */
    public void back() {
        if (step.get() == EditorStep.APPLYING) {
            return;
        }
        step.set(EditorStep.EDIT);
        notice.set(Notice.NONE);
    }

    /**
     * Reads the cluster for what changed since the review (a change of delivery refuses, one of the other settings
     * asks first), checks the destinations once more, then sends the change and follows the cluster operation until
     * it ends or following is cancelled. An error finding stops it; a warning, or a check that could not run, asks.
     */
    public void apply() {
        if (step.get() != EditorStep.REVIEW || !content.hasChangesProperty().get() || busy.get() || reviewed == null) {
            return;
        }
        LoggingInfo proposed = reviewed;
        Cluster before = reviewedCluster;
        busy.set(true);
        notice.set(Notice.info("Reading " + before.name() + " for changes since the review…"));
        executor.execute(c -> target.gateway().describeCluster(before.arn()), now -> {
            busy.set(false);
            if (step.get() != EditorStep.REVIEW || !proposed.equals(reviewed)) {
                notice.set(Notice.info("The settings changed while the cluster was read: review them again."));
                return;
            }
            ChangedSinceReview changed = ChangedSinceReview.between(before, now);
            if (changed.deliveryChanged()) {
                adopt(now);
                step.set(EditorStep.EDIT);
                notice.set(Notice.warning(changed.refusal(now)));
            } else if (!changed.others().isEmpty()
                    && !dialogs.confirm("Apply anyway?", changed.question(now), "Apply anyway")) {
                notice.set(Notice.info("Not applied: " + String.join("; ", changed.others())
                        + " changed since the review. Nothing was sent."));
            } else {
                checkThenSend(proposed, now.monitoring());
            }
        }, failure -> {
            busy.set(false);
            notice.set(Notice.error("Nothing was changed: could not read the cluster before applying: "
                    + Messages.of(failure)));
        });
    }

    private void checkThenSend(LoggingInfo proposed, MonitoringSettings confirmed) {
        busy.set(true);
        notice.set(Notice.info("Checking the destinations once more before applying…"));
        preflight.checkBeforeApply(reviewedSent, report -> {
            busy.set(false);
            if (report == null || step.get() != EditorStep.REVIEW || !proposed.equals(reviewed)) {
                notice.set(Notice.info("The settings changed while they were checked: review them again."));
            } else if (report.blocksApply()) {
                notice.set(Notice.error("Not applied: " + report.summary().toLowerCase(java.util.Locale.ROOT)
                        + ". Fix the errors shown under Checks; nothing was sent."));
            } else if (report.asksBeforeApply() && !dialogs.confirm("Apply anyway?", ApplyAnyway.question(report),
                    "Apply anyway")) {
                notice.set(Notice.info("Not applied. The warnings are listed under Checks."));
            } else {
                send(proposed, confirmed);
            }
        });
    }

    private void send(LoggingInfo proposed, MonitoringSettings confirmed) {
        String arn = cluster.get().arn();
        tracker.reset();
        busy.set(true);
        step.set(EditorStep.APPLYING);
        notice.set(Notice.NONE);
        LogDeliveryUpdate update = new LogDeliveryUpdate(target.gateway(), target.pollInterval());
        LoggingInfo current = reviewedCurrent;
        applying = executor.execute(c -> update.apply(arn, proposed, current, confirmed, true, tracker, c), this::finished, failure -> {
            busy.set(false);
            applying = null;
            String sent = tracker.operationArn();
            if (failure instanceof UpdateRefusedException refused
                    && refused.reason() == UpdateRefusedException.Reason.CHANGED_SINCE_REVIEW) {
                step.set(EditorStep.EDIT);
                notice.set(Notice.warning("Nothing was changed: " + refused.getMessage()));
                readAgain();
            } else if (failure instanceof SendOutcomeUnknownException unknown) {
                afterLostAnswer(unknown, update);
            } else if (failure instanceof CancellationException) {
                step.set(EditorStep.REVIEW);
                notice.set(Notice.info(failure.getMessage()));
            } else if (sent == null) {
                step.set(EditorStep.REVIEW);
                notice.set(Notice.error("Nothing was changed: " + Messages.of(failure)));
            } else {
                step.set(EditorStep.DONE);
                draft.rebase();
                notice.set(Notice.warning("The change was sent (operation " + sent + "), but following it failed: "
                        + Messages.of(failure) + " Refresh the cluster list to see how it ends."));
                readAgain();
            }
        });
    }

    /** Says what the read after a lost answer found; follows the cluster when the change was taken. */
    private void afterLostAnswer(SendOutcomeUnknownException unknown, LogDeliveryUpdate update) {
        if (unknown.verdict() != SendOutcomeUnknownException.Verdict.TAKEN) {
            end(ApplyEnding.afterLostAnswer(unknown));
            readAgain();
            return;
        }
        String arn = cluster.get().arn();
        LoggingInfo sent = reviewedSent;
        busy.set(true);
        String said = unknown.getMessage();
        notice.set(Notice.info(said.substring(0, said.length() - 1) + "; following it now."));
        step.set(EditorStep.APPLYING);
        tracker.followingCluster(true);
        applying = executor.execute(c -> update.followCluster(arn, tracker, c), after -> {
            busy.set(false);
            applying = null;
            if (after == null) {
                readAgain();
            } else {
                adopt(after);
            }
            end(ApplyEnding.afterFollowingCluster(after, sent));
        }, failure -> {
            busy.set(false);
            applying = null;
            end(new ApplyEnding(EditorStep.DONE, Notice.warning("The change was taken, but following it failed: "
                    + Messages.of(failure) + " Refresh the cluster list to see how it ends."), true, ""));
        });
    }

    private void end(ApplyEnding ending) {
        tracker.followingCluster(false);
        tracker.finish(ending.progress());
        if (ending.editApplied()) {
            draft.rebase();
        }
        step.set(ending.step());
        notice.set(ending.notice());
    }

    /** Reads the cluster in the background so the list shows where it really stands; failures stay quiet. */
    private void readAgain() {
        String arn = cluster.get().arn();
        executor.execute(c -> target.gateway().describeCluster(arn), this::adopt, failure -> { });
    }

    private void finished(ApplyOutcome outcome) {
        busy.set(false);
        applying = null;
        switch (outcome.status()) {
            case COMPLETED, FAILED, UNCHANGED -> {
                if (outcome.cluster() != null) {
                    adopt(outcome.cluster());
                } else {
                    readAgain();
                }
            }
            case SENT, STOPPED_FOLLOWING -> readAgain();
        }
        end(ApplyEnding.of(outcome, cluster.get().name()));
    }

    private void adopt(Cluster fresh) {
        cluster.set(fresh);
        onClusterRead.accept(fresh);
    }

    /** Stops following the operation; the change itself goes on in AWS. */
    public void stopFollowing() {
        if (applying != null) {
            applying.cancel();
        }
    }

    /** Whether the editor may close now, asking first when that would lose an edit or stop following. */
    public boolean confirmClose() {
        if (step.get() == EditorStep.APPLYING) {
            if (!dialogs.confirm("Stop following?", "The change is being applied. Closing stops following it; "
                    + "the operation goes on in AWS.", "Close")) {
                return false;
            }
            stopFollowing();
            return true;
        }
        if (dirty.get()) {
            return dialogs.confirm("Discard changes?", "Your changes to the log delivery of "
                    + cluster.get().name() + " have not been applied. Discard them?", "Discard");
        }
        return true;
    }

    public LoggingFileActions files() {
        return files;
    }

    public LoggingDraft draft() {
        return draft;
    }

    public ReadOnlyObjectProperty<Cluster> clusterProperty() {
        return cluster;
    }

    public ReadOnlyObjectProperty<EditorStep> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public ReviewContent content() {
        return content;
    }

    /** A picker of the destinations of one kind in the cluster's region; what it picks goes into the draft. */
    public DestinationPickerViewModel picker(DestinationType type) {
        return new DestinationPickerViewModel(type, target.destinations().destinations(), executor, searchDelay);
    }

    /** Puts a picked destination's name into that kind's field (and turns the destination on). */
    public void usePicked(LogKind kind, DestinationType type, String name) {
        draft.usePicked(kind, type, name);
    }

    public PreflightViewModel preflight() {
        return preflight;
    }

    /** True while there is something to follow (an operation, or the cluster after a lost answer): Stop following. */
    public BooleanBinding followingBinding() {
        return following;
    }

    public ApplyTracker tracker() {
        return tracker;
    }
}
