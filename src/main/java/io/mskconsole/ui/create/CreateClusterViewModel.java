package io.mskconsole.ui.create;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.create.ClusterCreation;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreateRefusedException;
import io.mskconsole.core.create.KafkaVersions;
import io.mskconsole.core.create.StartFromExisting;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.destinations.ApplyAnyway;
import io.mskconsole.ui.destinations.DestinationPickerViewModel;
import io.mskconsole.ui.destinations.PreflightViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Edit → Review → Create of a new provisioned cluster, its broker log delivery set from the start. Nothing is sent
 * while a rule is broken or the destination checks find an error; warnings ask first. Once CreateClusterV2 is
 * accepted the cluster is followed to ACTIVE or FAILED in the background, and the cluster list is told of every read,
 * so closing the window does not stop it. A failure never throws the settings away.
 */
public final class CreateClusterViewModel {
    private final CreateTarget target;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Duration searchDelay;
    private final ClusterForm form = new ClusterForm();
    private final RegionChoices choices;
    private final NetworkPicks picks;
    private final DraftChecks checks;
    private final PreflightViewModel preflight;
    private final CreateReview review;
    private final CreationTracker tracker;
    private final CreateFileActions files;
    private final CreationFollower follower;
    private final ObjectProperty<CreateStep> step = new SimpleObjectProperty<>(CreateStep.EDIT);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<ClusterDraft> baseline = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");
    private final BooleanBinding dirty;
    private Path file;
    /** The settings the review showed: exactly what Create sends. */
    private ClusterDraft reviewed;

    /**
     * @param onClusterRead told of every read of the new cluster, to show it in the cluster list
     * @param refreshList   lists the clusters again (when whether the cluster exists is unknown)
     * @param checkDelay    how long the broker log settings must rest before the destination checks run
     */
    public CreateClusterViewModel(CreateTarget target, TaskExecutor executor, DialogService dialogs,
                                  Consumer<Cluster> onClusterRead, Runnable refreshList, Duration checkDelay) {
        this.target = target;
        this.executor = executor;
        this.dialogs = dialogs;
        this.searchDelay = checkDelay;
        this.choices = new RegionChoices(target.region(), target.creation(), target.network(), executor);
        this.picks = new NetworkPicks(form, choices);
        this.checks = new DraftChecks(form, choices.factsBinding());
        this.review = new CreateReview(dialogs, notice::set);
        this.tracker = new CreationTracker(executor, onClusterRead, () -> baseline.set(reviewed));
        this.follower = new CreationFollower(target, executor, tracker, refreshList);
        this.files = new CreateFileActions(form::value, executor, dialogs, notice::set, this::loaded, this::saved);
        this.preflight = new PreflightViewModel(target.destinations(), null, form.isExpress(), executor, dialogs,
                checkDelay);
        baseline.set(form.value());
        dirty = Bindings.createBooleanBinding(() -> !form.value().equals(baseline.get()), form.valueBinding(),
                baseline);
        preflight.expressBrokersProperty().bind(Bindings.createBooleanBinding(form::isExpress,
                form.instanceTypeProperty()));
        form.logging().valueBinding().addListener((obs, old, now) -> preflight.draftChanged(now));
        preflight.draftChanged(form.logging().value());
        form.valueBinding().addListener((obs, old, now) -> {
            if (step.get() == CreateStep.REVIEW && !now.equals(reviewed)) {
                step.set(CreateStep.EDIT);
                notice.set(Notice.info("The settings changed after the review: review them again before creating."));
            }
        });
        choices.versionsLookupProperty().addListener((obs, old, now) -> proposeVersion());
        choices.networkLookupProperty().addListener((obs, old, now) -> picks.sync());
        choices.load();
    }

    /** Fills the Kafka version with the recommended one when none is chosen; proposals do not count as edits. */
    private void proposeVersion() {
        if (!form.kafkaVersionProperty().get().isBlank()) {
            return;
        }
        KafkaVersions.recommended(choices.versions().stream().map(KafkaVersions.Choice::version).toList())
                .ifPresent(version -> keepingClean(() -> form.kafkaVersionProperty().set(version)));
    }

    private void keepingClean(Runnable change) {
        boolean clean = !dirty.get();
        change.run();
        if (clean) {
            baseline.set(form.value());
        }
    }

    /** Starts from a provisioned cluster's settings (read afresh), all but its name. */
    public void startFrom(Cluster existing) {
        busy.set(true);
        notice.set(Notice.info("Reading the settings of " + existing.name() + "…"));
        executor.execute(c -> StartFromExisting.copy(target.creation().describeCluster(existing.arn())), start -> {
            busy.set(false);
            form.load(start.draft());
            baseline.set(form.value());
            picks.sync();
            proposeVersion();
            source.set(start.sourceName());
            String notCopied = start.notCopied().isEmpty() ? "" : " Not copied (set them after creation): "
                    + String.join(", ", start.notCopied()) + ".";
            notice.set(start.notCopied().isEmpty()
                    ? Notice.info("Settings of " + start.sourceName() + " copied. Name the new cluster.")
                    : Notice.warning("Settings of " + start.sourceName() + " copied. Name the new cluster." + notCopied));
        }, failure -> {
            busy.set(false);
            String why = failure instanceof IllegalArgumentException ? failure.getMessage() : Messages.of(failure);
            notice.set(Notice.error("Could not copy the settings of " + existing.name() + ": " + why
                    + " The window starts from MSK's defaults instead."));
        });
    }

