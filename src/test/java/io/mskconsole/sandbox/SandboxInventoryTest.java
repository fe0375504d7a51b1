package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.DestinationType;
import org.junit.jupiter.api.Test;

class SandboxInventoryTest {
    private final SandboxFixture fixture = new SandboxFixture();
    private final SandboxInventory inventory = fixture.session.inventory();

    @Test
    void listsLogGroupsPerRegionSorted() {
        assertThat(inventory.logGroups("us-east-1")).contains("/aws/vendedlogs/msk/orders-prod", "/aws/vendedlogs/msk/spare")
                .isSorted();
        assertThat(inventory.logGroups("ap-northeast-3")).contains("/msk/osaka-ingest");
        assertThat(inventory.logGroups("us-west-2")).isEmpty();
    }

    @Test
    void listsDeliveryStreamsPerRegion() {
        assertThat(inventory.deliveryStreams("us-east-1")).contains("orders-prod-logs");
        assertThat(inventory.deliveryStreams("eu-west-1")).contains("analytics-eu-logs");
        assertThat(inventory.deliveryStreams("ap-northeast-3")).containsExactly("osaka-logs");
        assertThat(inventory.hasDeliveryStream("us-east-1", "osaka-logs")).isFalse();
    }

    @Test
    void bucketsCarryTheirRegion() {
        assertThat(inventory.bucketRegion("orders-prod-broker-logs")).contains("us-east-1");
        assertThat(inventory.bucketRegion("analytics-eu-broker-logs")).contains("eu-west-1");
        assertThat(inventory.bucketRegion("no-such-bucket")).isEmpty();
        assertThat(inventory.buckets("us-east-1")).extracting(SandboxBucket::region).containsOnly("us-east-1");
        assertThat(inventory.buckets()).extracting(SandboxBucket::name).isSorted()
                .contains("orders-prod-broker-logs", "analytics-eu-broker-logs");
    }

    @Test
    void everyDestinationASampleClusterUsesExists() {
        for (String region : fixture.session.regions()) {
            for (Cluster cluster : fixture.gateway(region).listClusters(Cancellation.none())) {
                var logs = cluster.brokerLogs();
                if (logs.isEnabled(DestinationType.CLOUDWATCH_LOGS)) {
                    assertThat(inventory.hasLogGroup(region, logs.cloudWatchLogs().logGroup())).isTrue();
                }
                if (logs.isEnabled(DestinationType.S3)) {
                    assertThat(inventory.bucketRegion(logs.s3().bucket())).contains(region);
                }
                if (logs.isEnabled(DestinationType.FIREHOSE)) {
                    assertThat(inventory.hasDeliveryStream(region, logs.firehose().deliveryStream())).isTrue();
                }
            }
        }
    }

    @Test
    void isReadOnly() {
        assertThatThrownBy(() -> inventory.logGroups("us-east-1").add("/x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> inventory.buckets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
