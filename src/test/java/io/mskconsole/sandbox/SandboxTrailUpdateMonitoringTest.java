package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxTrailUpdateMonitoringTest {
    private static final Instant START = SandboxTrailFixture.START;
    private static final String US = SandboxData.US_EAST_1;
    private static final LookupAttribute BY_SANDBOX_USER = new LookupAttribute(LookupKey.USERNAME, "sandbox-user");

    private final SandboxTrailFixture fixture = new SandboxTrailFixture();
    private final ClusterGateway clusters = fixture.session.clusters(US);

    /** The Sandbox user's events since the world started, through the session (its rate limit's time moved on). */
    private List<TrailEvent> recentCalls(String region) {
        fixture.ticker.advance(Duration.ofSeconds(1));
        TrailGateway gateway = fixture.gateway(region);
        return SandboxTrailFixture.events(gateway, BY_SANDBOX_USER, START, START.plus(Duration.ofHours(1)));
    }

    private Cluster cluster(String name) {
        return clusters.listClusters(Cancellation.none()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void anUpdateShowsUpInItsRegionsTrailOnceCloudTrailHasIt() {
        Cluster orders = cluster("orders-prod");
        LogDelivery desired = orders.brokerLogs().withS3(S3Destination.to("orders-prod-broker-logs", "brokers"));
        fixture.clock.advance(Duration.ofSeconds(3));
        Instant called = fixture.clock.instant();
        String operationArn = clusters.updateMonitoring(new UpdateMonitoringRequest(orders.arn(),
                orders.currentVersion(), orders.monitoring(), LoggingInfo.of(desired)));

        assertThat(recentCalls(US)).isEmpty();
        fixture.clock.advance(SandboxFixture.OPERATION.minusMillis(1));
        assertThat(recentCalls(US)).as("not before the operation's duration").isEmpty();
        fixture.clock.advance(SandboxFixture.OPERATION.plusMillis(1));

        List<TrailEvent> events = recentCalls(US);
        assertThat(events).hasSize(1);
        TrailEvent event = events.get(0);
        assertThat(event.name()).isEqualTo("UpdateMonitoring");
        assertThat(event.source()).isEqualTo("kafka.amazonaws.com");
        assertThat(event.region()).isEqualTo(US);
        assertThat(event.time()).isEqualTo(called);
        assertThat(event.user()).isEqualTo("MskAdmin/sandbox-user");
        assertThat(event.userType()).isEqualTo("AssumedRole");
        assertThat(event.readOnly()).isFalse();
        assertThat(event.hasError()).isFalse();
        assertThat(event.resource().clusterArn()).isEqualTo(orders.arn());
        JsonNode record = SandboxTrailData.parse(event.record());
        assertThat(record.path("requestParameters").path("clusterArn").asText())
                .isEqualTo(ClusterArn.pathSegment(orders.arn()));
        assertThat(record.path("requestParameters").path("currentVersion").asText())
                .isEqualTo(orders.currentVersion());
        assertThat(record.path("requestParameters").path("loggingInfo").path("brokerLogs").path("s3").path("bucket")
                .asText()).isEqualTo("orders-prod-broker-logs");
        assertThat(record.path("responseElements").path("clusterOperationArn").asText()).isEqualTo(operationArn);
        assertThat(record.path("userIdentity").path("sessionContext").path("sessionIssuer").path("arn").asText())
                .isEqualTo(SandboxData.CALLER_PRINCIPAL_ARN);

        // Found by every way of asking, and only in its region.
        fixture.ticker.advance(Duration.ofSeconds(1));
        TrailGateway gateway = fixture.gateway(US);
        assertThat(SandboxTrailFixture.events(gateway, new LookupAttribute(LookupKey.EVENT_ID, event.eventId()),
                START, START.plus(Duration.ofHours(1)))).containsExactly(event);
        assertThat(SandboxTrailFixture.events(gateway, new LookupAttribute(LookupKey.RESOURCE_NAME, "orders-prod"),
                START, START.plus(Duration.ofHours(1)))).containsExactly(event);
        assertThat(recentCalls(SandboxData.EU_WEST_1)).isEmpty();
    }

    @Test
    void aSuccessfulApplyIsFoundAfterItsOperationEnds() {
        Cluster analytics = fixture.session.clusters(SandboxData.EU_WEST_1).listClusters(Cancellation.none()).stream()
                .filter(c -> c.name().equals("analytics-eu")).findFirst().orElseThrow();
        LogDelivery desired = analytics.brokerLogs().withCloudWatchLogs(
                CloudWatchLogsDestination.to("/aws/vendedlogs/msk/analytics-eu"));
        MutableClock clock = fixture.clock;
        ApplyProgress progress = new ApplyProgress() {
            @Override
            public void operation(io.mskconsole.core.clusters.ClusterOperation operation) {
                clock.advance(Duration.ofSeconds(1));
            }
        };

        ApplyOutcome outcome = new LogDeliveryUpdate(fixture.session.clusters(SandboxData.EU_WEST_1),
                Duration.ZERO).apply(analytics.arn(), LoggingInfo.of(desired), true, progress, Cancellation.none());
        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        fixture.clock.advance(SandboxFixture.OPERATION.multipliedBy(2));

        List<TrailEvent> events = recentCalls(SandboxData.EU_WEST_1);
        assertThat(events).extracting(TrailEvent::name).containsExactly("UpdateMonitoring");
        assertThat(SandboxTrailData.parse(events.get(0).record()).path("responseElements")
                .path("clusterOperationArn").asText()).isEqualTo(outcome.operation().arn());
    }

    @Test
    void aRefusedUpdateShowsUpWithTheServicesError() {
        Cluster orders = cluster("orders-prod");
        GatewayException refused = catchThrowableOfType(() -> clusters.updateMonitoring(new UpdateMonitoringRequest(
                orders.arn(), "KSTALE0000000X", orders.monitoring(), LoggingInfo.of(LogDelivery.NONE))), GatewayException.class);
        assertThat(refused).isNotNull();
        fixture.clock.advance(Duration.ofMinutes(1));

        List<TrailEvent> events = recentCalls(US);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).errorCode()).isEqualTo("BadRequestException");
        assertThat(events.get(0).errorMessage()).isEqualTo(MonitoringUpdateRules.STALE_VERSION);
        assertThat(SandboxTrailData.parse(events.get(0).record()).path("responseElements").isNull()).isTrue();
    }

    @Test
    void aClusterOfAnotherRegionIsNotFoundAndLoggedWhereTheCallWent() {
        Cluster orders = cluster("orders-prod");
        ClusterGateway sydney = fixture.session.clusters(SandboxData.SYDNEY);
        catchThrowableOfType(() -> sydney.updateMonitoring(new UpdateMonitoringRequest(orders.arn(),
                orders.currentVersion(), orders.monitoring(), LoggingInfo.of(LogDelivery.NONE))), GatewayException.class);
        fixture.clock.advance(Duration.ofMinutes(1));

        assertThat(recentCalls(SandboxData.SYDNEY)).extracting(TrailEvent::errorCode)
                .containsExactly("NotFoundException");
        assertThat(recentCalls(US)).isEmpty();
    }

    @Test
    void laterCallsComeFirstAndTheSamplesStayUntouched() {
        int samples = fixture.world.trail().events(US).size();
        Cluster orders = cluster("orders-prod");
        clusters.updateMonitoring(new UpdateMonitoringRequest(orders.arn(), orders.currentVersion(),
                orders.monitoring(), LoggingInfo.of(LogDelivery.NONE)));
        fixture.clock.advance(Duration.ofMinutes(1));
        Cluster after = cluster("orders-prod");
        clusters.updateMonitoring(new UpdateMonitoringRequest(after.arn(), after.currentVersion(), after.monitoring(),
                LoggingInfo.of(after.brokerLogs().withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-prod")))));
        fixture.clock.advance(Duration.ofMinutes(1));

        List<TrailEvent> events = recentCalls(US);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).time()).isAfter(events.get(1).time());
        assertThat(fixture.world.trail().events(US)).hasSize(samples + 2);
    }

    @Test
    void theDeliveryDelayFollowsTheOperationsDurationUpToFiveMinutes() {
        MutableClock clock = new MutableClock(START);
        SandboxWorld slow = new SandboxWorld(clock, Duration.ofHours(1), Ticker.SYSTEM);
        Cluster orders = slow.clusters(US).stream().filter(c -> c.name().equals("orders-prod")).findFirst()
                .orElseThrow();
        slow.updateMonitoring(US, new UpdateMonitoringRequest(orders.arn(), orders.currentVersion(),
                orders.monitoring(), LoggingInfo.of(LogDelivery.NONE)));

        SandboxTrailEvent event = slow.trail().events(US).get(0);
        assertThat(event.eventName()).isEqualTo("UpdateMonitoring");
        assertThat(event.visibleAt()).isEqualTo(START.plus(SandboxTrail.LONGEST_DELAY));

        SandboxWorld instant = new SandboxWorld(new MutableClock(START), Duration.ZERO, Ticker.SYSTEM);
        instant.updateMonitoring(US, new UpdateMonitoringRequest(orders.arn(), orders.currentVersion(),
                orders.monitoring(), LoggingInfo.of(LogDelivery.NONE)));
        assertThat(instant.trail().events(US).get(0).visibleAt()).isEqualTo(START);
    }
}
