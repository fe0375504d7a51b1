package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An UpdateMonitoring operation of 4 s read at chosen moments of its life. */
class SandboxOperationTimelineTest {
    private final SandboxFixture fixture = new SandboxFixture();
    private final ClusterGateway gateway = fixture.gateway("us-east-1");

    @Test
    void isPendingForTheFirstTenthWithEveryStepPending() {
        String arn = start();
        fixture.clock.advance(Duration.ofMillis(399));
        ClusterOperation operation = gateway.describeOperation(arn);
        assertThat(operation.state()).isEqualTo("PENDING");
        assertThat(statuses(operation)).containsExactly("PENDING", "PENDING", "PENDING");
        assertThat(operation.endTime()).isNull();
        assertThat(operation.isFinished()).isFalse();
    }

    @Test
    void runsItsStepsOneAfterAnother() {
        String arn = start();
        fixture.clock.advance(Duration.ofMillis(400));
        assertThat(statuses(gateway.describeOperation(arn))).containsExactly("IN_PROGRESS", "PENDING", "PENDING");
        fixture.clock.advance(Duration.ofMillis(1200));
        assertThat(statuses(gateway.describeOperation(arn))).containsExactly("SUCCEEDED", "IN_PROGRESS", "PENDING");
        fixture.clock.advance(Duration.ofMillis(1200));
        ClusterOperation late = gateway.describeOperation(arn);
        assertThat(late.state()).isEqualTo("UPDATE_IN_PROGRESS");
        assertThat(statuses(late)).containsExactly("SUCCEEDED", "SUCCEEDED", "IN_PROGRESS");
        assertThat(late.steps()).extracting(OperationStep::name)
                .containsExactly("INITIALIZE_UPDATE", "UPDATE_CLUSTER_MONITORING", "FINALIZE_UPDATE");
    }

    @Test
    void completesAtItsEndWithEveryStepSucceeded() {
        String arn = start();
        fixture.clock.advance(Duration.ofMillis(3999));
        assertThat(gateway.describeOperation(arn).isFinished()).isFalse();
        fixture.clock.advance(Duration.ofMillis(1));
        ClusterOperation operation = gateway.describeOperation(arn);
        assertThat(operation.state()).isEqualTo("UPDATE_COMPLETE");
        assertThat(operation.isComplete()).isTrue();
        assertThat(statuses(operation)).containsOnly("SUCCEEDED");
        assertThat(operation.startTime()).isEqualTo(SandboxFixture.START);
        assertThat(operation.endTime()).isEqualTo(SandboxFixture.START.plusSeconds(4));
        assertThat(operation.errorCode()).isNull();
    }

    @Test
    void staysFinishedWhenReadLater() {
        String arn = start();
        fixture.clock.advance(Duration.ofHours(2));
        ClusterOperation operation = gateway.describeOperation(arn);
        assertThat(operation.state()).isEqualTo("UPDATE_COMPLETE");
        assertThat(operation.endTime()).isEqualTo(SandboxFixture.START.plusSeconds(4));
    }

    @Test
    void aWorldWithoutDelayFinishesAtOnce() {
        SandboxWorld instant = new SandboxWorld(fixture.clock, Duration.ZERO);
        ClusterGateway own = new SandboxSession(instant).clusters("eu-west-1");
        Cluster cluster = own.listClusters(null).get(1);
        String arn = own.updateMonitoring(new UpdateMonitoringRequest(cluster.arn(), cluster.currentVersion(),
                cluster.monitoring(), LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                        io.mskconsole.core.delivery.CloudWatchLogsDestination.to("/msk/audit-eu")))));
        assertThat(own.describeOperation(arn).state()).isEqualTo("UPDATE_COMPLETE");
        assertThat(own.describeCluster(cluster.arn()).brokerLogs().cloudWatchLogs().enabled()).isTrue();
    }

    private String start() {
        Cluster cluster = fixture.cluster("us-east-1", "orders-prod");
        return gateway.updateMonitoring(new UpdateMonitoringRequest(cluster.arn(), cluster.currentVersion(),
                cluster.monitoring(), LoggingInfo.of(LogDelivery.NONE)));
    }

    private static List<String> statuses(ClusterOperation operation) {
        return operation.steps().stream().map(OperationStep::status).toList();
    }
}
