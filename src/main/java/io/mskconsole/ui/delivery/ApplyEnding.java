package io.mskconsole.ui.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import io.mskconsole.ui.common.Notice;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the editor shows the end of an apply: the page it goes to, what it says, whether the edit is now the cluster's
 * (so it no longer counts as unsaved), and the last line of the progress.
 */
record ApplyEnding(EditorStep step, Notice notice, boolean editApplied, String progress) {
    private static final DateTimeFormatter ENDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    static ApplyEnding of(ApplyOutcome outcome, String clusterName) {
        String progress = outcome.operation() == null ? ""
                : outcome.status() == ApplyOutcome.Status.STOPPED_FOLLOWING
                ? "Stopped following at " + outcome.operation().state() + ": the operation goes on in AWS."
                : "Operation ended " + outcome.operation().state() + (outcome.operation().endTime() == null ? "."
                : " at " + ENDED.format(outcome.operation().endTime()) + ".");
        return switch (outcome.status()) {
            case COMPLETED -> new ApplyEnding(EditorStep.DONE, Notice.success("Log delivery of " + clusterName
                    + " is updated (" + outcome.operation().state() + "). CloudTrail lists the call under Show "
                    + "activity once it has it (in AWS, within about 5 minutes)."), true, progress);
            case FAILED -> new ApplyEnding(EditorStep.EDIT, Notice.error("MSK could not apply the change: "
                    + outcome.operation().describeOutcome() + " Your edit is kept: fix it and apply again."), false,
                    progress);
            case STOPPED_FOLLOWING -> new ApplyEnding(EditorStep.DONE, Notice.warning("Stopped following. The change "
                    + "goes on in AWS as operation " + outcome.operationArn() + "."), true, progress);
            case UNCHANGED -> new ApplyEnding(EditorStep.EDIT, Notice.info("No change: the cluster already delivers "
                    + "its logs this way; nothing was sent."), true, progress);
            case SENT -> new ApplyEnding(EditorStep.DONE, Notice.info("Sent as operation " + outcome.operationArn()
                    + "."), true, progress);
        };
    }

    /** After a lost answer the read after which found the change not taken, taken and done, or unclear. */
    static ApplyEnding afterLostAnswer(SendOutcomeUnknownException unknown) {
        String said = unknown.getMessage();
        return switch (unknown.verdict()) {
            case APPLIED -> new ApplyEnding(EditorStep.DONE, Notice.success(said), true, "");
            case NOT_APPLIED -> new ApplyEnding(EditorStep.REVIEW, Notice.info(said), false, "");
            default -> new ApplyEnding(EditorStep.REVIEW, Notice.warning(said), false, "");
        };
    }

    /** After following a cluster that took a change without answering: null when following was stopped. */
    static ApplyEnding afterFollowingCluster(Cluster after, LoggingInfo sent) {
        if (after == null) {
            return new ApplyEnding(EditorStep.DONE, Notice.warning("Stopped following. The change goes on in AWS."),
                    true, "");
        }
        if (after.state() == ClusterState.ACTIVE && after.logging().sameDeliveryAs(sent)) {
            return new ApplyEnding(EditorStep.DONE, Notice.success("Log delivery of " + after.name() + " is updated: "
                    + "the cluster is ACTIVE again and delivers as sent."), true, "");
        }
        // not what was sent: the edit stays the person's, unsaved, to look at and apply again
        return new ApplyEnding(EditorStep.EDIT, Notice.warning("The cluster is " + after.state() + " again and does "
                + "not deliver as sent. Your edit is kept: review it against the cluster as it is now."), false, "");
    }
}
