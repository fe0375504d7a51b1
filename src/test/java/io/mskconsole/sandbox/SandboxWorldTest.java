package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.delivery.FirehoseDestination;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxWorldTest {
    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void paymentsStagingBecomesActiveAboutNinetySecondsAfterTheWorldStarts() {
        Cluster updating = fixture.cluster("us-east-1", "payments-staging");
        String operationArn = updating.activeOperationArn();

        fixture.clock.advance(Duration.ofSeconds(89));
        assertThat(fixture.cluster("us-east-1", "payments-staging").state()).isEqualTo(ClusterState.UPDATING);

        fixture.clock.advance(Duration.ofSeconds(1));
        Cluster active = fixture.cluster("us-east-1", "payments-staging");
        assertThat(active.state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(active.activeOperationArn()).isNull();
        assertThat(active.currentVersion()).isNotEqualTo(updating.currentVersion());
        assertThat(active.brokerLogs()).isEqualTo(updating.brokerLogs());
        assertThat(fixture.gateway("us-east-1").describeOperation(operationArn).state()).isEqualTo("UPDATE_COMPLETE");
    }

    @Test
    void paymentsStagingTakesUpdatesOnceActive() {
        fixture.clock.advance(SandboxData.PAYMENTS_OPERATION_REMAINING);
        Cluster cluster = fixture.cluster("us-east-1", "payments-staging");
        ApplyOutcome outcome = fixture.update("us-east-1").apply(cluster.arn(),
                LoggingInfo.of(cluster.brokerLogs().withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/payments-staging"))),
                true, fixture.recorder(Duration.ofSeconds(1)), Cancellation.none());
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(outcome.cluster().brokerLogs().cloudWatchLogs().enabled()).isTrue();
    }

    @Test
    void aChangeIsSeenByEverySessionAndRegionOfTheWorld() {
        SandboxSession first = new SandboxSession(fixture.world);
        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");
        new LogDeliveryUpdate(first.clusters("eu-west-1"), Duration.ZERO).apply(audit.arn(),
                LoggingInfo.of(LogDelivery.NONE.withFirehose(FirehoseDestination.to("audit-eu-logs"))), false,
                fixture.recorder(Duration.ZERO), Cancellation.none());
        fixture.clock.advance(Duration.ofSeconds(4));
        first.close();

        SandboxSession second = new SandboxSession(fixture.world);
        second.clusters("us-east-1").listClusters(Cancellation.none());
        Cluster seen = second.clusters("eu-west-1").describeCluster(audit.arn());
        assertThat(seen.brokerLogs().firehose()).isEqualTo(FirehoseDestination.to("audit-eu-logs"));
        assertThat(seen.currentVersion()).isNotEqualTo(audit.currentVersion());
    }

    @Test
    void separateWorldsDoNotShareChanges() {
        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");
        fixture.gateway("eu-west-1").updateMonitoring(LogDeliveryUpdate.prepare(audit,
                LoggingInfo.of(LogDelivery.NONE.withFirehose(FirehoseDestination.to("audit-eu-logs")))));
        fixture.clock.advance(Duration.ofSeconds(4));

        SandboxWorld other = new SandboxWorld(fixture.clock, SandboxFixture.OPERATION);
        Cluster untouched = new SandboxSession(other).clusters("eu-west-1").describeCluster(audit.arn());
        assertThat(untouched.brokerLogs()).isEqualTo(LogDelivery.NONE);
        assertThat(untouched.currentVersion()).isEqualTo(audit.currentVersion());
    }

    @Test
    void remembersItsClockDurationAndStart() {
        assertThat(fixture.world.clock()).isSameAs(fixture.clock);
        assertThat(fixture.world.operationDuration()).isEqualTo(Duration.ofSeconds(4));
        assertThat(fixture.world.startTime()).isEqualTo(SandboxFixture.START);
        assertThat(new SandboxWorld().operationDuration()).isEqualTo(SandboxWorld.DEFAULT_OPERATION_DURATION);
    }

    @Test
    void refusesANegativeDuration() {
        assertThatThrownBy(() -> new SandboxWorld(Clock.systemUTC(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealClockWorldWithoutDelayCompletesOnTheFirstPoll() {
        SandboxSession session = new SandboxSession(new SandboxWorld(Clock.systemUTC(), Duration.ZERO), Duration.ofMillis(1));
        var gateway = session.clusters("ap-southeast-2");
        Cluster sydney = gateway.listClusters(Cancellation.none()).get(0);
        SandboxFixture.Recorder progress = fixture.recorder(Duration.ZERO);

        ApplyOutcome outcome = new LogDeliveryUpdate(gateway, session.operationPollInterval()).apply(sydney.arn(),
                LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/sydney-metrics"))),
                true, progress, Cancellation.none());

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(progress.seen).hasSize(1);
    }

    @Test
    void workerThreadsCanUpdateAndReadAtTheSameTime() throws Exception {
        SandboxWorld world = new SandboxWorld(Clock.systemUTC(), Duration.ZERO);
        SandboxSession session = new SandboxSession(world);
        List<String> regions = List.of("eu-west-1", "ap-northeast-3", "ap-southeast-2");
        List<CompletableFuture<Void>> workers = regions.stream().map(region -> CompletableFuture.runAsync(() -> {
            var gateway = session.clusters(region);
            for (int i = 0; i < 200; i++) {
                Cluster cluster = gateway.listClusters(Cancellation.none()).get(0);
                LogDelivery logs = i % 2 == 0 ? LogDelivery.NONE
                        : LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(world.inventory().logGroups(region).get(0)));
                gateway.describeOperation(gateway.updateMonitoring(
                        new UpdateMonitoringRequest(cluster.arn(), cluster.currentVersion(), cluster.monitoring(), LoggingInfo.of(logs))));
                session.clusters("us-east-1").listClusters(Cancellation.none());
            }
        })).toList();
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        for (String region : regions) {
            Cluster cluster = session.clusters(region).listClusters(Cancellation.none()).get(0);
            assertThat(cluster.state()).isEqualTo(ClusterState.ACTIVE);
            assertThat(cluster.brokerLogs().cloudWatchLogs().enabled()).as(region).isTrue();
        }
    }
}
