package io.mskconsole.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GatewayExceptionTest {

    @Test
    void onlyThrottlingServiceErrorsTimeoutsAndConnectionsAreTransient() {
        Set<Failure> transientOnes = EnumSet.of(Failure.THROTTLED, Failure.SERVICE_UNAVAILABLE, Failure.TIMEOUT,
                Failure.CONNECTION);
        for (Failure failure : Failure.values()) {
            assertThat(new GatewayException(failure, "UpdateMonitoring", "m").isTransient())
                    .as(failure.name()).isEqualTo(transientOnes.contains(failure));
        }
    }

    @Test
    void keepsOperationAndServiceMessage() {
        GatewayException e = new GatewayException(Failure.STALE_VERSION, "UpdateMonitoring", "Read it again.",
                "The version of the cluster isn't current.", null);
        assertThat(e.operation()).isEqualTo("UpdateMonitoring");
        assertThat(e.getMessage()).isEqualTo("Read it again.");
        assertThat(e.serviceMessage()).isEqualTo("The version of the cluster isn't current.");
        assertThat(new GatewayException(Failure.UNKNOWN, "X", "m").serviceMessage()).isNull();
    }
}
