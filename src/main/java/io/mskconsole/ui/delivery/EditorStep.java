package io.mskconsole.ui.delivery;

/** The pages of the broker log delivery editor, in order. */
public enum EditorStep {
    EDIT,
    REVIEW,
    APPLYING,
    DONE
}
