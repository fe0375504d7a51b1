package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.destinations.KeyPolicyMerge;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each trap of the preflight checks is in the Sandbox, with exactly the data a check reads (see SandboxData). */
class SandboxTrapsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void ordersProdsBucketUsesACustomerKeyWhosePolicyLacksTheLogDeliveryStatement() {
        Cluster orders = fixture.cluster("us-east-1", "orders-prod");
        DestinationServices services = fixture.destinations(orders.region());

        BucketInfo bucket = services.destinations().bucket("orders-prod-broker-logs").orElseThrow();
        assertThat(bucket.region()).isEqualTo(orders.region());
        assertThat(bucket.encryption()).isEqualTo(BucketEncryption.SSE_KMS);
        KeyInfo key = services.keys().describeKey(bucket.kmsKeyId());
        assertThat(key.managedByAws()).isFalse();
        assertThat(key.arn()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/6c1f3b2a-8d4e-4f7a-9b0c-2e5d7a1f8c34");
        assertThat(services.keys().describeKey("alias/orders-prod-logs")).isEqualTo(key);
        assertThat(KeyPolicyMerge.allowsLogDelivery(services.keys().keyPolicy(key.arn()))).isFalse();
    }

    @Test
    void analyticsEusBucketUsesACustomerKeyWhosePolicyHasTheStatement() {
        DestinationServices services = fixture.destinations("eu-west-1");
        BucketInfo bucket = services.destinations().bucket("analytics-eu-broker-logs").orElseThrow();
        assertThat(bucket.encryption()).isEqualTo(BucketEncryption.SSE_KMS);
        assertThat(bucket.kmsKeyId()).isEqualTo("arn:aws:kms:eu-west-1:111122223333:alias/analytics-eu-logs");

        KeyInfo key = services.keys().describeKey(bucket.kmsKeyId());
        assertThat(key.managedByAws()).isFalse();
        assertThat(key.arn()).startsWith("arn:aws:kms:eu-west-1:111122223333:key/");
        assertThat(KeyPolicyMerge.allowsLogDelivery(services.keys().keyPolicy(key.arn()))).isTrue();
    }

    @Test
    void auditEuArchiveIsEncryptedUnderTheAwsManagedKey() {
        DestinationServices services = fixture.destinations("eu-west-1");
        BucketInfo bucket = services.destinations().bucket("audit-eu-archive").orElseThrow();
        assertThat(bucket.region()).isEqualTo(fixture.cluster("eu-west-1", "audit-eu").region());
        assertThat(bucket.encryption()).isEqualTo(BucketEncryption.SSE_KMS);
        assertThat(bucket.kmsKeyId()).as("no key id: S3 uses aws/s3").isNull();

        KeyInfo managed = services.keys().describeKey("alias/aws/s3");
        assertThat(managed.managedByAws()).isTrue();
        assertThat(managed.arn()).startsWith("arn:aws:kms:eu-west-1:111122223333:key/");
        assertThat(services.keys().describeKey(managed.arn())).isEqualTo(managed);
        assertThat(services.keys().describeKey("arn:aws:kms:eu-west-1:111122223333:alias/aws/s3")).isEqualTo(managed);
        assertThat(KeyPolicyMerge.allowsLogDelivery(services.keys().keyPolicy(managed.arn()))).isFalse();
        assertThat(fixture.destinations("us-east-1").keys().describeKey("alias/aws/s3").arn())
                .as("each region has its own aws/s3 key").startsWith("arn:aws:kms:us-east-1:").isNotEqualTo(managed.arn());
    }

    @Test
    void sydneyMetricsBucketLivesInAnotherRegion() {
        Cluster sydney = fixture.cluster("ap-southeast-2", "sydney-metrics");
        BucketInfo bucket = fixture.destinations(sydney.region()).destinations()
                .bucket("sydney-metrics-broker-logs").orElseThrow();
        assertThat(bucket.region()).isEqualTo("us-east-1").isNotEqualTo(sydney.region());
        assertThat(bucket.encryption()).isEqualTo(BucketEncryption.SSE_S3);
    }

    @Test
    void theOtherBucketsUseSseS3() {
        for (String name : List.of("msk-logs-111122223333-us-east-1", "osaka-ingest-broker-logs",
                "msk-logs-111122223333-ap-southeast-2")) {
            BucketInfo bucket = fixture.destinations("us-east-1").destinations().bucket(name).orElseThrow();
            assertThat(bucket.encryption()).as(name).isEqualTo(BucketEncryption.SSE_S3);
            assertThat(bucket.kmsKeyId()).as(name).isNull();
        }
    }

