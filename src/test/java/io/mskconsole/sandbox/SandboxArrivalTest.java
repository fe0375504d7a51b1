package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.arrival.StreamActivity;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether logs arrive in the Sandbox, on a clock that only moves when told. */
class SandboxArrivalTest {
    private static final String ORDERS_GROUP = "/aws/vendedlogs/msk/orders-prod";
    private static final String ORDERS_SUFFIX = "3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2";
    private static final String PAYMENTS_BUCKET = "msk-logs-111122223333-us-east-1";
    private static final String PAYMENTS_FOLDER = "payments-staging/AWSLogs/111122223333/KafkaBrokerLogs/us-east-1/"
            + "payments-staging-9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3/";
    private static final String SYDNEY_GROUP = "/aws/vendedlogs/msk/sydney-metrics";
    private static final String SYDNEY_BUCKET = "msk-logs-111122223333-ap-southeast-2";

    private final SandboxFixture fixture = new SandboxFixture();

    private ArrivalGateway arrival(String region) {
        return fixture.session.arrival(region);
    }

    private Instant now() {
        return fixture.clock.instant();
    }

    @Test
    void ordersProdsLogGroupHasABrokerAndAnAuthorizerStreamPerBrokerWithRecentEvents() {
        List<LogStreamInfo> streams = arrival("us-east-1").newestStreams(ORDERS_GROUP, 50).orElseThrow();

        String cluster = "orders-prod-" + ORDERS_SUFFIX;
        assertThat(streams).extracting(LogStreamInfo::name).containsExactlyInAnyOrder(
                cluster + "-broker-1", cluster + "-broker-2", cluster + "-broker-3",
                cluster + "-authorizer-1", cluster + "-authorizer-2", cluster + "-authorizer-3");
        assertThat(streams).allSatisfy(stream -> {
            assertThat(stream.lastEventTime()).isBetween(START.minusSeconds(60), START.minusSeconds(1));
            assertThat(stream.lastIngestionTime()).isAfter(stream.lastEventTime()).isBeforeOrEqualTo(START);
        });
        assertThat(streams).extracting(LogStreamInfo::lastEventTime)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(arrival("us-east-1").newestStreams(ORDERS_GROUP, 2).orElseThrow())
                .containsExactlyElementsOf(streams.subList(0, 2));
        assertThat(arrival("us-east-1").newestStreams(ORDERS_GROUP, 50)).as("the same clock, the same answer")
                .contains(streams);
    }

