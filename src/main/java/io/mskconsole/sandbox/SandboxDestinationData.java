package io.mskconsole.sandbox;

import static io.mskconsole.sandbox.SandboxData.ACCOUNT_ID;
import static io.mskconsole.sandbox.SandboxData.EU_WEST_1;
import static io.mskconsole.sandbox.SandboxData.OSAKA;
import static io.mskconsole.sandbox.SandboxData.SYDNEY;
import static io.mskconsole.sandbox.SandboxData.US_EAST_1;

import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The destinations and KMS keys of the sample account; {@link SandboxData} says which trap lives where. */
final class SandboxDestinationData {
    static final String ORDERS_KEY_ID = "6c1f3b2a-8d4e-4f7a-9b0c-2e5d7a1f8c34";
    static final String ORDERS_KEY_ALIAS = "alias/orders-prod-logs";
    static final String ANALYTICS_KEY_ID = "b8e2d4f1-3a5c-4e7b-8f9d-1c0a2b4e6d87";
    static final String ANALYTICS_KEY_ALIAS = "alias/analytics-eu-logs";
    static final String AWS_S3_ALIAS = "alias/aws/s3";
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;

    private SandboxDestinationData() {
    }

    static List<SandboxLogGroup> logGroups() {
        return List.of(
                group(US_EAST_1, "/aws/vendedlogs/msk/orders-prod", 30, 17 * GIB + 412 * MIB),
                group(US_EAST_1, "/aws/vendedlogs/msk/payments-staging", 14, GIB + 822 * MIB),
                group(US_EAST_1, "/aws/vendedlogs/msk/spare", 7, 0),
                group(US_EAST_1, "/msk/clickstream-express", null, 0),
                group(US_EAST_1, "/msk/Orders-Legacy", 365, 45 * GIB),
                group(US_EAST_1, "/aws/lambda/orders-enricher", 14, 700 * MIB),
                group(US_EAST_1, "/aws/lambda/payments-webhook", 14, 92 * MIB),
                group(US_EAST_1, "/aws/rds/cluster/orders-db/postgresql", 7, 5 * GIB),
                group(US_EAST_1, "/ecs/orders-api", 30, 12 * GIB),
                group(EU_WEST_1, "/aws/vendedlogs/msk/analytics-eu", 90, 3 * GIB),
                group(EU_WEST_1, "/msk/audit-eu", null, 0),
                group(EU_WEST_1, "/aws/lambda/audit-export", 14, 38 * MIB),
                group(OSAKA, "/msk/osaka-ingest", 60, 9 * GIB),
                group(OSAKA, "/aws/vendedlogs/msk/osaka-spare", 7, 0),
                group(SYDNEY, "/aws/vendedlogs/msk/sydney-metrics", 30, 0));
    }

    static List<SandboxDeliveryStream> deliveryStreams() {
        Map<String, String> tagged = Map.of(DeliveryStreamInfo.TAG_KEY, "true");
        return List.of(
                directPut(US_EAST_1, "orders-prod-logs", Map.of(DeliveryStreamInfo.TAG_KEY, "true", "team", "orders")),
                new SandboxDeliveryStream(US_EAST_1, "clickstream-broker-logs",
                        SandboxDeliveryStream.KINESIS_STREAM_AS_SOURCE, SandboxDeliveryStream.ACTIVE,
                        Map.of(DeliveryStreamInfo.TAG_KEY, "true", "team", "clickstream")),
                directPut(EU_WEST_1, "analytics-eu-logs", tagged),
                directPut(EU_WEST_1, "audit-eu-logs", Map.of("team", "audit")),
                directPut(OSAKA, "osaka-logs", tagged),
                directPut(SYDNEY, "sydney-metrics-logs", tagged));
    }

    static List<SandboxBucket> buckets() {
        return List.of(
                new SandboxBucket("orders-prod-broker-logs", US_EAST_1, BucketEncryption.SSE_KMS,
                        keyArn(US_EAST_1, ORDERS_KEY_ID)),
                new SandboxBucket("msk-logs-" + ACCOUNT_ID + "-us-east-1", US_EAST_1),
                new SandboxBucket("sydney-metrics-broker-logs", US_EAST_1),
                new SandboxBucket("analytics-eu-broker-logs", EU_WEST_1, BucketEncryption.SSE_KMS,
                        "arn:aws:kms:" + EU_WEST_1 + ":" + ACCOUNT_ID + ":" + ANALYTICS_KEY_ALIAS),
                new SandboxBucket("audit-eu-archive", EU_WEST_1, BucketEncryption.SSE_KMS, null),
                new SandboxBucket("osaka-ingest-broker-logs", OSAKA),
                new SandboxBucket("msk-logs-" + ACCOUNT_ID + "-ap-southeast-2", SYDNEY));
    }

