package io.mskconsole.ui.trail;

import java.util.Set;

/** Remembers which columns of the event table are hidden. Reads and writes may touch the disk: off the UI thread. */
public interface ColumnStore {
    Set<String> hiddenColumns();

    void saveHiddenColumns(Set<String> hidden);

    /** Remembers nothing (tests, and when no folder is writable). */
    ColumnStore NONE = new ColumnStore() {
        @Override
        public Set<String> hiddenColumns() {
            return Set.of();
        }

        @Override
        public void saveHiddenColumns(Set<String> hidden) {
        }
    };
}
