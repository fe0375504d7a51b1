package io.mskconsole.core.trail;

import java.util.Objects;

/**
 * Where events keep their records' text, so that a million events need not hold a million texts on the heap: a
 * block of a record store (compressed, on disk) holding many, or one text of its own. The event keeps this and its
 * slot in it; the text is read when the detail pane or an export asks.
 */
public interface Records {

    /**
     * The record in the slot, JSON text as it was read.
     *
     * @throws java.io.UncheckedIOException when a store can no longer read it back (its file deleted or damaged)
     */
    String record(int slot);

    /** One text held on the heap: a few events (a LookupEvents page, a test) need no store. */
    static Records of(String text) {
        Objects.requireNonNull(text, "record");
        return slot -> text;
    }
}
