package io.mskconsole.ui.create;

import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.create.ClusterCreation;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreateOutcomeUnknownException;
import io.mskconsole.core.create.CreationOutcome;
import io.mskconsole.ui.common.Messages;
import io.mskconsole.ui.common.Notice;
import io.mskconsole.ui.common.TaskExecutor;
import java.util.concurrent.CancellationException;

/**
 * Sends CreateClusterV2 once and follows the new cluster in the background until it is ACTIVE, FAILED or deleted,
 * reporting through the tracker as it goes; then says how it ended, and on which page the person continues.
 */
final class CreationFollower {
    /** How it ended: the page to show, what to say, and whether the request reached MSK (the settings are sent). */
    interface Ended {
        void ended(CreateStep step, Notice notice, boolean sent);
    }

    private final CreateTarget target;
    private final TaskExecutor executor;
    private final CreationTracker tracker;
    private final Runnable refreshList;

    CreationFollower(CreateTarget target, TaskExecutor executor, CreationTracker tracker, Runnable refreshList) {
        this.target = target;
        this.executor = executor;
        this.tracker = tracker;
        this.refreshList = refreshList;
    }

    void start(ClusterDraft draft, CreateClusterRequest request, Ended ended) {
        ClusterCreation creation = new ClusterCreation(target.creation(), target.pollInterval());
        tracker.reset();
        executor.execute(c -> creation.follow(creation.send(request, tracker, c), tracker, c),
                outcome -> ended.ended(CreateStep.DONE, finished(draft.name(), outcome), true),
                failure -> failed(failure, ended));
    }

    private Notice finished(String name, CreationOutcome outcome) {
        return switch (outcome.status()) {
            case ACTIVE -> {
                tracker.finish("Cluster " + name + " is ACTIVE.", true);
                yield Notice.success("Cluster " + name + " is ACTIVE in " + target.region() + ". Broker log delivery: "
                        + CreateReview.logs(outcome.last().cluster().brokerLogs()) + ". Authorizer log delivery: "
                        + CreateReview.logs(outcome.last().cluster().logging().delivery(LogKind.AUTHORIZER)) + ".");
            }
            case FAILED -> {
                tracker.finish("Cluster " + name + " FAILED.", false);
                yield Notice.error("MSK could not create " + name + ": " + outcome.last().describeState()
                        + ". The failed cluster stays in the list until it is deleted. Your settings are kept: "
                        + "Edit again to fix them and create it under a new name.");
            }
            case DELETED -> {
                tracker.finish("Cluster " + name + " is being deleted.", false);
                yield Notice.warning("Cluster " + name + " was deleted while it was being created.");
            }
            case STOPPED_FOLLOWING -> {
                tracker.finish("Stopped following.", false);
                yield Notice.info("Stopped following. Creation goes on in AWS: " + outcome.clusterArn());
            }
        };
    }

    private void failed(Throwable failure, Ended ended) {
        String arn = tracker.sentArn();
        if (failure instanceof CancellationException) {
            ended.ended(CreateStep.REVIEW, Notice.info(failure.getMessage()), false);
        } else if (failure instanceof CreateOutcomeUnknownException unknown) {
            tracker.finish("No answer from MSK.", false);
            refreshList.run();
            ended.ended(CreateStep.DONE, Notice.warning(unknown.getMessage()), false);
        } else if (arn == null) {
            ended.ended(CreateStep.REVIEW, Notice.error("Nothing was created: " + Messages.of(failure)), false);
        } else {
            tracker.finish("Following stopped after an error.", false);
            refreshList.run();
            ended.ended(CreateStep.DONE, Notice.warning("CreateClusterV2 was accepted (cluster " + arn + "), but "
                    + "following it failed: " + Messages.of(failure) + " Refresh the cluster list to see how it "
                    + "ends."), true);
        }
    }
}
