package io.mskconsole.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fleet rules on good and bad clusters. */
class FleetRulesTest {
    static Cluster cluster(String name, ClusterType type, LoggingInfo logging) {
        return new Cluster("arn:aws:kafka:us-east-1:111122223333:cluster/" + name + "/abc-1", name, type,
                ClusterState.ACTIVE, "K1", "3.6.0", type == ClusterType.PROVISIONED ? "kafka.m5.large" : null, 3,
                logging, null, null, null);
    }

    @Test
    void aClusterWhoseDestinationsAreAllPresentButOffDeliversNoBrokerLogs() {
        LogDelivery allOff = new LogDelivery(new CloudWatchLogsDestination(false, "/msk/a"),
                new S3Destination(false, "msk-logs", "a"), new FirehoseDestination(false, "stream"));
        BrokerLogsDelivered rule = new BrokerLogsDelivered(Severity.HIGH);

        assertThat(rule.check(cluster("a", ClusterType.PROVISIONED, LoggingInfo.of(allOff)))).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.why()).contains("Cluster a delivers no broker logs");
        });
        assertThat(rule.check(cluster("b", ClusterType.PROVISIONED, LoggingInfo.of(LogDelivery.NONE
                .withS3(S3Destination.to("msk-logs", "b")))))).isEmpty();
        assertThat(rule.check(cluster("c", ClusterType.SERVERLESS, LoggingInfo.NONE))).as("no broker logs to have")
                .isEmpty();
    }

    @Test
    void s3DeliveryOutsideTheOrganisationsBucketsIsFoundForBrokerAndAuthorizerLogs() {
        S3BucketPattern rule = new S3BucketPattern(Severity.MEDIUM, Pattern.compile("msk-logs-.*"));
        LoggingInfo logging = new LoggingInfo(LogDelivery.NONE.withS3(S3Destination.to("team-bucket", "k")),
                LogDelivery.NONE.withS3(S3Destination.to("msk-logs-audit", "k")));

        assertThat(rule.check(cluster("a", ClusterType.PROVISIONED, logging))).hasValueSatisfying(f ->
                assertThat(f.why()).contains("bucket team-bucket").doesNotContain("msk-logs-audit"));
        assertThat(rule.check(cluster("b", ClusterType.PROVISIONED, LoggingInfo.of(LogDelivery.NONE
                .withS3(S3Destination.to("msk-logs-prod", null)))))).isEmpty();
    }

    @Test
    void authorizerLogsAreFoundMissingOnProvisionedClustersOnly() {
        AuthorizerLogsDelivered rule = new AuthorizerLogsDelivered(Severity.LOW);

        assertThat(rule.check(cluster("a", ClusterType.PROVISIONED, LoggingInfo.NONE))).isPresent();
        assertThat(rule.check(cluster("b", ClusterType.PROVISIONED, new LoggingInfo(LogDelivery.NONE,
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/authz")))))).isEmpty();
        assertThat(rule.check(cluster("c", ClusterType.SERVERLESS, LoggingInfo.NONE))).isEmpty();
    }

    @Test
    void theStandardPolicyHoldsClustersToBrokerLogsAndSaysTheWorstFinding() {
        FleetPolicy policy = FleetPolicy.standard();

        assertThat(policy.check(cluster("a", ClusterType.PROVISIONED, LoggingInfo.NONE)))
                .extracting(Finding::rule).containsExactly("broker-logs-delivered");
        assertThat(FleetPolicy.worst(policy.check(cluster("a", ClusterType.PROVISIONED, LoggingInfo.NONE))))
                .contains(Severity.HIGH);
    }
}
