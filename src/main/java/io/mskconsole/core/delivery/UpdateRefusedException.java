package io.mskconsole.core.delivery;

import io.mskconsole.core.errors.Worded;

/** The update was not sent because the cluster or the settings do not allow it; the message says why. */
public final class UpdateRefusedException extends RuntimeException implements Worded {
    public enum Reason { NOT_PROVISIONED, NOT_ACTIVE, INVALID_SETTINGS, CHANGED_SINCE_REVIEW, UNKNOWN_SETTINGS }

    private final Reason reason;

    public UpdateRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
