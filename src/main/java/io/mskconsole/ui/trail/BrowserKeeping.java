package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.LookupCaches;
import io.mskconsole.core.trail.RecordSink;
import io.mskconsole.core.trail.TrailKeeping;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where one browser keeps what it loads: a record store per load (each deleted once its events are let go, and
 * all when the window closes) and LookupEvents' answers between runs. On the UI thread.
 */
final class BrowserKeeping {
    private TrailKeeping kept = TrailKeeping.HEAP;
    private LookupCache lookups = LookupCache.NONE;
    /** The stores made, weakly: one whose events are all let go is deleted by its cleaner meanwhile. */
    private final List<WeakReference<RecordSink>> made = new ArrayList<>();

    /**
     * Keeps records' texts as {@code kept} says, and LookupEvents' answers as the {@code owner}'s, asked for on a
     * lookup's thread (it may ask AWS whose account the credentials are), or none when it is null (the Sandbox,
     * whose events are made anew each time).
     */
    void keepIn(TrailKeeping keeping, Supplier<String> owner) {
        this.kept = keeping;
        this.lookups = owner == null || keeping.lookups() == LookupCaches.NONE ? LookupCache.NONE
                : LookupCache.resolvedBy(() -> keeping.lookups().of(owner.get()));
    }

    TrailKeeping kept() {
        return kept;
    }

    LookupCache lookups() {
        return lookups;
    }

    /** A new place for one load's records' texts (making it touches no disk). */
    RecordSink newRecords() {
        RecordSink sink = kept.records().get();
        made.removeIf(reference -> reference.get() == null);
        made.add(new WeakReference<>(sink));
        return sink;
    }

    /** Deletes the stores still there: the window closed. */
    void close() {
        for (WeakReference<RecordSink> reference : made) {
            RecordSink sink = reference.get();
            if (sink != null) {
                sink.close();
            }
        }
        made.clear();
    }
}
