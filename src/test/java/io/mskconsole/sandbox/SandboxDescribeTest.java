package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import org.junit.jupiter.api.Test;

class SandboxDescribeTest {
    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void describesOrdersProdWithItsLogsAndMonitoring() {
        String arn = fixture.cluster("us-east-1", "orders-prod").arn();
        Cluster cluster = fixture.gateway("us-east-1").describeCluster(arn);

        assertThat(cluster.type()).isEqualTo(ClusterType.PROVISIONED);
        assertThat(cluster.state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(cluster.currentVersion()).isEqualTo("K3AEGXETSR30VB");
        assertThat(cluster.kafkaVersion()).isEqualTo("3.6.0");
        assertThat(cluster.brokerInstanceType()).isEqualTo("kafka.m5.large");
        assertThat(cluster.brokerCount()).isEqualTo(3);
        assertThat(cluster.brokerLogs()).isEqualTo(new LogDelivery(
                CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-prod"), S3Destination.OFF, FirehoseDestination.OFF));
        assertThat(cluster.monitoring()).isEqualTo(new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)));
        assertThat(cluster.activeOperationArn()).isNull();
        assertThat(cluster.isExpress()).isFalse();
    }

    @Test
    void paymentsStagingIsUpdatingWithAnActiveOperation() {
        Cluster cluster = fixture.cluster("us-east-1", "payments-staging");
        assertThat(cluster.state()).isEqualTo(ClusterState.UPDATING);
        assertThat(cluster.activeOperationArn())
                .startsWith("arn:aws:kafka:us-east-1:111122223333:cluster-operation/payments-staging/");
        assertThat(fixture.gateway("us-east-1").describeOperation(cluster.activeOperationArn()).state())
                .isEqualTo("UPDATE_IN_PROGRESS");
    }

    @Test
    void clickstreamRunsOnExpressBrokersWithLogsOff() {
        Cluster cluster = fixture.cluster("us-east-1", "clickstream-express");
        assertThat(cluster.isExpress()).isTrue();
        assertThat(cluster.brokerInstanceType()).isEqualTo("express.m7g.large");
        assertThat(cluster.brokerLogs().anyEnabled()).isFalse();
    }

    @Test
    void theServerlessClusterHasNoBrokersAndNoBrokerLogs() {
        Cluster cluster = fixture.cluster("us-east-1", "events-serverless");
        assertThat(cluster.type()).isEqualTo(ClusterType.SERVERLESS);
        assertThat(cluster.supportsBrokerLogs()).isFalse();
        assertThat(cluster.brokerLogs()).isEqualTo(LogDelivery.NONE);
        assertThat(cluster.brokerInstanceType()).isNull();
        assertThat(cluster.kafkaVersion()).isNull();
        assertThat(cluster.brokerCount()).isZero();
    }

    @Test
    void analyticsEuDeliversToS3AndFirehoseWithoutOpenMonitoring() {
        Cluster cluster = fixture.cluster("eu-west-1", "analytics-eu");
        assertThat(cluster.brokerLogs()).isEqualTo(new LogDelivery(CloudWatchLogsDestination.OFF,
                S3Destination.to("analytics-eu-broker-logs", "kafka"), FirehoseDestination.to("analytics-eu-logs")));
        assertThat(cluster.monitoring()).isEqualTo(new MonitoringSettings("DEFAULT", null));
        assertThat(cluster.brokerCount()).isEqualTo(6);
        assertThat(cluster.brokerInstanceType()).isEqualTo("kafka.m7g.xlarge");
        assertThat(cluster.kafkaVersion()).startsWith("3.7.");
    }

    @Test
    void osakaIngestLogsToCloudWatch() {
        Cluster cluster = fixture.cluster("ap-northeast-3", "osaka-ingest");
        assertThat(cluster.brokerLogs().cloudWatchLogs()).isEqualTo(CloudWatchLogsDestination.to("/msk/osaka-ingest"));
    }

    @Test
    void anUnknownArnIsNotFound() {
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> fixture.gateway("us-east-1")
                .describeCluster("arn:aws:kafka:us-east-1:111122223333:cluster/nope/00000000-0000-0000-0000-000000000000-1"));
        assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(e.operation()).isEqualTo("DescribeClusterV2");
        assertThat(e.getMessage()).contains("nope");
        GatewayException other = catchThrowableOfType(GatewayException.class, () -> fixture.gateway("us-east-1")
                .describeCluster("arn:aws:kafka:us-east-1:999999999999:cluster/x/00000000-0000-0000-0000-000000000000-1"));
        assertThat(other.getMessage()).as("another account's ARN says so, not 'another region'")
                .endsWith("the ARN names account 999999999999, and the Sandbox account is 111122223333.");
    }

    @Test
    void aClusterOfAnotherRegionIsNotFoundHere() {
        String arn = fixture.cluster("eu-west-1", "audit-eu").arn();
        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> fixture.gateway("us-east-1").describeCluster(arn));
        assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
    }

    @Test
    void anUnknownOperationIsNotFound() {
        GatewayException e = catchThrowableOfType(GatewayException.class, () -> fixture.gateway("us-east-1")
                .describeOperation("arn:aws:kafka:us-east-1:111122223333:cluster-operation/orders-prod/x/y"));
        assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
        assertThat(e.operation()).isEqualTo("DescribeClusterOperationV2");
    }
}
