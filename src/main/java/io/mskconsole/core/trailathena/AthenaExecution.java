package io.mskconsole.core.trailathena;

import java.util.Objects;

/**
 * Where a query stands (GetQueryExecution).
 *
 * @param reason       why it failed or was cancelled (StateChangeReason), or null
 * @param scannedBytes the data it has scanned so far (what Athena bills)
 */
public record AthenaExecution(String id, State state, String reason, long scannedBytes, long engineMillis) {
    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean done() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    public AthenaExecution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
    }

    /**
     * "RUNNING · 1.2 GB scanned · about USD 0.0059"; the state alone before anything is scanned, and for a query that
     * failed (Athena bills no failed query).
     */
    public String describe() {
        boolean billed = state == State.SUCCEEDED || scannedBytes > 0 && state != State.FAILED;
        return billed ? state + " · " + AthenaCost.describe(scannedBytes) : state.toString();
    }
}
