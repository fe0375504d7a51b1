package io.mskconsole.core.levels;

import java.util.ArrayList;
import java.util.List;

/** Where the levels this app raised are kept between runs. Reads and writes files: never on the UI thread. */
public interface RaisedLevelStore {
    /** Everything recorded, oldest first; nothing when the store is empty, missing or unreadable. */
    List<RaisedLevel> load();

    /** Replaces what is recorded. */
    void save(List<RaisedLevel> raised);

    /** A store in memory, empty at first, gone with the process. */
    static RaisedLevelStore inMemory() {
        return new RaisedLevelStore() {
            private List<RaisedLevel> raised = new ArrayList<>();

            @Override
            public synchronized List<RaisedLevel> load() {
                return List.copyOf(raised);
            }

            @Override
            public synchronized void save(List<RaisedLevel> levels) {
                raised = new ArrayList<>(levels);
            }
        };
    }
}
