package io.mskconsole.core.destinations;

/** How much a finding matters before Apply: errors block, warnings ask first, "could not check" is never a pass. */
public enum Severity {
    ERROR,
    WARNING,
    COULD_NOT_CHECK,
    INFO;

    public boolean blocksApply() {
        return this == ERROR;
    }

    public boolean asksBeforeApply() {
        return this == WARNING || this == COULD_NOT_CHECK;
    }
}
