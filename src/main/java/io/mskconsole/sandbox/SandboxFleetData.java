package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.BrokerTypes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.ResourcePolicyInfo;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The fleets of the accounts the Sandbox's sample sign-in grants: 18 clusters each, in ten regions, with the
 * destinations they deliver to, laid out so that a fleet scan finds every rule broken somewhere and some clusters
 * fully compliant. The tables are {@link SandboxFleetPayments} (222233334444) and {@link SandboxFleetAnalytics}
 * (444455556666), which say which cluster breaks which rule. Everything is written out: no randomness, so every run
 * and every world sees the same fleet; ARNs, versions and creation times are made from the account and the names.
 */
public final class SandboxFleetData {
    public static final String PAYMENTS_ACCOUNT = "222233334444";
    public static final String ANALYTICS_ACCOUNT = "444455556666";
    /** The organisation's log buckets: every compliant bucket matches this (msk-logs-ACCOUNT-REGION). */
    public static final String LOG_BUCKET_PATTERN = "msk-logs-.*";
    /** The logger some fleet brokers log at DEBUG when the world starts. */
    public static final String DEBUG_LOGGER = SandboxBrokerData.DEBUG_LOGGER;
    /** Every region a fleet has clusters or destinations in, with its name as AWS gives it. */
    static final Map<String, String> REGION_NAMES = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"), Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-2", "US West (Oregon)"), Map.entry("ca-central-1", "Canada (Central)"),
            Map.entry("eu-west-1", "Europe (Ireland)"), Map.entry("eu-central-1", "Europe (Frankfurt)"),
            Map.entry("eu-north-1", "Europe (Stockholm)"), Map.entry("ap-south-1", "Asia Pacific (Mumbai)"),
            Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"),
            Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"), Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Map.entry("sa-east-1", "South America (São Paulo)"));
    static final String VENDED = "/aws/vendedlogs/msk/";
    static final ClientAccess IAM = ClientAccess.IAM_ONLY;
    static final ClientAccess IAM_TLS = new ClientAccess(false, true, false, true, List.of());
    static final ClientAccess IAM_SCRAM = new ClientAccess(false, true, true, false, List.of());
    static final ClientAccess SCRAM = new ClientAccess(false, false, true, false, List.of());
    static final ClientAccess TLS = new ClientAccess(false, false, false, true, List.of());
    static final ClientAccess PLAINTEXT_TLS = new ClientAccess(true, false, false, true, List.of());
    private static final Instant FIRST_CREATED = Instant.parse("2022-02-14T09:30:00Z");
    /** How long the operation of an UPDATING cluster has run when the world starts, and how long it still runs. */
    private static final Duration OPERATION_ELAPSED = Duration.ofMinutes(12);
    private static final Duration OPERATION_REMAINING = Duration.ofMinutes(25);

    private SandboxFleetData() {
    }

    /** The accounts with a fleet: those the sample sign-in grants. */
    public static List<String> accounts() {
        return List.of(PAYMENTS_ACCOUNT, ANALYTICS_ACCOUNT);
    }

    public static boolean hasFleet(String accountId) {
        return accounts().contains(accountId);
    }

    /**
     * What the account's world starts with.
     *
     * @throws IllegalArgumentException for an account without a fleet (see {@link #accounts()})
     */
    public static SandboxSample sample(String accountId) {
        Fleet fleet = switch (accountId == null ? "" : accountId) {
            case PAYMENTS_ACCOUNT -> SandboxFleetPayments.fleet();
            case ANALYTICS_ACCOUNT -> SandboxFleetAnalytics.fleet();
            default -> throw new IllegalArgumentException("No sample fleet for account " + accountId
                    + "; the fleets are " + accounts() + ".");
        };
        return fleet.sample(accountId);
    }

    /** A world on the account's fleet. */
    public static SandboxWorld world(String accountId, Clock clock, Duration operationDuration) {
        return new SandboxWorld(clock, operationDuration, sample(accountId));
    }

    // ---- what the tables are written with ----

    /** One cluster of a table as written there; {@link Fleet#sample} makes its ARN, version and settings. */
    record Row(String region, String name, ClusterType type, ClusterState state, String kafkaVersion,
               String instanceType, int brokers, ClientAccess access, LoggingInfo logging,
               Map<Integer, Map<String, String>> loggers) {
        /** Broker logs as given, authorizer logs too (null: the cluster reports none). */
        Row logs(LogDelivery broker, LogDelivery authorizer) {
            return new Row(region, name, type, state, kafkaVersion, instanceType, brokers, access,
                    new LoggingInfo(broker, authorizer), loggers);
        }

        Row in(ClusterState newState) {
            return new Row(region, name, type, newState, kafkaVersion, instanceType, brokers, access, logging,
                    loggers);
        }

        /** The broker starts with the logger at the level (DEBUG, TRACE) instead of its default. */
        Row logsAt(int broker, String logger, String level) {
            Map<Integer, Map<String, String>> more = new HashMap<>(loggers);
            Map<String, String> ofBroker = new HashMap<>(more.getOrDefault(broker, Map.of()));
            ofBroker.put(logger, level);
            more.put(broker, Map.copyOf(ofBroker));
            return new Row(region, name, type, state, kafkaVersion, instanceType, brokers, access, logging,
                    Map.copyOf(more));
        }
    }

    /** A provisioned cluster, ACTIVE, delivering no logs until {@link Row#logs} says where. */
    static Row provisioned(String region, String name, String kafkaVersion, String instanceType, int brokers,
                           ClientAccess access) {
        return new Row(region, name, ClusterType.PROVISIONED, ClusterState.ACTIVE, kafkaVersion, instanceType, brokers,
                access, LoggingInfo.NONE, Map.of());
    }

    /** A serverless cluster, ACTIVE: IAM only, no broker logs. */
    static Row serverless(String region, String name) {
        return new Row(region, name, ClusterType.SERVERLESS, ClusterState.ACTIVE, null, null, 0, IAM, null, Map.of());
    }

    static LogDelivery cw(String logGroup) {
        return LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to(logGroup));
    }

    static LogDelivery s3(String bucket) {
        return LogDelivery.NONE.withS3(S3Destination.to(bucket, "kafka"));
    }

    static LogDelivery firehose(String stream) {
        return LogDelivery.NONE.withFirehose(FirehoseDestination.to(stream));
    }

    /** Both deliveries' destinations that are on. */
    static LogDelivery and(LogDelivery first, LogDelivery second) {
        return new LogDelivery(second.cloudWatchLogs().enabled() ? second.cloudWatchLogs() : first.cloudWatchLogs(),
                second.s3().enabled() ? second.s3() : first.s3(),
                second.firehose().enabled() ? second.firehose() : first.firehose());
    }

    /** Every destination kept, named, with {@code Enabled=false}: delivers nothing. */
    static LogDelivery off(LogDelivery delivery) {
        return new LogDelivery(new CloudWatchLogsDestination(false, delivery.cloudWatchLogs().logGroup()),
                new S3Destination(false, delivery.s3().bucket(), delivery.s3().prefix()),
                new FirehoseDestination(false, delivery.firehose().deliveryStream()));
    }

    /** The organisation's log bucket of the account in the region. */
    static String logBucket(String accountId, String region) {
        return "msk-logs-" + accountId + "-" + region;
    }

    static SandboxLogGroup group(String region, String name, Integer retentionDays, long storedMiB) {
        return new SandboxLogGroup(region, name, retentionDays, storedMiB << 20, null);
    }

    static SandboxDeliveryStream stream(String region, String name) {
        return new SandboxDeliveryStream(region, name, DeliveryStreamInfo.DIRECT_PUT, SandboxDeliveryStream.ACTIVE,
                Map.of(DeliveryStreamInfo.TAG_KEY, "true"));
    }

    /** One account's table: its clusters and the destinations that exist in it. */
    record Fleet(List<Row> clusters, List<SandboxLogGroup> logGroups, List<SandboxBucket> buckets,
                 List<SandboxDeliveryStream> streams) {
        SandboxSample sample(String accountId) {
            List<Cluster> made = new ArrayList<>();
            Map<String, ClusterDraft> settings = new HashMap<>();
            Map<String, SandboxBrokerData.Access> access = new HashMap<>();
            Map<String, Map<Integer, Map<String, String>>> loggers = new HashMap<>();
            Map<String, String> updating = new LinkedHashMap<>();
            TreeSet<String> regions = new TreeSet<>();
            for (int i = 0; i < clusters.size(); i++) {
                Row row = clusters.get(i);
                String arn = SandboxData.arn(accountId, row.region(), row.name(),
                        uuid("cluster " + accountId + " " + row.name()) + "-" + (1 + i % 4));
                String operation = row.state() == ClusterState.UPDATING ? operationArn(accountId, arn) : null;
                Cluster cluster = new Cluster(arn, row.name(), row.type(), row.state(), version(accountId, row.name()),
                        row.kafkaVersion(), row.instanceType(), row.brokers(), row.logging(), monitoring(row),
                        operation, FIRST_CREATED.plus(Duration.ofHours(1_117L * i + 37L * row.name().length())),
                        row.access().auths());
                made.add(cluster);
                regions.add(row.region());
                access.put(row.name(), new SandboxBrokerData.Access(row.type() == ClusterType.SERVERLESS
                        ? Set.of(ClientAuth.IAM) : row.access().auths(), false));
                if (!row.loggers().isEmpty()) {
                    loggers.put(row.name(), row.loggers());
                }
                if (row.type() == ClusterType.PROVISIONED) {
                    settings.put(arn, settings(accountId, row));
                }
                if (operation != null) {
                    updating.put(operation, arn);
                }
            }
            logGroups.forEach(g -> regions.add(g.region()));
            buckets.forEach(b -> regions.add(b.region()));
            streams.forEach(s -> regions.add(s.region()));
            Map<String, String> names = new HashMap<>();
            regions.forEach(r -> names.put(r, REGION_NAMES.getOrDefault(r, "")));
            SandboxInventory inventory = new SandboxInventory(logGroups, streams, buckets,
                    deliveryPolicies(accountId, regions));
            List<SandboxKey> keys = regions.stream().map(r -> new SandboxKey(r, uuid("aws/s3 " + accountId + " " + r),
                    List.of(SandboxDestinationData.AWS_S3_ALIAS), true,
                    SandboxPolicies.awsManagedS3KeyPolicy(accountId, r))).toList();
            return new SandboxSample(accountId, List.copyOf(regions), names, made, c -> settings.get(c.arn()), access,
                    loggers, inventory, keys, start -> operations(updating, start), false);
        }

        /** Each region's AWSLogDeliveryWrite20150319: /aws/vendedlogs/* and each other log group delivered to. */
        private List<SandboxLogPolicy> deliveryPolicies(String accountId, TreeSet<String> regions) {
            List<SandboxLogPolicy> policies = new ArrayList<>();
            for (String region : regions) {
                List<String> others = logGroups.stream().filter(g -> g.region().equals(region))
                        .map(SandboxLogGroup::name).filter(n -> n.startsWith("/msk/")).toList();
                policies.add(new SandboxLogPolicy(region, ResourcePolicyInfo.LOG_DELIVERY_POLICY,
                        SandboxPolicies.logDeliveryPolicy(accountId, region, others)));
            }
            return policies;
        }
    }

    /** The settings a provisioned cluster was made with, as {@link SandboxData#settings} lays them out. */
    private static ClusterDraft settings(String accountId, Row row) {
        int zones = row.brokers() % 3 == 0 ? 3 : 2;
        List<String> subnets = SandboxNetwork.mskSubnets(row.region()).stream().limit(zones).map(Subnet::id).toList();
        Integer volume = BrokerTypes.isExpress(row.instanceType()) ? null : 1000;
        ClientAccess access = row.access().tls() ? row.access().withTls(true, List.of("arn:aws:acm-pca:"
                + row.region() + ":" + accountId + ":certificate-authority/" + uuid("pca " + accountId + " "
                + row.region()))) : row.access();
        Encryption encryption = access.unauthenticated() ? new Encryption(ClientBrokerEncryption.TLS_PLAINTEXT, true,
                null) : Encryption.DEFAULT;
        String team = row.name().contains("-") ? row.name().substring(0, row.name().indexOf('-')) : row.name();
        return new ClusterDraft(row.name(), row.kafkaVersion(), new BrokerNodes(row.instanceType(), row.brokers(),
                subnets, List.of(SandboxNetwork.brokersGroupId(row.region())), volume), access, encryption,
                monitoring(row), row.logging(), null, Map.of("team", team));
    }

    /** Production clusters watch each broker and export to Prometheus; the others keep the defaults. */
    private static MonitoringSettings monitoring(Row row) {
        if (row.type() == ClusterType.SERVERLESS) {
            return null;
        }
        return row.name().endsWith("-prod") ? new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false))
                : new MonitoringSettings("DEFAULT", null);
    }

    /** The operations of the UPDATING clusters: a configuration update that ends a while after the world starts. */
    private static List<SandboxOperation> operations(Map<String, String> updating, Instant start) {
        List<SandboxOperation> operations = new ArrayList<>();
        updating.forEach((operation, cluster) -> operations.add(new SandboxOperation(operation, cluster,
                "UPDATE_CLUSTER_CONFIGURATION", List.of("INITIALIZE_UPDATE", "UPDATE_CLUSTER_CONFIGURATION",
                "FINALIZE_UPDATE"), start.minus(OPERATION_ELAPSED), start.plus(OPERATION_REMAINING), null, null,
                null, 0)));
        return operations;
    }

    private static String operationArn(String accountId, String clusterArn) {
        String path = clusterArn.substring(clusterArn.indexOf(":cluster/") + ":cluster/".length());
        return "arn:aws:kafka:" + ClusterArn.region(clusterArn) + ":" + accountId
                + ":cluster-operation/" + path + "/" + uuid("operation " + clusterArn);
    }

    /** A cluster version, "K" and 13 uppercase letters and digits, from the account and name. */
    private static String version(String accountId, String name) {
        UUID uuid = UUID.nameUUIDFromBytes(("version " + accountId + " " + name).getBytes(StandardCharsets.UTF_8));
        String digits = Long.toString(uuid.getMostSignificantBits() >>> 1, 36)
                + Long.toString(uuid.getLeastSignificantBits() >>> 1, 36);
        return ("K" + digits.toUpperCase(Locale.ROOT)).substring(0, 14);
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
