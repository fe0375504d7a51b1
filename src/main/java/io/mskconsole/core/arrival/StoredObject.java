package io.mskconsole.core.arrival;

import java.time.Instant;
import java.util.Objects;

/** One S3 object as ListObjectsV2 gives it: its key, size in bytes and when it was written. */
public record StoredObject(String key, long size, Instant lastModified) {
    public StoredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
