package io.mskconsole.ui.create;

/** The pages of the Create cluster window, in order. */
public enum CreateStep {
    /** The settings, section by section. */
    EDIT,
    /** The request as JSON and as an AWS CLI command, the checks, the broker count. */
    REVIEW,
    /** CreateClusterV2 sent or being sent, the cluster followed from CREATING. */
    CREATING,
    /** Following ended: ACTIVE, FAILED, deleted, or following failed. */
    DONE
}
