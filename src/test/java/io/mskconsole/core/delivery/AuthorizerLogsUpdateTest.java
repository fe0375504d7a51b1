package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.testing.FakeMsk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The apply use case keeps authorizer logs through a broker-only change and refuses when they changed since review. */
class AuthorizerLogsUpdateTest {
    static final LogDelivery BROKER = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod"));
    static final LogDelivery AUTHORIZER = LogDelivery.NONE.withS3(S3Destination.to("audit-bucket", "authz"));
    static final LoggingInfo CURRENT = new LoggingInfo(BROKER, AUTHORIZER);

    private final FakeMsk msk = new FakeMsk().put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
            "K3AEGXETSR30VB", CURRENT));
    private final LogDeliveryUpdate update = new LogDeliveryUpdate(msk, Duration.ZERO);

    private ApplyOutcome apply(LoggingInfo desired, LoggingInfo reviewedCurrent) {
        return update.apply(FakeMsk.ARN, desired, reviewedCurrent, false, ApplyProgress.IGNORE, Cancellation.none());
    }

    @Test
    void aBrokerOnlyChangeSendsTheAuthorizerLogsAsTheClusterHasThem() {
        LogDelivery newBroker = BROKER.withFirehose(FirehoseDestination.to("prod-logs"));

        ApplyOutcome outcome = apply(LoggingInfo.of(newBroker), null);

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.SENT);
        assertThat(msk.updates).singleElement().extracting(UpdateMonitoringRequest::logging)
                .isEqualTo(new LoggingInfo(newBroker, AUTHORIZER));
    }

    @Test
    void aFileThatLeavesAuthorizerLogsOutChangesNothingWhenBrokerLogsAreTheSame() {
        ApplyOutcome outcome = apply(LoggingInfo.of(BROKER), null);

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.UNCHANGED);
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void anAuthorizerChangeAloneIsSent() {
        ApplyOutcome outcome = apply(new LoggingInfo(BROKER, LogDelivery.NONE), CURRENT);

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.SENT);
        assertThat(msk.updates).singleElement().extracting(r -> r.logging().authorizerLogs())
                .isEqualTo(LogDelivery.NONE);
    }

    @Test
    void authorizerLogsChangedSinceTheReviewRefuseAndSendNothing() {
        LoggingInfo reviewed = new LoggingInfo(BROKER, LogDelivery.NONE);

        UpdateRefusedException e = catchThrowableOfType(UpdateRefusedException.class,
                () -> apply(LoggingInfo.of(BROKER.withS3(S3Destination.to("b-1", null))), reviewed));

        assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.CHANGED_SINCE_REVIEW);
        assertThat(e.getMessage()).contains("Authorizer logs: Amazon S3: audit-bucket/authz");
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void badAuthorizerSettingsAreRefusedNamingTheKind() {
        UpdateRefusedException e = catchThrowableOfType(UpdateRefusedException.class, () -> apply(
                new LoggingInfo(BROKER, LogDelivery.NONE.withCloudWatchLogs(new CloudWatchLogsDestination(true, "bad name"))),
                null));

        assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.INVALID_SETTINGS);
        assertThat(e.getMessage()).startsWith("Authorizer logs, CloudWatch Logs log group: ");
        assertThat(msk.updates).isEmpty();
    }
}
