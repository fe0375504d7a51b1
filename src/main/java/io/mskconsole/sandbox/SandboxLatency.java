package io.mskconsole.sandbox;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a Sandbox call takes before it answers, so that loading states show as they would against AWS. The wait
 * comes before the call does anything: an interrupted call has changed nothing.
 */
final class SandboxLatency {
    /** Long enough to see a loading state, short enough not to annoy. */
    static final Duration DEFAULT = Duration.ofMillis(150);

    private final Duration delay;

    SandboxLatency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The call delay must not be negative: " + delay);
        }
        this.delay = delay;
    }

    Duration delay() {
        return delay;
    }

    /**
     * Waits the delay. An interrupted thread (a cancelled task) gets a CONNECTION failure at once, with its interrupt
     * flag set again, as an SDK call dropped before its answer.
     */
    void pause(String operation) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(Failure.CONNECTION, operation,
                    operation + " was interrupted before the Sandbox answered; nothing was changed.", null, e);
        }
    }
}
