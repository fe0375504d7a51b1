package io.mskconsole.core.delivery;

import io.mskconsole.core.clusters.ClusterOperation;

/** What an apply reports while it runs. Called on the worker thread. */
public interface ApplyProgress {
    ApplyProgress IGNORE = new ApplyProgress() {
    };

    /** A new stage began, e.g. "Reading cluster prod-east for its current version". */
    default void stage(String message) {
    }

    /** UpdateMonitoring was accepted: the change is under way in AWS as this operation. */
    default void sent(String operationArn) {
    }

    /** The cluster operation as last read. */
    default void operation(ClusterOperation operation) {
    }
}
