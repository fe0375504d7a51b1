package io.mskconsole.core.arrival;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeMsk;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each health state, found from each kind of destination in at most two reads, and each cause said. */
class DeliveryHealthCheckTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b2c3d-e4f5-2";
    static final Instant NOW = Instant.parse("2026-12-07T15:20:00Z");

    final MutableClock clock = new MutableClock(NOW);
    final FakeArrival arrival = new FakeArrival("us-east-1");
    Instant changedAt;
    final FakeMsk msk = new FakeMsk();

    private DeliveryHealth check(LoggingInfo logging, LikelyCauses causes) {
        Cluster cluster = FakeMsk.provisioned(ARN, "orders", ClusterState.ACTIVE, "K1", logging);
        msk.deliveryChangedAt = changedAt;
        return new DeliveryHealthCheck(arrival, msk, clock).check(cluster, EnumSet.allOf(LogKind.class), causes);
    }

    @Test
    void streamsNamedAfterTheClusterWithRecentEventsAreArriving() {
        arrival.groups.put("/msk/shared", List.of(
                new LogStreamInfo("orders-5a1b2c3d-e4f5-2-broker-1", NOW.minusSeconds(40), NOW.minusSeconds(30)),
                new LogStreamInfo("orders-5a1b2c3d-e4f5-2-broker-2", NOW.minusSeconds(90), null),
                new LogStreamInfo("payments-9f-broker-1", NOW.minusSeconds(5), null)));

        DeliveryHealth health = check(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/shared"))), LikelyCauses.NONE);

        DestinationHealth group = health.destinations().get(0);
        assertThat(group.state()).isEqualTo(ArrivalState.ARRIVING);
        assertThat(group.newest()).as("the cluster's own newest, not another cluster's").isEqualTo(NOW.minusSeconds(30));
        assertThat(group.lastHour()).isEqualTo("2 streams with events");
        assertThat(group.detail()).isEqualTo("2 of the group's 3 newest streams are named after orders.");
        assertThat(arrival.calls).containsExactly("newestStreams /msk/shared");
        assertThat(health.allArriving()).isTrue();
    }

    @Test
    void aStreamThatTakesLogsInButDeliversNoneToS3IsNotArrivingWithThatCause() {
        arrival.streams.put("orders-logs", new StreamActivity(120, 40_960, NOW.minusSeconds(120), 0L, 0.0));

        DestinationHealth stream = check(LoggingInfo.of(LogDelivery.NONE.withFirehose(
                io.mskconsole.core.delivery.FirehoseDestination.to("orders-logs"))), LikelyCauses.NONE)
                .destinations().get(0);

        assertThat(stream.state()).isEqualTo(ArrivalState.NOT_ARRIVING);
        assertThat(stream.lastHour()).isEqualTo("120 records, 40.0 KB");
        assertThat(stream.causes()).containsExactly("The stream cannot deliver to its S3 bucket: look at its "
                + "destination error logs, the bucket's policy and encryption key, and the stream's IAM role.");

        arrival.streams.put("orders-logs", new StreamActivity(120, 40_960, NOW.minusSeconds(120), 90L, 0.75));
        DestinationHealth partly = check(LoggingInfo.of(LogDelivery.NONE.withFirehose(
                io.mskconsole.core.delivery.FirehoseDestination.to("orders-logs"))), LikelyCauses.NONE)
                .destinations().get(0);
        assertThat(partly.state()).isEqualTo(ArrivalState.ARRIVING);
        assertThat(partly.detail()).isEqualTo("From the stream's IncomingRecords and IncomingBytes; 90 records "
                + "delivered to S3 (DeliveryToS3.Records), but only 75% of its puts to S3 succeeded.");
    }

    @Test
    void aSharedGroupWhoseNewestStreamsAreOtherClustersIsCouldNotCheckNeverAPass() {
        arrival.groups.put("/msk/shared", List.of(
                new LogStreamInfo("orders-prod-9f9f-1-broker-1", NOW.minusSeconds(5), null),
                new LogStreamInfo("payments-9f-broker-1", NOW.minusSeconds(50), null)));

        DeliveryHealth health = check(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/shared"))), LikelyCauses.NONE);

        DestinationHealth group = health.destinations().get(0);
        assertThat(group.state()).isEqualTo(ArrivalState.COULD_NOT_CHECK);
        assertThat(group.detail()).isEqualTo("None of the group's 2 newest streams is named after orders (its name or"
                + " the uuid of its ARN), and some of them have events: they may be another cluster's. Look at the "
                + "group's streams in the CloudWatch console.");
        assertThat(health.allArriving()).isFalse();
    }

    @Test
    void aGroupSilentAsAWholeIsNotArrivingEvenWhenNoStreamIsNamedAfterTheCluster() {
        arrival.groups.put("/msk/shared", List.of(
                new LogStreamInfo("Broker-1", NOW.minus(java.time.Duration.ofHours(3)), null)));

        DestinationHealth group = check(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/shared"))), LikelyCauses.NONE).destinations().get(0);

        assertThat(group.state()).isEqualTo(ArrivalState.NOT_ARRIVING);
        assertThat(group.detail()).endsWith("No stream of the group is named after orders, and none of its newest "
                + "streams has an event in the last hour.");
    }

    @Test
    void theDeliveryLayoutsFoldersOfThisHourAndTheLastAreReadAndNothingElse() {
        String folder = "kafka/AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/orders-5a1b2c3d-e4f5-2/";
        arrival.buckets.put("msk-logs", List.of(
                new StoredObject(folder + "2026-12-07-15/Broker-1_15-15_ab.log.gz", 40_000, NOW.minusSeconds(280)),
                new StoredObject(folder + "2026-12-07-14/Broker-1_14-55_cd.log.gz", 30_000, NOW.minusSeconds(1500)),
                new StoredObject(folder + "2026-12-07-13/Broker-1_13-55_ef.log.gz", 30_000, NOW.minusSeconds(5100))));

        DeliveryHealth health = check(LoggingInfo.of(LogDelivery.NONE.withS3(S3Destination.to("msk-logs", "kafka"))),
                LikelyCauses.NONE);

        DestinationHealth bucket = health.destinations().get(0);
        assertThat(bucket.state()).isEqualTo(ArrivalState.ARRIVING);
        assertThat(bucket.name()).isEqualTo("msk-logs/kafka");
        assertThat(bucket.lastHour()).isEqualTo("68.4 KB in 2 objects");
        assertThat(arrival.calls).containsExactly("objects msk-logs/" + folder + "2026-12-07-15/",
                "objects msk-logs/" + folder + "2026-12-07-14/");
    }

    @Test
    void silenceSoonAfterAChangeIsNothingYetAndLaterNotArrivingWithTheChecksCauses() {
        changedAt = NOW.minus(Duration.ofMinutes(4));
        LoggingInfo toStream = new LoggingInfo(LogDelivery.NONE, LogDelivery.NONE.withFirehose(
                FirehoseDestination.to("audit-logs")));
        LikelyCauses untagged = (kind, type) -> kind == LogKind.AUTHORIZER && type == DestinationType.FIREHOSE
                ? List.of("Stream not tagged LogDeliveryEnabled=true: tag it") : List.of();

        DestinationHealth soon = check(toStream, untagged).destinations().get(0);
        assertThat(soon.kind()).isEqualTo(LogKind.AUTHORIZER);
        assertThat(soon.state()).isEqualTo(ArrivalState.NOTHING_YET);
        assertThat(soon.detail()).startsWith("Delivery was changed 4 minutes ago; MSK takes a while to start");

        clock.advance(Duration.ofMinutes(40));
        DestinationHealth later = check(toStream, untagged).destinations().get(0);
        assertThat(later.state()).isEqualTo(ArrivalState.NOT_ARRIVING);
        assertThat(later.causes()).containsExactly("Stream not tagged LogDeliveryEnabled=true: tag it");
        assertThat(later.detail()).startsWith("Nothing has arrived; delivery was changed 44 minutes ago.");
    }

    @Test
    void aMissingDestinationIsNotArrivingWhateverTheTimeAndAnUnreadableOneIsNeverAPass() {
        changedAt = NOW.minus(Duration.ofMinutes(2));
        DestinationHealth missing = check(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/gone"))), LikelyCauses.NONE).destinations().get(0);
        assertThat(missing.state()).isEqualTo(ArrivalState.NOT_ARRIVING);
        assertThat(missing.causes()).containsExactly("The log group /msk/gone does not exist: MSK never creates it.");

        arrival.failures.put("newestStreams", new GatewayException(Failure.ACCESS_DENIED, "DescribeLogStreams",
                "DescribeLogStreams in us-east-1 failed: access denied."));
        DeliveryHealth denied = check(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/orders"))), LikelyCauses.NONE);
        assertThat(denied.destinations().get(0).state()).isEqualTo(ArrivalState.COULD_NOT_CHECK);
        assertThat(denied.destinations().get(0).detail()).contains("access denied");
        assertThat(denied.allArriving()).isFalse();
    }

    @Test
    void oldLogsOnlyAreNotArrivingAndSayWhenTheLastCame() {
        changedAt = NOW.minus(Duration.ofDays(3));
        arrival.streams.put("orders-logs", new StreamActivity(0, 0, null));
        arrival.groups.put("/msk/orders", List.of(new LogStreamInfo("orders-5a1b2c3d-e4f5-2-broker-1",
                NOW.minus(Duration.ofHours(5)), null)));

        DeliveryHealth health = check(LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to("/msk/orders"),
                S3Destination.OFF, FirehoseDestination.to("orders-logs"))), LikelyCauses.NONE);

        assertThat(health.destinations()).extracting(DestinationHealth::state)
                .containsExactly(ArrivalState.NOT_ARRIVING, ArrivalState.NOT_ARRIVING);
        assertThat(health.destinations().get(0).detail()).isEqualTo("Nothing since 2026-12-07T10:20:00Z; delivery "
                + "was changed 3 days ago. 1 of the group's 1 newest streams is named after orders.");
        assertThat(health.worst()).isEqualTo(ArrivalState.NOT_ARRIVING);
    }
}