    @Test
    void aLogGroupThatDoesNotExistInTheRegionHasNoStreamsToList() {
        assertThat(arrival("us-east-1").newestStreams("/aws/vendedlogs/msk/nowhere", 10)).isEmpty();
        assertThat(arrival("eu-west-1").newestStreams(ORDERS_GROUP, 10)).isEmpty();
        assertThat(arrival("us-east-1").newestStreams("/aws/vendedlogs/msk/spare", 10)).contains(List.of());
        assertThatThrownBy(() -> arrival("us-east-1").newestStreams(ORDERS_GROUP, 201))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST));
    }

    @Test
    void aBucketListsTheDeliveryLayoutUnderThePrefixAskedOnly() {
        fixture.clock.advance(Duration.ofMinutes(20)); // 10:20: the 10:00, 10:05 and 10:10 objects are written
        String hour = PAYMENTS_FOLDER + "2025-05-01-10/";

        List<StoredObject> current = arrival("us-east-1").objects(PAYMENTS_BUCKET, hour, 1000).orElseThrow();

        assertThat(current).hasSize(9).allSatisfy(object -> {
            assertThat(object.key()).startsWith(hour).matches(".*/Broker-[1-3]_10-(00|05|10)_[0-9a-f]{8}\\.log\\.gz");
            assertThat(object.size()).isBetween(20_000L, 60_000L);
            assertThat(object.lastModified()).isAfter(START).isBeforeOrEqualTo(now());
        });
        assertThat(current).extracting(StoredObject::key).isSorted();
        assertThat(current.get(0).key()).startsWith(hour + "Broker-1_10-00_");
        assertThat(arrival("us-east-1").objects(PAYMENTS_BUCKET, hour, 4).orElseThrow())
                .containsExactlyElementsOf(current.subList(0, 4));
        assertThat(arrival("us-east-1").objects(PAYMENTS_BUCKET, PAYMENTS_FOLDER + "2025-05-01-09/", 1000)
                .orElseThrow()).hasSize(36);
        List<StoredObject> oldest = arrival("us-east-1").objects(PAYMENTS_BUCKET, "payments-staging/", 5)
                .orElseThrow();
        assertThat(oldest).hasSize(5).allSatisfy(object -> assertThat(object.lastModified())
                .isBefore(START.minus(Duration.ofDays(29))));
        assertThat(arrival("us-east-1").objects(PAYMENTS_BUCKET, "kafka/", 10)).contains(List.of());
        assertThat(arrival("us-east-1").objects("no-such-bucket-here", "", 10)).isEmpty();
    }

    @Test
    void analyticsEuBrokerLogsReachTheirStreamAndBucketWhileItsAuthorizerLogsVanishInTheUntaggedOne() {
        ArrivalGateway eu = arrival("eu-west-1");
        Instant hourAgo = START.minus(Duration.ofHours(1));

        assertThat(eu.streamActivity("audit-eu-logs", hourAgo, START)).isEqualTo(StreamActivity.NONE);
        StreamActivity broker = eu.streamActivity("analytics-eu-logs", hourAgo, START);
        assertThat(broker.records()).isEqualTo(40L * 6 * 60);
        assertThat(broker.bytes()).isBetween(460L * broker.records(), 540L * broker.records());
        assertThat(broker.newestRecords()).isEqualTo(START);
        assertThat(eu.streamActivity("analytics-eu-logs", hourAgo, hourAgo.plus(Duration.ofMinutes(7))))
                .isEqualTo(new StreamActivity(40L * 6 * 7, broker.bytes() / 60 * 7,
                        hourAgo.plus(Duration.ofMinutes(10))));
        assertThat(eu.objects("analytics-eu-broker-logs", "kafka/AWSLogs/111122223333/KafkaBrokerLogs/eu-west-1/"
                + "analytics-eu-5b9e3a17-d2c4-48f6-a0e1-93c7b5d2f8a4-4/2025-05-01-09/", 1000).orElseThrow())
                .as("its customer managed key lets log delivery in; 09:55's are written just after 10:00")
                .hasSize(11 * 6);
    }

    @Test
    void osakaIngestsDeliveryWasJustTurnedOnAndNothingArrivedYet() {
        ClusterGateway osaka = fixture.gateway("ap-northeast-3");
        Cluster cluster = fixture.cluster("ap-northeast-3", "osaka-ingest");
        assertThat(cluster.state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(cluster.currentVersion()).isEqualTo("K1HZ4WQ7NB2XFS");
        assertThat(osaka.deliveryChangedAt(cluster.arn())).contains(START.minus(Duration.ofMinutes(2)));
        ClusterOperation turnedOn = osaka.describeOperation(SandboxData.OSAKA_OPERATION_ARN);
        assertThat(turnedOn.type()).isEqualTo("UPDATE_MONITORING");
        assertThat(turnedOn.state()).isEqualTo("UPDATE_COMPLETE");
        assertThat(turnedOn.endTime()).isEqualTo(START.minus(Duration.ofMinutes(2)));

        assertThat(arrival("ap-northeast-3").newestStreams("/msk/osaka-ingest", 50)).contains(List.of());
        fixture.clock.advance(Duration.ofSeconds(179));
        assertThat(arrival("ap-northeast-3").newestStreams("/msk/osaka-ingest", 50)).contains(List.of());
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(arrival("ap-northeast-3").newestStreams("/msk/osaka-ingest", 50).orElseThrow()).hasSize(3)
                .allSatisfy(stream -> assertThat(stream.lastEventTime()).isEqualTo(now()));
    }

    @Test
    void clustersUntouchedSinceTheWorldStartedHaveDeliveredForALongTime() {
        Cluster orders = fixture.cluster("us-east-1", "orders-prod");
        assertThat(fixture.gateway("us-east-1").deliveryChangedAt(orders.arn()))
                .contains(START.minus(Duration.ofDays(30)));
        assertThatThrownBy(() -> fixture.gateway("eu-west-1").deliveryChangedAt(orders.arn()))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    }

    @Test
    void afterAnUpdateMonitoringTheNewDestinationsReceiveFiveMinutesAfterItEnds() {
        Cluster sydney = fixture.cluster("ap-southeast-2", "sydney-metrics");
        LogDelivery logs = new LogDelivery(CloudWatchLogsDestination.to(SYDNEY_GROUP), S3Destination.to(SYDNEY_BUCKET,
                null), FirehoseDestination.to("sydney-metrics-logs"));
        Instant end = runToTheEnd(sydney, LoggingInfo.of(logs));
        ArrivalGateway arrival = arrival("ap-southeast-2");
        assertThat(fixture.gateway("ap-southeast-2").deliveryChangedAt(sydney.arn())).contains(end);

        fixture.clock.advance(Duration.ofMinutes(4));
        assertThat(arrival.newestStreams(SYDNEY_GROUP, 50)).contains(List.of());
        assertThat(arrival.streamActivity("sydney-metrics-logs", START, now())).isEqualTo(StreamActivity.NONE);

        fixture.clock.advance(Duration.ofMinutes(2));
        assertThat(arrival.newestStreams(SYDNEY_GROUP, 50).orElseThrow()).hasSize(3);
        assertThat(arrival.streamActivity("sydney-metrics-logs", START, now()).records()).isEqualTo(40L * 3);
        assertThat(arrival.objects(SYDNEY_BUCKET, "", 100)).as("S3 writes every 5 minutes").contains(List.of());

        fixture.clock.advance(Duration.ofMinutes(6));
        assertThat(arrival.objects(SYDNEY_BUCKET, "AWSLogs/111122223333/KafkaBrokerLogs/ap-southeast-2/", 100)
                .orElseThrow()).hasSize(3);
    }

    @Test
    void aDestinationKeptByAnUpdateGoesOnReceiving() {
        Cluster orders = fixture.cluster("us-east-1", "orders-prod");
        LoggingInfo more = orders.logging().withBrokerLogs(orders.logging().brokerLogs()
                .withS3(S3Destination.to(PAYMENTS_BUCKET, "orders")));
        runToTheEnd(orders, more);
        fixture.clock.advance(Duration.ofMinutes(1));

        assertThat(arrival("us-east-1").newestStreams(ORDERS_GROUP, 50).orElseThrow()).hasSize(6)
                .allSatisfy(stream -> assertThat(stream.lastEventTime()).isAfter(now().minusSeconds(61)));
        assertThat(arrival("us-east-1").objects(PAYMENTS_BUCKET, "orders/", 10)).contains(List.of());
    }

    @Test
    void aBucketWhoseKeyKeepsLogDeliveryOutReceivesNothing() {
        Cluster audit = fixture.cluster("eu-west-1", "audit-eu");
        runToTheEnd(audit, LoggingInfo.of(LogDelivery.NONE.withS3(S3Destination.to("audit-eu-archive", null))));
        fixture.clock.advance(Duration.ofMinutes(30));

        assertThat(arrival("eu-west-1").objects("audit-eu-archive", "", 100)).as("aws/s3 lets no log delivery in")
                .contains(List.of());
    }

    @Test
    void eachCallWaitsTheSessionsCallDelay() {
        SandboxSession slow = new SandboxSession(fixture.world, Duration.ZERO, Duration.ofSeconds(30));
        Thread.currentThread().interrupt(); // refused at once rather than waited for
        try {
            assertThatThrownBy(() -> slow.arrival("us-east-1").newestStreams(ORDERS_GROUP, 5))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                        assertThat(e.operation()).isEqualTo("DescribeLogStreams");
                    });
        } finally {
            Thread.interrupted();
        }
        assertThatThrownBy(() -> fixture.session.arrival(" ")).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
    }

    /** Sends the update and moves the clock to its end; returns when it ended. */
    private Instant runToTheEnd(Cluster cluster, LoggingInfo logging) {
        ClusterGateway gateway = fixture.gateway(cluster.region());
        String operationArn = gateway.updateMonitoring(new UpdateMonitoringRequest(cluster.arn(),
                cluster.currentVersion(), cluster.monitoring(), logging));
        fixture.clock.advance(SandboxFixture.OPERATION);
        ClusterOperation operation = gateway.describeOperation(operationArn);
        assertThat(operation.state()).isEqualTo("UPDATE_COMPLETE");
        return operation.endTime();
    }
}
