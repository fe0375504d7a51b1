package io.mskconsole.core.destinations;

import java.util.Objects;

/** A key policy before and after adding the log-delivery statement: shown as a diff, then sent on confirmation. */
public record KeyPolicyChange(String keyArn, String before, String after) {
    public KeyPolicyChange {
        Objects.requireNonNull(keyArn, "keyArn");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** False when the policy already allows log delivery: nothing to send. */
    public boolean changes() {
        return !before.equals(after);
    }
}