    private void loaded(Path from, ClusterDraft draft) {
        form.load(draft);
        baseline.set(form.value());
        file = from;
        picks.sync();
        proposeVersion();
        int problems = checks.problems().get().size();
        notice.set(problems == 0 ? Notice.info("Loaded " + from.getFileName() + ". Review it before creating.")
                : Notice.warning("Loaded " + from.getFileName() + ". " + checks.summaryBinding().get()));
    }

    private void saved(Path to, ClusterDraft draft) {
        file = to;
        baseline.set(draft);
        String remaining = checks.validBinding().get() ? "" : " " + checks.summaryBinding().get()
                + " before creating.";
        notice.set(Notice.info("Saved to " + to + ". Send it with: aws kafka create-cluster-v2 --cli-input-json file://"
                + to.getFileName() + "  or  msk-console cluster create --file " + to.getFileName() + "." + remaining));
    }

    /** Shows the request as it would be sent; stays on the settings with a message while a rule is broken. */
    public void review() {
        if (busy.get()) {
            return;
        }
        if (!checks.validBinding().get()) {
            checks.revealAll();
            // the foot of the window keeps the list of what to fix up to date; this says where to look
            notice.set(Notice.error("Not ready to review: fix what is marked under the fields (listed at the foot "
                    + "of the window)."));
            return;
        }
        ClusterDraft draft = form.value();
        try {
            CreateClusterRequest request = ClusterCreation.prepare(draft, choices.factsBinding().get());
            review.show(request, choices.factsBinding().get(), file == null ? null : file.getFileName().toString(),
                    target.cli(), target.region());
        } catch (CreateRefusedException refused) {
            notice.set(Notice.error(refused.getMessage()));
            return;
        }
        reviewed = draft;
        step.set(CreateStep.REVIEW);
        notice.set(choices.reviewNotice());
    }

    /** Back from Review, or from a finished creation, to the settings as they were. */
    public void back() {
        if (step.get() == CreateStep.CREATING) {
            return;
        }
        step.set(CreateStep.EDIT);
        notice.set(Notice.NONE);
    }

    /**
     * Checks the destinations once more, then sends CreateClusterV2 and follows the new cluster. An error finding
     * stops it; a warning, or a check that could not run, asks first.
     */
    public void create() {
        if (step.get() != CreateStep.REVIEW || busy.get() || reviewed == null) {
            return;
        }
        ClusterDraft draft = reviewed;
        busy.set(true);
        notice.set(Notice.info("Checking the destinations once more before creating…"));
        preflight.checkBeforeApply(draft.logging(), report -> {
            busy.set(false);
            if (report == null || step.get() != CreateStep.REVIEW || !draft.equals(reviewed)) {
                notice.set(Notice.info("The settings changed while they were checked: review them again."));
            } else if (report.blocksApply()) {
                notice.set(Notice.error("Not created: " + report.summary().toLowerCase(Locale.ROOT)
                        + ". Fix the errors shown under Checks; nothing was sent."));
            } else if (report.asksBeforeApply() && !dialogs.confirm("Create anyway?",
                    ApplyAnyway.question(report, "Create the cluster anyway?"), "Create anyway")) {
                notice.set(Notice.info("Not created. The warnings are listed under Checks."));
            } else {
                send(draft);
            }
        });
    }

    private void send(ClusterDraft draft) {
        CreateClusterRequest request;
        try {
            request = ClusterCreation.prepare(draft, choices.factsBinding().get());
        } catch (CreateRefusedException refused) {
            step.set(CreateStep.EDIT);
            notice.set(Notice.error(refused.getMessage()));
            return;
        }
        busy.set(true);
        step.set(CreateStep.CREATING);
        notice.set(Notice.info("Creating " + draft.name() + " in " + target.region() + ". You may close this window: "
                + "the cluster list follows it."));
        follower.start(draft, request, (page, said, sent) -> {
            busy.set(false);
            if (sent) {
                baseline.set(draft);
            }
            step.set(page);
            notice.set(said);
        });
    }

    /**
     * Whether the window may close now: asks first when that would lose settings neither created nor saved. A
     * cluster being created goes on, and the cluster list keeps following it.
     */
    public boolean confirmClose() {
        if (step.get() == CreateStep.CREATING || !dirty.get()) {
            return true;
        }
        String name = form.nameProperty().get().isBlank() ? "the new cluster" : form.nameProperty().get();
        return dialogs.confirm("Discard the new cluster?", "The settings of " + name + " were neither created nor "
                + "saved. Discard them?", "Discard");
    }

    /** The window closed: the checks stop; a creation under way is still followed. */
    public void closed() {
        preflight.close();
    }

    /** A picker of the destinations of one type in the region; what it picks goes into a log kind's fields. */
    public DestinationPickerViewModel picker(DestinationType type) {
        return new DestinationPickerViewModel(type, target.destinations().destinations(), executor, searchDelay);
    }

    public void usePicked(LogKind kind, DestinationType type, String name) {
        form.logging().usePicked(kind, type, name);
    }

    public ClusterForm form() {
        return form;
    }

    public RegionChoices choices() {
        return choices;
    }

    public NetworkPicks network() {
        return picks;
    }

    public DraftChecks checks() {
        return checks;
    }

    public PreflightViewModel preflight() {
        return preflight;
    }

    public CreateReview reviewContent() {
        return review;
    }

    public CreationTracker tracker() {
        return tracker;
    }

    public CreateFileActions files() {
        return files;
    }

    public ReadOnlyObjectProperty<CreateStep> stepProperty() {
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

    /** The cluster the settings were copied from, or "". */
    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public String region() {
        return target.region();
    }
}
