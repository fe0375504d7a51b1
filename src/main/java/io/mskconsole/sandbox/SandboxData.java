package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.BrokerTypes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ConfigurationRef;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sample account: its clusters, the operation under way when the world starts, its destinations, KMS keys and
 * caller. The destinations are laid out so that a newcomer meets every preflight trap at least once:
 *
 * <table>
 * <caption>Where each trap lives</caption>
 * <tr><th>Trap</th><th>Where</th></tr>
 * <tr><td>Destination missing in the region</td><td>audit-eu (eu-west-1) to log group
 *     {@code /aws/vendedlogs/msk/audit-eu} or bucket {@code audit-eu-broker-logs} (neither exists: one-click create
 *     works); stream {@code orders-prod-logs} exists in us-east-1 only.</td></tr>
 * <tr><td>Firehose in Osaka</td><td>osaka-ingest (ap-northeast-3) to stream {@code osaka-logs} (otherwise fine:
 *     DirectPut, tagged).</td></tr>
 * <tr><td>Missing IAM permissions</td><td>Every region: the caller (role admins/MskAdmin) is implicitly denied
 *     {@code s3:PutBucketPolicy} and {@code firehose:TagDeliveryStream}; see {@link #DENIED_ACTIONS}.</td></tr>
 * <tr><td>SSE-KMS, customer managed key without the log-delivery statement</td><td>orders-prod (us-east-1) to
 *     bucket {@code orders-prod-broker-logs}, key {@code alias/orders-prod-logs} (the policy can be fixed in one
 *     click: kms:PutKeyPolicy is allowed).</td></tr>
 * <tr><td>SSE-KMS, customer managed key with the statement (passes)</td><td>analytics-eu (eu-west-1), bucket
 *     {@code analytics-eu-broker-logs}, key {@code alias/analytics-eu-logs} (the bucket names the alias ARN).</td></tr>
 * <tr><td>SSE-KMS under the AWS managed key aws/s3</td><td>audit-eu (eu-west-1) to bucket
 *     {@code audit-eu-archive} (no key id: S3 uses aws/s3).</td></tr>
 * <tr><td>Bucket in another region</td><td>sydney-metrics (ap-southeast-2) to bucket
 *     {@code sydney-metrics-broker-logs}, which lives in us-east-1; also analytics-eu-broker-logs from any us-east-1
 *     cluster.</td></tr>
 * <tr><td>Firehose stream of type KinesisStreamAsSource</td><td>clickstream-express (us-east-1) to stream
 *     {@code clickstream-broker-logs}.</td></tr>
 * <tr><td>Stream not tagged LogDeliveryEnabled=true</td><td>audit-eu (eu-west-1) to stream {@code audit-eu-logs}
 *     (and the caller may not tag it); analytics-eu already delivers its authorizer logs there.</td></tr>
 * <tr><td>10 CloudWatch Logs resource policies, none AWSLogDeliveryWrite20150319</td><td>Any log group in
 *     eu-west-1 (analytics-eu, audit-eu).</td></tr>
 * <tr><td>AWSLogDeliveryWrite20150319 near 5,120 characters</td><td>us-east-1 (4,857 characters): a log group outside
 *     /aws/vendedlogs/, e.g. {@code /msk/clickstream-express} for clickstream-express, would grow it.</td></tr>
 * </table>
 *
 * <p>Paths without a destination trap (the IAM denials above still concern every S3 bucket and Firehose stream):
 * orders-prod to stream {@code orders-prod-logs} or bucket {@code msk-logs-111122223333-us-east-1}
 * (SSE-S3); any cluster to a log group under /aws/vendedlogs/ outside eu-west-1; sydney-metrics to
 * {@code /aws/vendedlogs/msk/sydney-metrics}, bucket {@code msk-logs-111122223333-ap-southeast-2} or stream
 * {@code sydney-metrics-logs}.
 *
 * <p>Whether the logs arrive ({@link SandboxArrival}): orders-prod's broker and authorizer logs in
 * {@code /aws/vendedlogs/msk/orders-prod}, payments-staging's in bucket {@code msk-logs-111122223333-us-east-1} (prefix
 * {@code payments-staging}) and analytics-eu's broker logs in bucket {@code analytics-eu-broker-logs} and stream
 * {@code analytics-eu-logs} have arrived for days; analytics-eu's authorizer logs never reach the untagged
 * {@code audit-eu-logs} (a silent failure: Firehose takes no record); osaka-ingest's delivery to
 * {@code /msk/osaka-ingest} was turned on {@link #OSAKA_DELIVERY_TURNED_ON} before the world starts, and nothing
 * arrived yet: the first logs arrive 3 minutes after the world starts. A bucket under SSE-KMS whose key keeps log
 * delivery out (orders-prod-broker-logs until its policy is fixed, audit-eu-archive's aws/s3) would receive nothing.
 */
public final class SandboxData {
    public static final String ACCOUNT_ID = "111122223333";
    /** Who the Sandbox's credentials are: a session of the MskAdmin role, whose path is /admins/. */
    public static final String CALLER_ARN = "arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/MskAdmin/sandbox-user";
    public static final String CALLER_PRINCIPAL_ARN = "arn:aws:iam::" + ACCOUNT_ID + ":role/admins/MskAdmin";
    /**
     * The only actions the policy simulator does not allow the caller (implicitDeny, as when no policy grants them);
     * every other action, known or not, is allowed. So a check sees S3 bucket policies and Firehose tagging refused,
     * while the one-click fixes (logs:CreateLogGroup, s3:CreateBucket, kms:PutKeyPolicy) are allowed.
     */
    public static final Set<String> DENIED_ACTIONS = Set.of("s3:PutBucketPolicy", "firehose:TagDeliveryStream");
    public static final String US_EAST_1 = "us-east-1";
    public static final String EU_WEST_1 = "eu-west-1";
    public static final String OSAKA = "ap-northeast-3";
    public static final String SYDNEY = "ap-southeast-2";
    /** The regions with sample data, sorted by name. */
    public static final List<String> REGIONS = List.of(OSAKA, SYDNEY, EU_WEST_1, US_EAST_1);
    /** Their names, as AWS gives them. */
    static final java.util.Map<String, String> REGION_NAMES = java.util.Map.of(OSAKA, "Asia Pacific (Osaka)",
            SYDNEY, "Asia Pacific (Sydney)", EU_WEST_1, "Europe (Ireland)", US_EAST_1, "US East (N. Virginia)");

    /** The cluster that is UPDATING when the world starts, and the operation it runs. */
    static final String PAYMENTS_STAGING_ARN = arn(US_EAST_1, "payments-staging", "9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3");
    static final String PAYMENTS_OPERATION_ARN = "arn:aws:kafka:us-east-1:" + ACCOUNT_ID
            + ":cluster-operation/payments-staging/9a1d7e52-4c3b-4e8f-a6d2-1b0c9e8f7a65-3/5e0c4b7a-2f19-4d8e-b3a6-c81f02d9e4b7";
    /** How long after the world starts the payments-staging operation ends. */
    public static final Duration PAYMENTS_OPERATION_REMAINING = Duration.ofSeconds(90);
    private static final Duration PAYMENTS_OPERATION_ELAPSED = Duration.ofSeconds(150);

    /** The cluster whose log delivery was turned on just before the world starts, and the operation that did it. */
    static final String OSAKA_INGEST_ARN = arn(OSAKA, "osaka-ingest", "d6a2e8f1-3b5c-47d9-b1e4-6f8a0c2d7e93-1");
    static final String OSAKA_OPERATION_ARN = "arn:aws:kafka:ap-northeast-3:" + ACCOUNT_ID
            + ":cluster-operation/osaka-ingest/d6a2e8f1-3b5c-47d9-b1e4-6f8a0c2d7e93-1"
            + "/7b2e9d14-6c3a-4f85-9e1d-a4c7f0b3e826";
    /** How long before the world starts the osaka-ingest operation that turned its broker logs on ended. */
    public static final Duration OSAKA_DELIVERY_TURNED_ON = Duration.ofMinutes(2);
    private static final Duration OSAKA_OPERATION_TOOK = Duration.ofMinutes(6);
    private static final LoggingInfo OSAKA_LOGGING =
            LoggingInfo.of(logs(CloudWatchLogsDestination.to("/msk/osaka-ingest"), null, null));

    private SandboxData() {
    }

    /** The clusters as they are when the world starts, region by region. */
    static List<Cluster> clusters() {
        return List.of(
                provisioned(US_EAST_1, "orders-prod", "3f6b2c1e-8a4d-4f1b-9c2e-7d5a0b1e6f34-2", "K3AEGXETSR30VB",
                        "3.6.0", "kafka.m5.large", 3,
                        new LoggingInfo(logs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-prod"), null, null),
                                logs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-prod"), null, null)),
                        new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)), "2023-03-14T09:26:53Z"),
                new Cluster(PAYMENTS_STAGING_ARN, "payments-staging", ClusterType.PROVISIONED, ClusterState.UPDATING,
                        "K2Y8QHN4PZ6WLD", "3.5.1", "kafka.m5.large", 3,
                        LoggingInfo.of(logs(null, S3Destination.to("msk-logs-" + ACCOUNT_ID + "-us-east-1",
                                "payments-staging"), null)),
                        new MonitoringSettings("DEFAULT", new OpenMonitoring(false, false)), PAYMENTS_OPERATION_ARN,
                        Instant.parse("2024-01-22T15:04:11Z")),
                provisioned(US_EAST_1, "clickstream-express", "c47e0a93-6b2f-4d51-8e7c-2a9f3d1b5c08-1", "K1QF7M2XJ9RTCB",
                        "3.6.0", "express.m7g.large", 3, LoggingInfo.NONE,
                        new MonitoringSettings("DEFAULT", null), "2025-02-03T11:45:30Z"),
                new Cluster(arn(US_EAST_1, "events-serverless", "e2b8d4f6-1a3c-4b7e-9f0d-5c6a8e2b4d1f-4"),
                        "events-serverless", ClusterType.SERVERLESS, ClusterState.ACTIVE, "K5N0VZC3HWE8GA",
                        null, null, 0, null, null, null, Instant.parse("2024-06-05T08:12:47Z")),
                provisioned(EU_WEST_1, "analytics-eu", "5b9e3a17-d2c4-48f6-a0e1-93c7b5d2f8a4-4", "K4TBD5XS1PWQ0M",
                        "3.7.x", "kafka.m7g.xlarge", 6,
                        new LoggingInfo(logs(null, S3Destination.to("analytics-eu-broker-logs", "kafka"),
                                FirehoseDestination.to("analytics-eu-logs")),
                                logs(null, null, FirehoseDestination.to("audit-eu-logs"))),
                        new MonitoringSettings("DEFAULT", null), "2024-09-18T13:37:02Z"),
                provisioned(EU_WEST_1, "audit-eu", "81f4c6d2-7e3a-4b9c-8d1f-0a2e6b4c9d75-2", "K2LRM8CE6YHV3N",
                        "2.8.1", "kafka.t3.small", 2, LoggingInfo.NONE,
                        new MonitoringSettings("DEFAULT", null), "2022-11-29T10:05:19Z"),
                provisioned(OSAKA, "osaka-ingest", "d6a2e8f1-3b5c-47d9-b1e4-6f8a0c2d7e93-1", "K1HZ4WQ7NB2XFS",
                        "3.6.0", "kafka.m5.large", 3, OSAKA_LOGGING,
                        new MonitoringSettings("PER_TOPIC_PER_BROKER", new OpenMonitoring(true, true)),
                        "2024-04-10T02:18:44Z"),
                provisioned(SYDNEY, "sydney-metrics", "2c8e5f1a-9d4b-4a6e-8c3f-b7d1e0a5c9f2-3", "K3PXC9LG5TMD8R",
                        "3.5.1", "kafka.m7g.large", 3, LoggingInfo.NONE,
                        new MonitoringSettings("DEFAULT", null), "2023-08-07T23:51:36Z"));
    }

    /** The configuration orders-prod runs with, copied by "start from an existing cluster". */
    static final ConfigurationRef ORDERS_CONFIGURATION = new ConfigurationRef("arn:aws:kafka:us-east-1:" + ACCOUNT_ID
            + ":configuration/orders-tuning/7d3e1f2a-5b6c-4d8e-9f0a-1b2c3d4e5f60-1", 2);

    /**
     * The settings a sample cluster was created with: its brokers in the region's msk-network (three zones when the
     * brokers divide by three, else two) behind msk-brokers, 1,000 GiB each on standard brokers, IAM access control
     * and TLS (audit-eu: unauthenticated, TLS and plaintext), a team tag; orders-prod also runs a custom configuration.
     * Null for a serverless cluster.
     */
    static ClusterDraft settings(Cluster cluster) {
        if (cluster.type() != ClusterType.PROVISIONED) {
            return null;
        }
        String region = cluster.region();
        int zones = cluster.brokerCount() % 3 == 0 ? 3 : 2;
        List<String> subnets = SandboxNetwork.mskSubnets(region).stream().limit(zones).map(Subnet::id).toList();
        Integer volume = BrokerTypes.isExpress(cluster.brokerInstanceType()) ? null : 1000;
        boolean open = cluster.name().equals("audit-eu");
        ClientAccess access = open ? new ClientAccess(true, false, false, false, List.of()) : ClientAccess.IAM_ONLY;
        Encryption encryption = open ? new Encryption(ClientBrokerEncryption.TLS_PLAINTEXT, true, null)
                : Encryption.DEFAULT;
        ConfigurationRef configuration = cluster.name().equals("orders-prod") ? ORDERS_CONFIGURATION : null;
        return new ClusterDraft(cluster.name(), cluster.kafkaVersion(),
                new BrokerNodes(cluster.brokerInstanceType(), cluster.brokerCount(), subnets,
                        List.of(SandboxNetwork.brokersGroupId(region)), volume),
                access, encryption, cluster.monitoring(), cluster.logging(), configuration,
                Map.of("team", cluster.name().substring(0, cluster.name().indexOf('-'))));
    }

    /** The operation payments-staging runs when the world starts: under way, ending 90 s after {@code worldStart}. */
    static SandboxOperation paymentsOperation(Instant worldStart) {
        return new SandboxOperation(PAYMENTS_OPERATION_ARN, PAYMENTS_STAGING_ARN, "UPDATE_CLUSTER_CONFIGURATION",
                List.of("INITIALIZE_UPDATE", "UPDATE_CLUSTER_CONFIGURATION", "FINALIZE_UPDATE"),
                worldStart.minus(PAYMENTS_OPERATION_ELAPSED), worldStart.plus(PAYMENTS_OPERATION_REMAINING),
                null, null, null, 0);
    }

    /**
     * The UpdateMonitoring that turned osaka-ingest's broker logs on: it ended {@link #OSAKA_DELIVERY_TURNED_ON} before
     * {@code worldStart}, so the cluster is as it left it and its logs have not arrived yet.
     */
    static SandboxOperation osakaOperation(Instant worldStart) {
        Instant end = worldStart.minus(OSAKA_DELIVERY_TURNED_ON);
        return new SandboxOperation(OSAKA_OPERATION_ARN, OSAKA_INGEST_ARN, SandboxWorld.MONITORING_OPERATION_TYPE,
                SandboxWorld.MONITORING_STEPS, end.minus(OSAKA_OPERATION_TOOK), end, OSAKA_LOGGING, null, null, 0);
    }

    /** The destinations that exist: the ones the clusters use, a few spare ones to pick, and the traps. */
    static SandboxInventory inventory() {
        return new SandboxInventory(SandboxDestinationData.logGroups(), SandboxDestinationData.deliveryStreams(),
                SandboxDestinationData.buckets(), SandboxDestinationData.resourcePolicies());
    }

    /** The KMS keys: two customer managed keys and the AWS managed aws/s3 key of every region. */
    static List<SandboxKey> keys() {
        return SandboxDestinationData.keys();
    }

    static String arn(String region, String name, String suffix) {
        return arn(ACCOUNT_ID, region, name, suffix);
    }

    static String arn(String accountId, String region, String name, String suffix) {
        return "arn:aws:kafka:" + region + ":" + accountId + ":cluster/" + name + "/" + suffix;
    }

    /** What the Sandbox account's world starts with. */
    static SandboxSample sample() {
        return new SandboxSample(ACCOUNT_ID, REGIONS, REGION_NAMES, clusters(), SandboxData::settings,
                SandboxBrokerData.ACCESS, Map.of("orders-prod", Map.of(2, Map.of(SandboxBrokerData.DEBUG_LOGGER,
                "DEBUG"))), inventory(), keys(), start -> List.of(paymentsOperation(start), osakaOperation(start)),
                true);
    }

    private static Cluster provisioned(String region, String name, String suffix, String version, String kafka,
                                       String instanceType, int brokers, LoggingInfo logs, MonitoringSettings monitoring,
                                       String created) {
        return new Cluster(arn(region, name, suffix), name, ClusterType.PROVISIONED, ClusterState.ACTIVE, version,
                kafka, instanceType, brokers, logs, monitoring, null, Instant.parse(created));
    }

    private static LogDelivery logs(CloudWatchLogsDestination cw, S3Destination s3, FirehoseDestination firehose) {
        return new LogDelivery(cw, s3, firehose);
    }
}
