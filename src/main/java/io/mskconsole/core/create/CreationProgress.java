package io.mskconsole.core.create;

import java.time.Duration;

/** What creating a cluster reports while it runs. Called on the worker thread. */
public interface CreationProgress {
    CreationProgress IGNORE = new CreationProgress() {
    };

    /** A new stage began, e.g. "Sending CreateClusterV2". */
    default void stage(String message) {
    }

    /** CreateClusterV2 was accepted: the cluster exists (CREATING) with this ARN. */
    default void sent(String clusterArn) {
    }

    /** The cluster as last read while following it, and how long it has been followed. */
    default void state(ClusterDetails cluster, Duration elapsed) {
    }
}
