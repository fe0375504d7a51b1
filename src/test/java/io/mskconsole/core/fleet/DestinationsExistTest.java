package io.mskconsole.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeSession;
import org.junit.jupiter.api.Test;

/** Destinations that do not exist, or a bucket in another region: found, each destination looked up once. */
class DestinationsExistTest {
    final FakeSession prod = new FakeAccounts().session(Account.profile("prod"), "us-east-1");
    final FakeDestinations useast = prod.fakeDestinations("us-east-1");
    final DestinationLookups lookups = new DestinationLookups(prod);
    final DestinationsExist rule = new DestinationsExist(Severity.HIGH);

    static Cluster delivering(String name, LogDelivery delivery) {
        return new Cluster("arn:aws:kafka:us-east-1:123456789012:cluster/" + name + "/a-1", name,
                ClusterType.PROVISIONED, ClusterState.ACTIVE, "K1", "3.6.0", "kafka.m5.large", 3,
                LoggingInfo.of(delivery), null, null, null);
    }

    @Test
    void aMissingLogGroupABucketElsewhereAndAMissingStreamAreFoundAndWhatExistsIsNot() {
        useast.logGroups.put("/msk/ok", new LogGroupInfo("/msk/ok", null, 30, 0, null));
        useast.buckets.put("far-bucket", new BucketInfo("far-bucket", "eu-west-1", BucketEncryption.SSE_S3, null));

        assertThat(rule.check(delivering("good", LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/ok"))), lookups)).isEmpty();
        assertThat(rule.check(delivering("bad", new LogDelivery(CloudWatchLogsDestination.to("/msk/gone"),
                S3Destination.to("far-bucket", "k"), new FirehoseDestination(true, "gone-stream"))), lookups))
                .hasValueSatisfying(f -> assertThat(f.why()).contains(
                        "log group /msk/gone, which does not exist in us-east-1",
                        "bucket far-bucket, which is in eu-west-1, not us-east-1",
                        "delivery stream gone-stream, which does not exist in us-east-1"));
    }

    @Test
    void eachDistinctDestinationIsLookedUpOnceForTheFleet() {
        useast.logGroups.put("/msk/shared", new LogGroupInfo("/msk/shared", null, 30, 0, null));
        for (int i = 0; i < 20; i++) {
            rule.check(delivering("c" + i, LogDelivery.NONE.withCloudWatchLogs(
                    CloudWatchLogsDestination.to("/msk/shared"))), lookups);
        }

        assertThat(useast.calls.stream().filter(call -> call.startsWith("logGroup"))).hasSize(1);
    }

    @Test
    void aLookupRefusedIsSaidAsNotCheckedAtLowSeverity() {
        useast.failures.put("logGroup", new GatewayException(Failure.ACCESS_DENIED, "DescribeLogGroups",
                "DescribeLogGroups in us-east-1 failed: access denied."));

        assertThat(rule.check(delivering("c", LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/x"))), lookups)).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.LOW);
            assertThat(f.why()).contains("could not be checked", "access denied");
        });
    }

    @Test
    void aLogGroupThatKeepsEventsForEverIsFoundByTheRetentionRuleOnce() {
        useast.logGroups.put("/msk/forever", new LogGroupInfo("/msk/forever", null, null, 0, null));
        useast.logGroups.put("/msk/month", new LogGroupInfo("/msk/month", null, 30, 0, null));
        LogGroupRetention retention = new LogGroupRetention(Severity.LOW);

        assertThat(retention.check(delivering("a", LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/forever"))), lookups)).hasValueSatisfying(f ->
                assertThat(f.why()).contains("log group /msk/forever, which keeps its events for ever"));
        assertThat(retention.check(delivering("b", LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/month"))), lookups)).isEmpty();
        assertThat(retention.check(delivering("c", LogDelivery.NONE.withCloudWatchLogs(
                CloudWatchLogsDestination.to("/msk/forever"))), lookups)).isPresent();
        assertThat(useast.calls.stream().filter(call -> call.startsWith("logGroup "))).hasSize(2);
    }
}
