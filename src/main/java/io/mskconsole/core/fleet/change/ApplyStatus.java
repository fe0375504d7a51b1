package io.mskconsole.core.fleet.change;

import java.util.Locale;

/** Where one cluster of a fleet apply stands; the last six are ends. */
public enum ApplyStatus {
    /** Waiting for its turn in its region. */
    WAITING(false),
    /** Being read and sent. */
    APPLYING(false),
    /** Sent; its cluster operation is being followed. */
    FOLLOWING(false),
    /** Sent and followed: the operation completed. */
    COMPLETED(true),
    /** Sent (not followed). */
    SENT(true),
    /** Nothing sent: the cluster already delivers as planned (an earlier run, or someone else). */
    UNCHANGED(true),
    /** Nothing sent: the cluster changed since the plan, or is not ACTIVE now. */
    REFUSED(true),
    /** The call or the operation failed; the message says which. */
    FAILED(true),
    /** UpdateMonitoring got no answer: the change may or may not have been taken. */
    OUTCOME_UNKNOWN(true),
    /** Stop came first: nothing was sent. */
    NOT_STARTED(true),
    /** Sent; following was stopped (the operation goes on in AWS). */
    NOT_FOLLOWED(true),
    /** Not in the apply: the plan left it out (its reason in the plan). */
    LEFT_OUT(true);

    private final boolean end;

    ApplyStatus(boolean end) {
        this.end = end;
    }

    public boolean isEnd() {
        return end;
    }

    /** Whether the cluster ended as the plan asked, or already was so. */
    public boolean succeeded() {
        return this == COMPLETED || this == SENT || this == UNCHANGED;
    }

    /** "completed", "outcome unknown", ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
