package io.mskconsole.core.delivery;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.errors.Worded;

/**
 * UpdateMonitoring was sent but no usable answer came back (a timeout, a dropped connection, a 5xx): MSK may or may
 * not have taken the change. Never retried blindly: the cluster is read once more and what that found is said in one
 * sentence ({@link Verdict}), so the person knows whether to apply again, wait, or look.
 */
public final class SendOutcomeUnknownException extends RuntimeException implements Worded {
    /** What the read after the lost answer found. */
    public enum Verdict {
        /** ACTIVE, delivering as before: nothing was applied; applying again is safe. */
        NOT_APPLIED,
        /** Not ACTIVE (UPDATING): the change was taken and is under way. */
        TAKEN,
        /** ACTIVE, delivering as sent: the change was applied. */
        APPLIED,
        /** The cluster could not be read, or delivers neither as before nor as sent. */
        UNKNOWN
    }

    private final String clusterArn;
    private final Verdict verdict;

    /**
     * @param before the cluster as read before sending
     * @param sent   the delivery sent
     * @param lost   what UpdateMonitoring ended with
     * @param after  the cluster read again after the lost answer, or null when that failed too
     * @param unread why it could not be read again, or null
     */
    public SendOutcomeUnknownException(Cluster before, LoggingInfo sent, GatewayException lost, Cluster after,
                                       GatewayException unread) {
        this(before.arn(), verdict(before, sent, after), words(before, lost, after, unread, verdict(before, sent, after)),
                lost);
    }

    private SendOutcomeUnknownException(String clusterArn, Verdict verdict, String message, GatewayException cause) {
        super(message, cause);
        this.clusterArn = clusterArn;
        this.verdict = verdict;
    }

    /**
     * A change MSK took moves the cluster's version on; the same version and delivery mean it was not taken.
     * Applying again is safe even should the first request still arrive: both carry the same version, so MSK takes
     * one and refuses the other as stale.
     */
    static Verdict verdict(Cluster before, LoggingInfo sent, Cluster after) {
        if (after == null) {
            return Verdict.UNKNOWN;
        }
        boolean versionMoved = !java.util.Objects.equals(after.currentVersion(), before.currentVersion());
        if (after.state() == ClusterState.UPDATING) {
            return Verdict.TAKEN;
        }
        if (after.state() != ClusterState.ACTIVE) {
            return Verdict.UNKNOWN;
        }
        if (versionMoved) {
            return after.logging().sameDeliveryAs(sent) ? Verdict.APPLIED : Verdict.UNKNOWN;
        }
        return after.logging().sameDeliveryAs(before.logging()) ? Verdict.NOT_APPLIED : Verdict.UNKNOWN;
    }

    private static String words(Cluster before, GatewayException lost, Cluster after, GatewayException unread,
                                Verdict verdict) {
        String start = "UpdateMonitoring for " + before.name() + " got no answer (" + how(lost) + "). ";
        return start + switch (verdict) {
            case NOT_APPLIED -> "The cluster is ACTIVE and its delivery is unchanged: nothing was applied, you can "
                    + "apply again.";
            case TAKEN -> "The cluster is UPDATING: the change was taken.";
            case APPLIED -> "The cluster is ACTIVE and delivers as sent: the change was applied.";
            case UNKNOWN -> after == null
                    ? "The cluster could not be read again (" + quiet(unread) + "), so the change may or may not "
                    + "have been taken: refresh the cluster before applying again."
                    : "The cluster is " + after.state() + " and delivers neither as before nor as sent (someone else "
                    + "may have changed it): refresh the cluster and review again.";
        };
    }

    /** How the answer was lost, in a few words (the failure's own text is a whole sentence of its own). */
    private static String how(GatewayException lost) {
        return switch (lost.failure()) {
            case TIMEOUT -> "it timed out";
            case CONNECTION -> "the connection failed";
            case SERVICE_UNAVAILABLE -> "MSK answered with a server error";
            default -> "the answer could not be read";
        };
    }

    private static String quiet(GatewayException unread) {
        if (unread == null || unread.getMessage() == null) {
            return "no reason given";
        }
        String text = unread.getMessage().strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    public String clusterArn() {
        return clusterArn;
    }

    public Verdict verdict() {
        return verdict;
    }
}
