package io.mskconsole.ui.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.ui.common.Notice;

/** What the editor says when the cluster has been read for a review. */
final class ReviewNotices {
    private ReviewNotices() {
    }

    /**
     * The review's notice.
     *
     * @param changes     whether the review changes anything
     * @param movedUnder  whether the cluster's delivery changed since the editor's fields were loaded
     */
    static Notice of(Cluster fresh, boolean changes, boolean movedUnder) {
        if (!changes) {
            return Notice.info("No change: " + fresh.name() + " already delivers broker and authorizer logs this way.");
        }
        if (movedUnder) {
            return Notice.warning("The delivery of " + fresh.name() + " changed since this editor opened: the New "
                    + "column sets back whatever you did not edit here. Check each row before applying.");
        }
        if (fresh.state() != ClusterState.ACTIVE) {
            return Notice.warning(fresh.name() + " is " + fresh.state()
                    + ": MSK will refuse the change until it is ACTIVE.");
        }
        return Notice.NONE; // what the destination checks found stands under Checks, on this page too
    }

    /** The fields were loaded again from the cluster as it is now: nothing edited was lost. */
    static Notice reloaded(Cluster fresh) {
        return Notice.warning("The delivery of " + fresh.name() + " changed since this editor opened (now: "
                + LoggingChanges.summary(fresh.logging()) + "). The fields show it as it is now: edit them, then "
                + "review.");
    }
}
