package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.create.CreateOutcomeUnknownException;
import io.mskconsole.core.create.CreateRefusedException;
import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.create.DraftProblem;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import io.mskconsole.core.delivery.UpdateRefusedException;
import io.mskconsole.ui.common.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window and the commands word a failure alike: the core's own failures (Worded) in their own words, anything
 * else as unexpected with its type. The two front ends kept separate lists of "already worded" failures before, and
 * the window's had fallen behind.
 */
class OneWordingTest {
    static final GatewayException TIMEOUT = new GatewayException(Failure.TIMEOUT, "UpdateMonitoring",
            "UpdateMonitoring of cluster orders timed out.");

    static final io.mskconsole.core.clusters.Cluster ORDERS = io.mskconsole.testing.FakeMsk.provisioned(
            "arn:aws:kafka:us-east-1:1:cluster/orders/a", "orders", io.mskconsole.core.clusters.ClusterState.ACTIVE,
            io.mskconsole.core.delivery.LogDelivery.NONE.withS3(io.mskconsole.core.delivery.S3Destination.to(
                    "orders-logs", null)));

    static List<RuntimeException> worded() {
        return List.of(TIMEOUT,
                new GatewayException(Failure.BAD_REQUEST, "UpdateMonitoring", "", "The version is not current.", null),
                new UpdateRefusedException(UpdateRefusedException.Reason.NOT_ACTIVE, "Cluster orders is UPDATING."),
                new SendOutcomeUnknownException(ORDERS, io.mskconsole.core.delivery.LoggingInfo.of(
                        io.mskconsole.core.delivery.LogDelivery.NONE), TIMEOUT, ORDERS, null),
                new CreateOutcomeUnknownException("orders", TIMEOUT),
                new CreateRefusedException(List.of(new DraftProblem(DraftField.NAME, "Required: name the new cluster."))));
    }

    @Test
    void everyWordedFailureReadsTheSameInTheWindowAndOnTheTerminal() {
        for (RuntimeException failure : worded()) {
            assertThat(CliErrors.message(failure)).as(failure.getClass().getSimpleName())
                    .isEqualTo(CliErrors.oneLine(Messages.of(failure)))
                    .doesNotContain(failure.getClass().getSimpleName(), "unexpected error");
        }
        assertThat(Messages.of(worded().get(1))).isEqualTo("The version is not current.");
    }

    @Test
    void anythingElseIsUnexpectedAndNamesItsType() {
        IllegalStateException surprise = new IllegalStateException("boom");

        assertThat(CliErrors.message(surprise)).isEqualTo("unexpected error (IllegalStateException: boom)");
        assertThat(Messages.of(surprise)).isEqualTo("IllegalStateException: boom");
    }
}
