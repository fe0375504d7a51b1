package io.mskconsole.core.trail;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the browser and the {@code trail} commands keep what they load: each load's records' texts (a new record
 * store, off the heap) and LookupEvents' answers between runs.
 *
 * @param records a new place for one load's texts
 * @param lookups the LookupEvents cache
 */
public record TrailKeeping(Supplier<RecordSink> records, LookupCaches lookups) {
    /** Texts on the heap, nothing kept between runs: tests. */
    public static final TrailKeeping HEAP = new TrailKeeping(() -> RecordSink.HEAP, LookupCaches.NONE);

    public TrailKeeping {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(lookups, "lookups");
    }
}
