package io.mskconsole.core.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.delivery.LogDelivery;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClusterTest {
    private final Cluster cluster = new Cluster(ClusterArnTest.ARN, "analytics-eu", ClusterType.PROVISIONED,
            ClusterState.ACTIVE, "V1", "3.7.x", "kafka.m7g.xlarge", 6, null, null, null, Instant.EPOCH);

    @Test
    void missingLogsAndMonitoringReadAsNone() {
        assertThat(cluster.brokerLogs()).isEqualTo(LogDelivery.NONE);
        assertThat(cluster.monitoring()).isEqualTo(MonitoringSettings.NONE);
    }

    @Test
    void readsItsRegionFromTheArn() {
        assertThat(cluster.region()).isEqualTo("eu-west-1");
    }

    @Test
    void expressBrokersAreRecognisedByTheirInstanceType() {
        assertThat(cluster.isExpress()).isFalse();
        Cluster express = new Cluster(ClusterArnTest.ARN, "x", ClusterType.PROVISIONED, ClusterState.ACTIVE, "V1",
                "3.6.0", "Kafka.Express.m7g.large", 3, null, null, null, Instant.EPOCH);
        assertThat(express.isExpress()).isTrue();
    }

    @Test
    void onlyProvisionedClustersHaveBrokerLogs() {
        assertThat(cluster.supportsBrokerLogs()).isTrue();
        Cluster serverless = new Cluster(ClusterArnTest.ARN, "x", ClusterType.SERVERLESS, ClusterState.ACTIVE, "V1",
                null, null, 0, null, null, null, Instant.EPOCH);
        assertThat(serverless.supportsBrokerLogs()).isFalse();
    }

    @Test
    void withStateChangesOnlyTheState() {
        Cluster updating = cluster.withState(ClusterState.UPDATING);
        assertThat(updating.state()).isEqualTo(ClusterState.UPDATING);
        assertThat(updating.withState(ClusterState.ACTIVE)).isEqualTo(cluster);
    }

    @Test
    void unknownServiceValuesParseAsUnknown() {
        assertThat(ClusterState.parse("UPDATING")).isEqualTo(ClusterState.UPDATING);
        assertThat(ClusterState.parse("SOMETHING_NEW")).isEqualTo(ClusterState.UNKNOWN);
        assertThat(ClusterState.parse(null)).isEqualTo(ClusterState.UNKNOWN);
        assertThat(ClusterType.parse("SERVERLESS")).isEqualTo(ClusterType.SERVERLESS);
        assertThat(ClusterType.parse("EDGE")).isEqualTo(ClusterType.UNKNOWN);
        assertThat(ClusterType.parse(null)).isEqualTo(ClusterType.UNKNOWN);
    }
}