    /**
     * eu-west-1 has the 10 policies a region may have, none of them log delivery's; us-east-1's log-delivery policy
     * is near the 5,120-character limit; Osaka's and Sydney's are small.
     */
    static List<SandboxLogPolicy> resourcePolicies() {
        List<SandboxLogPolicy> policies = new ArrayList<>();
        String delivery = ResourcePolicyInfo.LOG_DELIVERY_POLICY;
        policies.add(new SandboxLogPolicy(US_EAST_1, delivery, SandboxPolicies.nearLimitLogDeliveryPolicy(US_EAST_1)));
        policies.add(service(US_EAST_1, "route53-query-logging-policy", "Route53LogsToCloudWatchLogs",
                "route53.amazonaws.com", "/aws/route53/*"));
        policies.add(service(EU_WEST_1, "route53-query-logging-policy", "Route53LogsToCloudWatchLogs",
                "route53.amazonaws.com", "/aws/route53/*"));
        policies.add(service(EU_WEST_1, "OpenSearchService-analytics-eu-search-logs", "SearchSlowLogs",
                "es.amazonaws.com", "/aws/OpenSearchService/domains/analytics-eu/search-logs"));
        policies.add(service(EU_WEST_1, "OpenSearchService-analytics-eu-index-logs", "IndexSlowLogs",
                "es.amazonaws.com", "/aws/OpenSearchService/domains/analytics-eu/index-logs"));
        policies.add(service(EU_WEST_1, "OpenSearchService-analytics-eu-audit-logs", "AuditLogs",
                "es.amazonaws.com", "/aws/OpenSearchService/domains/analytics-eu/audit-logs"));
        policies.add(service(EU_WEST_1, "TrustEventsToStoreLogEvent-audit-rules", "TrustEventsToStoreLogEvent",
                "events.amazonaws.com", "/aws/events/audit-*"));
        policies.add(service(EU_WEST_1, "TrustEventsToStoreLogEvent-analytics", "TrustEventsToStoreLogEvent",
                "events.amazonaws.com", "/aws/events/analytics-*"));
        policies.add(service(EU_WEST_1, "appsync-audit-graph-logs", "AppSyncLogs",
                "appsync.amazonaws.com", "/aws/appsync/apis/*"));
        policies.add(service(EU_WEST_1, "api-gateway-access-logs", "ApiGatewayAccessLogs",
                "apigateway.amazonaws.com", "/aws/apigateway/*"));
        policies.add(service(EU_WEST_1, "vpc-flow-logs-eu", "VpcFlowLogs",
                "vpc-flow-logs.amazonaws.com", "/vpc/flow-logs/*"));
        policies.add(service(EU_WEST_1, "cloudtrail-to-logs-eu", "CloudTrailToLogs",
                "cloudtrail.amazonaws.com", "/aws/cloudtrail/*"));
        policies.add(new SandboxLogPolicy(OSAKA, delivery,
                SandboxPolicies.logDeliveryPolicy(OSAKA, List.of("/msk/osaka-ingest"))));
        policies.add(new SandboxLogPolicy(SYDNEY, delivery, SandboxPolicies.logDeliveryPolicy(SYDNEY, List.of())));
        return policies;
    }

    static List<SandboxKey> keys() {
        List<SandboxKey> keys = new ArrayList<>();
        keys.add(new SandboxKey(US_EAST_1, ORDERS_KEY_ID, List.of(ORDERS_KEY_ALIAS), false,
                SandboxPolicies.customerKeyPolicy("orders-app")));
        keys.add(new SandboxKey(EU_WEST_1, ANALYTICS_KEY_ID, List.of(ANALYTICS_KEY_ALIAS), false,
                SandboxPolicies.customerKeyPolicyWithLogDelivery("analytics-app")));
        for (String region : SandboxData.REGIONS) {
            keys.add(new SandboxKey(region, awsS3KeyId(region), List.of(AWS_S3_ALIAS), true,
                    SandboxPolicies.awsManagedS3KeyPolicy(region)));
        }
        return keys;
    }

    /** The id of a region's aws/s3 key: fixed, so every world and every run sees the same ARN. */
    static String awsS3KeyId(String region) {
        return UUID.nameUUIDFromBytes(("aws/s3-" + region).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String keyArn(String region, String keyId) {
        return "arn:aws:kms:" + region + ":" + ACCOUNT_ID + ":key/" + keyId;
    }

    private static SandboxLogGroup group(String region, String name, Integer retentionDays, long storedBytes) {
        return new SandboxLogGroup(region, name, retentionDays, storedBytes, null);
    }

    private static SandboxDeliveryStream directPut(String region, String name, Map<String, String> tags) {
        return new SandboxDeliveryStream(region, name, DeliveryStreamInfo.DIRECT_PUT, SandboxDeliveryStream.ACTIVE,
                tags);
    }

    private static SandboxLogPolicy service(String region, String name, String sid, String service, String pattern) {
        return new SandboxLogPolicy(region, name, SandboxPolicies.servicePolicy(region, sid, service, pattern));
    }
}
