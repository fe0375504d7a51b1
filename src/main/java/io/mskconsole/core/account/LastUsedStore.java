package io.mskconsole.core.account;

/** Remembers {@link LastUsed} between runs. Reads and writes a file: never on the UI thread. */
public interface LastUsedStore {
    /** What was saved, or {@link LastUsed#NOTHING} when nothing (or nothing readable) was. */
    LastUsed load();

    void save(LastUsed lastUsed);
}
