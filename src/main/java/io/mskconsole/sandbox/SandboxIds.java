package io.mskconsole.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * Makes the identifiers MSK hands out: opaque cluster versions such as {@code K3AEGXETSR30VB} and operation UUIDs.
 * Deterministic for a world (a counter fed through a name-based UUID), so tests see the same values on every run.
 * Guarded by the world's lock.
 */
final class SandboxIds {
    private static final int VERSION_LENGTH = 14;
    private long counter;

    /** A fresh cluster version: "K" and 13 uppercase letters and digits. */
    String nextVersion() {
        UUID uuid = next("version");
        String digits = Long.toString(uuid.getMostSignificantBits() >>> 1, 36)
                + Long.toString(uuid.getLeastSignificantBits() >>> 1, 36);
        return ("K" + digits.toUpperCase(Locale.ROOT)).substring(0, VERSION_LENGTH);
    }

    /** The last segment of a new cluster's ARN: a UUID and "-1", as MSK's. */
    String nextClusterId() {
        return next("cluster") + "-1";
    }

    /** A fresh UUID for a cluster operation's ARN. */
    String nextOperationId() {
        return next("operation").toString();
    }

    private UUID next(String kind) {
        counter++;
        return UUID.nameUUIDFromBytes((kind + "-" + counter).getBytes(StandardCharsets.UTF_8));
    }
}
