package io.mskconsole.core.destinations;

import java.util.Objects;

/** Something a person can do about a finding in one click: create the destination, fix a key policy, copy text. */
public record FindingAction(Kind kind, String label, String target) {
    public enum Kind {
        /** CreateLogGroup of {@code target} in the cluster's region. */
        CREATE_LOG_GROUP,
        /** CreateBucket of {@code target} in the cluster's region. */
        CREATE_BUCKET,
        /** Add the log-delivery statement to the policy of key {@code target} (ARN), after showing the diff. */
        ADD_KEY_STATEMENT,
        /** Copy {@code target} to the clipboard. */
        COPY_TEXT
    }

    public FindingAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
    }
}
