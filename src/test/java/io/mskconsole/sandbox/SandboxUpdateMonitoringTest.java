package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.delivery.UpdateRefusedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxUpdateMonitoringTest {
    private final SandboxFixture fixture = new SandboxFixture();
    private final ClusterGateway gateway = fixture.gateway("us-east-1");

    @Test
    void anUpdateCompletesAndChangesTheSettingsAndTheVersion() {
        Cluster before = fixture.cluster("us-east-1", "orders-prod");
        LogDelivery desired = before.brokerLogs()
                .withS3(S3Destination.to("orders-prod-broker-logs", "brokers"))
                .withFirehose(FirehoseDestination.to("orders-prod-logs"));
        SandboxFixture.Recorder progress = fixture.recorder(Duration.ofMillis(300));

        ApplyOutcome outcome = fixture.update("us-east-1")
                .apply(before.arn(), LoggingInfo.of(desired), true, progress, Cancellation.none());

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(progress.states()).containsExactly("PENDING", "UPDATE_IN_PROGRESS", "UPDATE_COMPLETE");
        assertThat(outcome.operation().type()).isEqualTo("UPDATE_MONITORING");
        assertThat(outcome.operation().endTime()).isEqualTo(outcome.operation().startTime().plusSeconds(4));
        Cluster after = outcome.cluster();
        assertThat(after.brokerLogs()).isEqualTo(desired);
        assertThat(after.currentVersion()).isNotEqualTo(before.currentVersion()).matches("K[A-Z0-9]{13}");
        assertThat(after.state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(after.activeOperationArn()).isNull();
        assertThat(after.monitoring()).isEqualTo(before.monitoring());
    }

    @Test
    void theClusterIsUpdatingWhileTheOperationRuns() {
        Cluster before = fixture.cluster("us-east-1", "orders-prod");
        String operationArn = gateway.updateMonitoring(request(before, LogDelivery.NONE));

        assertThat(operationArn).matches("arn:aws:kafka:us-east-1:111122223333:cluster-operation/orders-prod/"
                + "3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        Cluster during = gateway.describeCluster(before.arn());
        assertThat(during.state()).isEqualTo(ClusterState.UPDATING);
        assertThat(during.activeOperationArn()).isEqualTo(operationArn);
        assertThat(during.brokerLogs()).isEqualTo(before.brokerLogs());
        assertThat(during.currentVersion()).isEqualTo(before.currentVersion());

        fixture.clock.advance(Duration.ofSeconds(4));
        Cluster after = gateway.describeCluster(before.arn());
        assertThat(after.state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(after.brokerLogs().anyEnabled()).isFalse();
    }

    @Test
    void aMissingLogGroupFailsTheOperationAndKeepsTheOldSettings() {
        Cluster before = fixture.cluster("us-east-1", "orders-prod");
        LogDelivery desired = before.brokerLogs().withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/typo"));

        ApplyOutcome outcome = fixture.update("us-east-1")
                .apply(before.arn(), LoggingInfo.of(desired), true, fixture.recorder(Duration.ofSeconds(1)), Cancellation.none());

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.FAILED);
        ClusterOperation operation = outcome.operation();
        assertThat(operation.state()).isEqualTo("UPDATE_FAILED");
        assertThat(operation.errorCode()).isEqualTo("InvalidLogGroup");
        assertThat(operation.errorMessage()).isEqualTo("The specified log group /msk/typo does not exist in us-east-1.");
        assertThat(operation.steps()).extracting(s -> s.name() + "=" + s.status()).containsExactly(
                "INITIALIZE_UPDATE=SUCCEEDED", "UPDATE_CLUSTER_MONITORING=FAILED", "FINALIZE_UPDATE=PENDING");
        assertThat(outcome.cluster().brokerLogs()).isEqualTo(before.brokerLogs());
        assertThat(outcome.cluster().currentVersion()).isEqualTo(before.currentVersion());
        assertThat(outcome.cluster().state()).isEqualTo(ClusterState.ACTIVE);
    }

    @Test
    void aBucketInAnotherRegionFailsTheOperation() {
        ClusterOperation operation = runToTheEnd("us-east-1", "orders-prod",
                LogDelivery.NONE.withS3(S3Destination.to("analytics-eu-broker-logs", null)));
        assertThat(operation.state()).isEqualTo("UPDATE_FAILED");
        assertThat(operation.errorMessage()).contains("analytics-eu-broker-logs", "eu-west-1", "us-east-1");
    }

    @Test
    void aMissingBucketOrStreamFailsTheOperationNamingIt() {
        assertThat(runToTheEnd("us-east-1", "orders-prod", LogDelivery.NONE.withS3(S3Destination.to("orders-typo", null))).errorMessage())
                .isEqualTo("The specified bucket orders-typo does not exist.");
        assertThat(runToTheEnd("eu-west-1", "audit-eu", LogDelivery.NONE.withFirehose(FirehoseDestination.to("orders-prod-logs")))
                .errorMessage()).isEqualTo("The specified delivery stream orders-prod-logs does not exist in eu-west-1.");
    }

    @Test
    void aStaleVersionIsRefused() {
        Cluster cluster = fixture.cluster("us-east-1", "orders-prod");
        UpdateMonitoringRequest stale = new UpdateMonitoringRequest(cluster.arn(), "K0000000000000",
                cluster.monitoring(), LoggingInfo.of(LogDelivery.NONE));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> gateway.updateMonitoring(stale));

        assertThat(e.failure()).isEqualTo(Failure.STALE_VERSION);
        assertThat(e.operation()).isEqualTo("UpdateMonitoring");
        assertThat(e.serviceMessage())
                .isEqualTo("The version of the cluster isn't current. Check the current version and try again.");
        assertThat(fixture.cluster("us-east-1", "orders-prod").state()).isEqualTo(ClusterState.ACTIVE);
    }

    @Test
    void theVersionReadBeforeACompletedUpdateIsStaleAfterIt() {
        Cluster before = fixture.cluster("us-east-1", "orders-prod");
        gateway.updateMonitoring(request(before, LogDelivery.NONE));
        fixture.clock.advance(Duration.ofSeconds(5));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway.updateMonitoring(request(before, before.brokerLogs())));
        assertThat(e.failure()).isEqualTo(Failure.STALE_VERSION);
    }

    @Test
    void anUpdatingClusterIsRefused() {
        Cluster cluster = fixture.cluster("us-east-1", "payments-staging");

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway.updateMonitoring(request(cluster, LogDelivery.NONE)));

        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.serviceMessage()).contains("UPDATING", "ACTIVE");
    }

    @Test
    void theUseCaseRefusesAnUpdatingClusterBeforeSending() {
        Cluster cluster = fixture.cluster("us-east-1", "payments-staging");
        UpdateRefusedException e = catchThrowableOfType(UpdateRefusedException.class, () -> fixture.update("us-east-1")
                .apply(cluster.arn(), LoggingInfo.of(LogDelivery.NONE), true, fixture.recorder(Duration.ZERO), Cancellation.none()));
        assertThat(e.reason()).isEqualTo(UpdateRefusedException.Reason.NOT_ACTIVE);
    }

    @Test
    void aSecondUpdateWhileTheFirstRunsIsRefused() {
        Cluster cluster = fixture.cluster("us-east-1", "orders-prod");
        gateway.updateMonitoring(request(cluster, LogDelivery.NONE));
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway.updateMonitoring(request(cluster, LogDelivery.NONE)));
        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
    }

    @Test
    void aServerlessClusterIsRefused() {
        Cluster cluster = fixture.cluster("us-east-1", "events-serverless");
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway.updateMonitoring(request(cluster, LogDelivery.NONE)));
        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.getMessage()).contains("serverless");
    }

    @Test
    void anEnabledDestinationWithoutANameIsRefusedInMsksWords() {
        Cluster cluster = fixture.cluster("us-east-1", "orders-prod");
        assertThat(refusal(cluster, LogDelivery.NONE.withCloudWatchLogs(new CloudWatchLogsDestination(true, null))))
                .isEqualTo("To use CloudWatch Logs as a destination for broker logs, you must specify a CloudWatch log group.");
        assertThat(refusal(cluster, LogDelivery.NONE.withS3(new S3Destination(true, null, "x"))))
                .isEqualTo("To use Amazon S3 as a destination for broker logs, you must specify an S3 bucket.");
        assertThat(refusal(cluster, LogDelivery.NONE.withFirehose(new FirehoseDestination(true, " "))))
                .isEqualTo("To use Kinesis Data Firehose as a destination for broker logs, you must specify a "
                        + "Kinesis Data Firehose delivery stream.");
        assertThat(gateway.describeCluster(cluster.arn()).state()).isEqualTo(ClusterState.ACTIVE);
    }

    @Test
    void anExpressClusterAcceptsBrokerLogs() {
        ClusterOperation operation = runToTheEnd("us-east-1", "clickstream-express",
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/clickstream-express")));
        assertThat(operation.isComplete()).isTrue();
        assertThat(fixture.cluster("us-east-1", "clickstream-express").brokerLogs().cloudWatchLogs().logGroup())
                .isEqualTo("/msk/clickstream-express");
    }

    @Test
    void enhancedAndOpenMonitoringAreStoredAsSent() {
        Cluster cluster = fixture.cluster("us-east-1", "orders-prod");
        MonitoringSettings sent = new MonitoringSettings("PER_TOPIC_PER_PARTITION", new OpenMonitoring(false, true));
        gateway.updateMonitoring(new UpdateMonitoringRequest(cluster.arn(), cluster.currentVersion(), sent,
                LoggingInfo.of(cluster.brokerLogs())));
        fixture.clock.advance(Duration.ofSeconds(4));

        assertThat(gateway.describeCluster(cluster.arn()).monitoring()).isEqualTo(sent);
    }

    @Test
    void anUpdateToTheDestinationsInUseIsUnchangedAndSendsNothing() {
        Cluster cluster = fixture.cluster("eu-west-1", "analytics-eu");
        ApplyOutcome outcome = fixture.update("eu-west-1")
                .apply(cluster.arn(), LoggingInfo.of(cluster.brokerLogs()), true, fixture.recorder(Duration.ZERO), Cancellation.none());
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.UNCHANGED);
        assertThat(fixture.cluster("eu-west-1", "analytics-eu").state()).isEqualTo(ClusterState.ACTIVE);
    }

    private String refusal(Cluster cluster, LogDelivery logs) {
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway.updateMonitoring(request(cluster, logs)));
        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.getMessage()).isEqualTo(e.serviceMessage());
        return e.serviceMessage();
    }

    private ClusterOperation runToTheEnd(String region, String name, LogDelivery logs) {
        Cluster cluster = fixture.cluster(region, name);
        ClusterGateway own = fixture.gateway(region);
        String operationArn = own.updateMonitoring(request(cluster, logs));
        fixture.clock.advance(SandboxFixture.OPERATION);
        return own.describeOperation(operationArn);
    }

    private static UpdateMonitoringRequest request(Cluster cluster, LogDelivery logs) {
        return new UpdateMonitoringRequest(cluster.arn(), cluster.currentVersion(), cluster.monitoring(), LoggingInfo.of(logs));
    }
}