    @Test
    void streamsHaveEachTypeAndTagging() {
        var useast = fixture.destinations("us-east-1").destinations();
        DeliveryStreamInfo orders = useast.deliveryStream("orders-prod-logs").orElseThrow();
        assertThat(orders.type()).isEqualTo("DirectPut");
        assertThat(orders.status()).isEqualTo("ACTIVE");
        assertThat(orders.takesDirectPut()).isTrue();
        assertThat(orders.taggedForLogDelivery()).isTrue();
        assertThat(orders.arn()).isEqualTo("arn:aws:firehose:us-east-1:111122223333:deliverystream/orders-prod-logs");

        DeliveryStreamInfo clickstream = useast.deliveryStream("clickstream-broker-logs").orElseThrow();
        assertThat(clickstream.type()).isEqualTo("KinesisStreamAsSource");
        assertThat(clickstream.takesDirectPut()).isFalse();

        DeliveryStreamInfo audit = fixture.destinations("eu-west-1").destinations()
                .deliveryStream("audit-eu-logs").orElseThrow();
        assertThat(audit.takesDirectPut()).isTrue();
        assertThat(audit.taggedForLogDelivery()).isFalse();
        assertThat(audit.tags()).doesNotContainKey(DeliveryStreamInfo.TAG_KEY);
    }

    @Test
    void osakaIngestHasAFirehoseStreamInOsakaThatIsOtherwiseFine() {
        Cluster osaka = fixture.cluster("ap-northeast-3", "osaka-ingest");
        DeliveryStreamInfo stream = fixture.destinations(osaka.region()).destinations()
                .deliveryStream("osaka-logs").orElseThrow();
        assertThat(osaka.region()).isEqualTo("ap-northeast-3");
        assertThat(stream.takesDirectPut()).isTrue();
        assertThat(stream.taggedForLogDelivery()).isTrue();
    }

    @Test
    void euWest1HasTenResourcePoliciesNoneOfThemLogDeliverys() throws Exception {
        List<ResourcePolicyInfo> policies = fixture.destinations("eu-west-1").destinations().logResourcePolicies();
        assertThat(policies).hasSize(ResourcePolicyInfo.MAX_POLICIES);
        assertThat(policies).noneMatch(ResourcePolicyInfo::isLogDeliveryPolicy);
        assertThat(policies).extracting(ResourcePolicyInfo::name).doesNotHaveDuplicates();
        for (SandboxLogPolicy policy : fixture.world.inventory().resourcePolicies("eu-west-1")) {
            assertThat(JSON.readTree(policy.document()).path("Statement").isArray()).as(policy.name()).isTrue();
        }
    }

    @Test
    void usEast1sLogDeliveryPolicyIsNearTheLengthLimit() throws Exception {
        List<ResourcePolicyInfo> policies = fixture.destinations("us-east-1").destinations().logResourcePolicies();
        ResourcePolicyInfo delivery = policies.stream().filter(ResourcePolicyInfo::isLogDeliveryPolicy)
                .findFirst().orElseThrow();
        assertThat(delivery.documentLength()).isBetween(4_800, 4_900)
                .isLessThan(ResourcePolicyInfo.MAX_DOCUMENT_LENGTH);
        assertThat(policies).hasSizeLessThan(ResourcePolicyInfo.MAX_POLICIES);

        SandboxLogPolicy document = fixture.world.inventory().resourcePolicies("us-east-1").stream()
                .filter(p -> p.name().equals(ResourcePolicyInfo.LOG_DELIVERY_POLICY)).findFirst().orElseThrow();
        assertThat(document.document()).hasSize(delivery.documentLength());
        JsonNode statement = JSON.readTree(document.document()).path("Statement").get(0);
        assertThat(statement.path("Sid").asText()).isEqualTo("AWSLogDeliveryWrite20150319");
        assertThat(statement.path("Principal").path("Service").get(0).asText()).isEqualTo("delivery.logs.amazonaws.com");
        assertThat(statement.path("Resource").get(0).asText())
                .isEqualTo("arn:aws:logs:us-east-1:111122223333:log-group:/aws/vendedlogs/*:log-stream:*");
        assertThat(statement.path("Resource").size()).isGreaterThan(40);
    }

    @Test
    void osakaAndSydneyHaveASmallLogDeliveryPolicy() {
        for (String region : List.of("ap-northeast-3", "ap-southeast-2")) {
            List<ResourcePolicyInfo> policies = fixture.destinations(region).destinations().logResourcePolicies();
            assertThat(policies).as(region).singleElement().satisfies(policy -> {
                assertThat(policy.isLogDeliveryPolicy()).isTrue();
                assertThat(policy.documentLength()).isLessThan(1_000);
            });
        }
    }

    @Test
    void theMissingDestinationsTheReadmeNamesAreMissing() {
        var euwest = fixture.destinations("eu-west-1").destinations();
        assertThat(euwest.logGroup("/aws/vendedlogs/msk/audit-eu")).isEmpty();
        assertThat(euwest.bucket("audit-eu-broker-logs")).isEmpty();
        assertThat(euwest.deliveryStream("orders-prod-logs")).isEmpty();
        assertThat(fixture.destinations("us-east-1").destinations().deliveryStream("orders-prod-logs")).isPresent();
    }

    @Test
    void theClusterThatLogsToCloudWatchInOsakaIsCoveredByItsRegionsPolicy() {
        SandboxLogPolicy osaka = fixture.world.inventory().resourcePolicies("ap-northeast-3").get(0);
        assertThat(osaka.document()).contains("log-group:/msk/osaka-ingest:log-stream:*");
    }
}
