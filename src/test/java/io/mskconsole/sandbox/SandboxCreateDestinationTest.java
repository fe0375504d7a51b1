package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxCreateDestinationTest {
    private static final String NEW_GROUP = "/aws/vendedlogs/msk/audit-eu";
    private static final String NEW_BUCKET = "audit-eu-broker-logs";

    private final SandboxFixture fixture = new SandboxFixture();
    private final DestinationGateway euwest = fixture.destinations("eu-west-1").destinations();

    @Test
    void aCreatedLogGroupIsFoundAndAnUpdateToItCompletes() {
        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");
        LogDelivery desired = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(NEW_GROUP));
        assertThat(runToTheEnd(audit, desired).errorMessage()).as("before it exists")
                .isEqualTo("The specified log group " + NEW_GROUP + " does not exist in eu-west-1.");

        euwest.createLogGroup(NEW_GROUP);

        LogGroupInfo created = euwest.logGroup(NEW_GROUP).orElseThrow();
        assertThat(created.retentionDays()).isNull();
        assertThat(created.storedBytes()).isZero();
        assertThat(created.arn()).isEqualTo("arn:aws:logs:eu-west-1:111122223333:log-group:" + NEW_GROUP);
        assertThat(euwest.logGroups("/aws/vendedlogs/", null).items()).extracting(LogGroupInfo::name)
                .containsExactly("/aws/vendedlogs/msk/analytics-eu", NEW_GROUP);
        assertThat(fixture.session.inventory().hasLogGroup("eu-west-1", NEW_GROUP)).isTrue();

        Cluster current = fixture.cluster("eu-west-1", "audit-eu");
        ApplyOutcome outcome = fixture.update("eu-west-1").apply(current.arn(), LoggingInfo.of(desired), true,
                fixture.recorder(Duration.ofSeconds(1)), Cancellation.none());
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(outcome.cluster().brokerLogs().cloudWatchLogs().logGroup()).isEqualTo(NEW_GROUP);
    }

    @Test
    void aCreatedBucketIsFoundInItsRegionAndAnUpdateToItCompletes() {
        euwest.createBucket(NEW_BUCKET);

        BucketInfo created = fixture.destinations("us-east-1").destinations().bucket(NEW_BUCKET).orElseThrow();
        assertThat(created).isEqualTo(new BucketInfo(NEW_BUCKET, "eu-west-1", BucketEncryption.SSE_S3, null));
        assertThat(fixture.session.inventory().bucketRegion(NEW_BUCKET)).contains("eu-west-1");

        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");
        ApplyOutcome outcome = fixture.update("eu-west-1").apply(audit.arn(),
                LoggingInfo.of(LogDelivery.NONE.withS3(S3Destination.to(NEW_BUCKET, "audit"))), true,
                fixture.recorder(Duration.ofSeconds(1)), Cancellation.none());
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(outcome.cluster().brokerLogs().s3().bucket()).isEqualTo(NEW_BUCKET);
    }

    @Test
    void aBucketCreatedInAnotherRegionStillFailsTheUpdate() {
        fixture.destinations("us-east-1").destinations().createBucket("sydney-metrics-logs-2");
        ClusterOperation operation = runToTheEnd(fixture.cluster("ap-southeast-2", "sydney-metrics"),
                LogDelivery.NONE.withS3(S3Destination.to("sydney-metrics-logs-2", null)));
        assertThat(operation.state()).isEqualTo("UPDATE_FAILED");
        assertThat(operation.errorMessage()).contains("us-east-1", "ap-southeast-2");
    }

    @Test
    void creatingALogGroupTwiceIsAConflict() {
        euwest.createLogGroup(NEW_GROUP);
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> euwest.createLogGroup(NEW_GROUP));
        assertThat(e.failure()).isEqualTo(Failure.CONFLICT);
        assertThat(e.operation()).isEqualTo("CreateLogGroup");
        assertThat(e.serviceMessage()).isEqualTo("The specified log group already exists");
        assertThat(e.getMessage()).contains("ResourceAlreadyExistsException");

        GatewayException seed = catchThrowableOfType(GatewayException.class, () -> euwest.createLogGroup("/msk/audit-eu"));
        assertThat(seed.failure()).isEqualTo(Failure.CONFLICT);
        assertThat(euwest.logGroups(null, null).items()).extracting(LogGroupInfo::name).doesNotHaveDuplicates();
    }

    @Test
    void aLogGroupNameIsPerRegion() {
        fixture.destinations("ap-southeast-2").destinations().createLogGroup("/msk/audit-eu");
        assertThat(fixture.destinations("ap-southeast-2").destinations().logGroup("/msk/audit-eu")).isPresent();
    }

    @Test
    void creatingABucketTwiceIsAConflictInAnyRegion() {
        euwest.createBucket(NEW_BUCKET);
        GatewayException again = catchThrowableOfType(GatewayException.class, () -> euwest.createBucket(NEW_BUCKET));
        assertThat(again.failure()).isEqualTo(Failure.CONFLICT);
        assertThat(again.operation()).isEqualTo("CreateBucket");
        assertThat(again.serviceMessage())
                .isEqualTo("Your previous request to create the named bucket succeeded and you already own it.");
        assertThat(again.getMessage()).contains("BucketAlreadyOwnedByYou");

        GatewayException elsewhere = catchThrowableOfType(GatewayException.class,
                () -> fixture.destinations("us-east-1").destinations().createBucket("analytics-eu-broker-logs"));
        assertThat(elsewhere.failure()).isEqualTo(Failure.CONFLICT);
        assertThat(elsewhere.getMessage()).contains("eu-west-1");
        assertThat(fixture.session.inventory().bucketRegion("analytics-eu-broker-logs")).contains("eu-west-1");
    }

    @Test
    void invalidNamesAreRefusedAndNothingIsCreated() {
        for (String bad : new String[] {"has space", "", "aws/reserved", "/msk/star*"}) {
            GatewayException e = catchThrowableOfType(GatewayException.class, () -> euwest.createLogGroup(bad));
            assertThat(e.failure()).as(bad).isEqualTo(Failure.BAD_REQUEST);
        }
        for (String bad : new String[] {"Upper-Case", "ab", "under_score", "-leading", "two..dots", "192.168.1.10",
                null}) {
            GatewayException e = catchThrowableOfType(GatewayException.class, () -> euwest.createBucket(bad));
            assertThat(e.failure()).as(bad).isEqualTo(Failure.BAD_REQUEST);
            assertThat(e.serviceMessage()).isEqualTo("The specified bucket is not valid.");
        }
        assertThat(fixture.world.inventory().logGroups("eu-west-1")).hasSize(3);
        assertThat(fixture.world.inventory().buckets()).hasSize(7);
    }

    @Test
    void anInventoryReadBeforeACreationStaysAsItWas() {
        SandboxInventory before = fixture.world.inventory();
        euwest.createLogGroup(NEW_GROUP);
        euwest.createBucket(NEW_BUCKET);
        assertThat(before.hasLogGroup("eu-west-1", NEW_GROUP)).isFalse();
        assertThat(before.bucketRegion(NEW_BUCKET)).isEmpty();
        assertThat(fixture.world.inventory().hasLogGroup("eu-west-1", NEW_GROUP)).isTrue();
    }

    @Test
    void separateWorldsDoNotShareCreations() {
        euwest.createLogGroup(NEW_GROUP);
        SandboxWorld other = new SandboxWorld(fixture.clock, SandboxFixture.OPERATION);
        assertThat(new SandboxSession(other, SandboxSession.POLL_INTERVAL, Duration.ZERO).destinations("eu-west-1")
                .destinations().logGroup(NEW_GROUP)).isEmpty();
    }

    private ClusterOperation runToTheEnd(Cluster cluster, LogDelivery logs) {
        ClusterGateway gateway = fixture.gateway(cluster.region());
        String operationArn = gateway.updateMonitoring(new UpdateMonitoringRequest(cluster.arn(),
                cluster.currentVersion(), cluster.monitoring(), LoggingInfo.of(logs)));
        fixture.clock.advance(SandboxFixture.OPERATION);
        return gateway.describeOperation(operationArn);
    }
}
