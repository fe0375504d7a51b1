package io.mskconsole.core.trailathena;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.trail.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One statement run to its end: started once (with an idempotency token, so the SDK's retry of a lost answer is the
 * same run), then looked at (GetQueryExecution) a quarter of a second after, and at doubling intervals up to two
 * seconds, each state told; a cancel stops it (StopQueryExecution). Blocking: call it off the UI thread.
 */
public final class AthenaRun {
    static final Duration FIRST_LOOK = Duration.ofMillis(250);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final AthenaGateway gateway;
    private final Ticker ticker;
    private final Supplier<String> tokens;

    /** @param tokens the runs' idempotency tokens (32 to 128 characters; random UUIDs but in tests) */
    public AthenaRun(AthenaGateway gateway, Ticker ticker, Supplier<String> tokens) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    public AthenaRun(AthenaGateway gateway) {
        this(gateway, Ticker.SYSTEM, () -> UUID.randomUUID().toString());
    }

    public AthenaGateway gateway() {
        return gateway;
    }

    /**
     * Runs the statement until it succeeds, fails or is cancelled.
     *
     * @param told each state seen, the first (QUEUED) as soon as it started
     * @return its last state: SUCCEEDED, FAILED with Athena's reason, or CANCELLED
     */
    public AthenaExecution run(AthenaStatement statement, AthenaPlace place, Consumer<AthenaExecution> told,
                               Cancellation cancellation) {
        String id = gateway.start(statement, place, tokens.get());
        AthenaExecution seen = new AthenaExecution(id, AthenaExecution.State.QUEUED, null, 0, 0);
        told.accept(seen);
        Duration wait = FIRST_LOOK;
        while (true) {
            if (ticker.sleep(wait, cancellation)) {
                return stop(seen, told);
            }
            try {
                seen = gateway.execution(id);
            } catch (GatewayException lost) {
                // no word of it: stop it rather than let it scan (and bill) unwatched
                tryStop(id);
                throw new GatewayException(lost.failure(), lost.operation(), lost.getMessage() + " Query " + id
                        + " was asked to stop.", lost.serviceMessage(), lost);
            }
            told.accept(seen);
            if (seen.state().done()) {
                return seen;
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
    }

    private void tryStop(String id) {
        try {
            gateway.stop(id);
        } catch (GatewayException refused) {
            // the failure being reported says more than this one
        }
    }

    /** Stops it and says so; if Athena refuses the stop, says the query may run on. */
    private AthenaExecution stop(AthenaExecution seen, Consumer<AthenaExecution> told) {
        String reason = "Cancelled in MSK Console.";
        try {
            gateway.stop(seen.id());
        } catch (GatewayException refused) {
            reason = "Cancelled in MSK Console, but Athena did not stop query " + seen.id() + " ("
                    + refused.getMessage() + "): it may run on until it ends.";
        }
        long scanned = seen.scannedBytes();
        try {
            scanned = Math.max(scanned, gateway.execution(seen.id()).scannedBytes()); // what the stop left billed
        } catch (GatewayException unknown) {
            // the last figure seen stands
        }
        AthenaExecution stopped = new AthenaExecution(seen.id(), AthenaExecution.State.CANCELLED, reason,
                scanned, seen.engineMillis());
        told.accept(stopped);
        return stopped;
    }
}
