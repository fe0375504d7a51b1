package io.mskconsole.core.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClusterSummaryTest {
    private static Cluster provisioned(String instanceType, LogDelivery logs) {
        return new Cluster("arn:aws:kafka:us-east-1:1:cluster/a/1", "a", ClusterType.PROVISIONED, ClusterState.ACTIVE,
                "V1", "3.6.0", instanceType, 3, LoggingInfo.of(logs), null, null, Instant.EPOCH);
    }

    private static Cluster ofType(ClusterType type) {
        return new Cluster("arn:aws:kafka:us-east-1:1:cluster/b/2", "b", type, ClusterState.ACTIVE, "V1", null, null,
                0, null, null, null, Instant.EPOCH);
    }

    @Test
    void destinationsAreNamedByTheirDisplayNamesInTheConsolesOrder() {
        LogDelivery all = new LogDelivery(CloudWatchLogsDestination.to("/msk/a"), S3Destination.to("bucket-1", null),
                FirehoseDestination.to("stream"));

        assertThat(ClusterSummary.destinations(provisioned("kafka.m5.large", all)))
                .isEqualTo("CloudWatch Logs, Amazon S3, Kinesis Data Firehose");
        assertThat(ClusterSummary.destinations(provisioned("kafka.m5.large", LogDelivery.NONE
                .withS3(S3Destination.to("bucket-1", "p"))))).isEqualTo("Amazon S3");
        assertThat(ClusterSummary.destinations(provisioned("kafka.m5.large", LogDelivery.NONE))).isEqualTo("Off");
    }

    @Test
    void clustersWithoutBrokerLogsSayWhy() {
        assertThat(ClusterSummary.destinations(ofType(ClusterType.SERVERLESS))).isEqualTo("n/a (serverless)");
        assertThat(ClusterSummary.destinations(ofType(ClusterType.UNKNOWN))).isEqualTo("n/a");
    }

    @Test
    void brokersWithTheCallersMultiplicationSign() {
        assertThat(ClusterSummary.brokers(provisioned("kafka.m5.large", LogDelivery.NONE), ClusterSummary.TIMES))
                .contains("kafka.m5.large × 3");
        assertThat(ClusterSummary.brokers(provisioned("express.m7g.large", LogDelivery.NONE), "x"))
                .contains("express.m7g.large x 3");
        assertThat(ClusterSummary.brokers(provisioned(null, LogDelivery.NONE), "x")).contains("? x 3");
        assertThat(ClusterSummary.brokers(ofType(ClusterType.SERVERLESS), "x")).isEmpty();
    }
}
