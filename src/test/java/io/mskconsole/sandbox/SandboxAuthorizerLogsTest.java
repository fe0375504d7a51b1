package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Authorizer logs in the Sandbox: some clusters deliver them, one to a trap, and they live through every update. */
class SandboxAuthorizerLogsTest {
    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void analyticsDeliversAuthorizerLogsToAStreamThatIsATrapForThemAlone() throws Exception {
        Cluster analytics = fixture.cluster("eu-west-1", "analytics-eu");
        assertThat(analytics.logging().authorizerLogs())
                .isEqualTo(LogDelivery.NONE.withFirehose(FirehoseDestination.to("audit-eu-logs")));

        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            CheckReport report = new DestinationChecks(fixture.destinations("eu-west-1"), new CheckCache(), pool)
                    .run(new CheckRequest(new DeliveryContext("eu-west-1", false, false), analytics.logging(),
                            analytics.arn()), Cancellation.none());
            assertThat(report.findings()).anySatisfy(finding -> {
                assertThat(finding.checkId()).isEqualTo("firehose-tag");
                assertThat(finding.kinds()).containsExactly(LogKind.AUTHORIZER);
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ordersProdSendsBothKindsToOneLogGroupAndOthersReportNone() {
        assertThat(fixture.cluster("us-east-1", "orders-prod").logging().authorizerLogs())
                .isEqualTo(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(
                        "/aws/vendedlogs/msk/orders-prod")));
        assertThat(fixture.cluster("eu-west-1", "audit-eu").logging().hasAuthorizerLogs()).isFalse();
    }

    @Test
    void aBrokerOnlyChangeKeepsTheAuthorizerLogsThroughTheOperation() {
        Cluster before = fixture.cluster("us-east-1", "orders-prod");
        LogDelivery broker = before.brokerLogs().withFirehose(FirehoseDestination.to("orders-prod-logs"));

        ApplyOutcome outcome = fixture.update("us-east-1").apply(before.arn(), LoggingInfo.of(broker), true,
                fixture.recorder(Duration.ofSeconds(1)), Cancellation.none());

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(outcome.cluster().logging()).isEqualTo(new LoggingInfo(broker, before.logging().authorizerLogs()));
    }

    @Test
    void anEnabledAuthorizerDestinationWithoutItsNameIsRefusedInMsksWords() {
        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> fixture.gateway("eu-west-1")
                .updateMonitoring(new UpdateMonitoringRequest(audit.arn(), audit.currentVersion(), audit.monitoring(),
                        new LoggingInfo(LogDelivery.NONE, LogDelivery.NONE.withS3(new S3Destination(true, null, null))))));

        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.getMessage()).isEqualTo("To use Amazon S3 as a destination for authorizer logs, you must specify "
                + "an S3 bucket.");
    }

    @Test
    void anAuthorizerDestinationThatDoesNotExistFailsTheOperation() {
        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");

        ApplyOutcome outcome = fixture.update("eu-west-1").apply(audit.arn(), new LoggingInfo(LogDelivery.NONE,
                        LogDelivery.NONE.withFirehose(FirehoseDestination.to("orders-prod-logs"))), true,
                fixture.recorder(Duration.ofSeconds(1)), Cancellation.none());

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.FAILED);
        assertThat(outcome.operation().errorMessage()).contains("orders-prod-logs", "does not exist in eu-west-1");
        assertThat(outcome.cluster().logging().hasAuthorizerLogs()).isFalse();
    }
}
