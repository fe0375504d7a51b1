package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.destinations.KeyInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.core.trail.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory state of one Sandbox account, shared by every session opened on it, so a change made in one region or
 * session is seen by all: clusters and their operations, the destinations (log groups and buckets created here are
 * added to them), the KMS key policies and the CloudTrail event history ({@link SandboxTrail}: sample events of the
 * last 90 days, and the UpdateMonitoring calls made here), and which destinations receive logs since when
 * ({@link SandboxArrival}). What it starts with is a {@link SandboxSample}: the Sandbox
 * account's (111122223333) unless told otherwise, or a fleet of the sample sign-in ({@link SandboxFleetData}). Time
 * comes from the given clock and the state advances when it is read: no background threads. Thread-safe: every access
 * holds the world's lock (the trail has its own, taken after the world's).
 */
public final class SandboxWorld {
    /** How long an UpdateMonitoring operation takes unless told otherwise. */
    public static final Duration DEFAULT_OPERATION_DURATION = Duration.ofSeconds(4);
    static final String MONITORING_OPERATION_TYPE = "UPDATE_MONITORING";
    static final List<String> MONITORING_STEPS =
            List.of("INITIALIZE_UPDATE", "UPDATE_CLUSTER_MONITORING", "FINALIZE_UPDATE");

    private final Clock clock;
    private final Duration operationDuration;
    private final Instant startTime;
    private final SandboxSample sample;
    /** Replaced, never changed, when a destination is created; readers keep a consistent snapshot. */
    private SandboxInventory inventory;
    private final SandboxKeys keys;
    private final SandboxIds ids = new SandboxIds();
    private final Map<String, ClusterEntry> clusters = new LinkedHashMap<>();
    private final Map<String, SandboxOperation> operations = new LinkedHashMap<>();
    private final SandboxTrail trail;
    private final SandboxBrokerLoggers brokerLoggers;

    /** A world on the system clock whose updates take {@link #DEFAULT_OPERATION_DURATION}. */
    public SandboxWorld() {
        this(Clock.systemUTC(), DEFAULT_OPERATION_DURATION);
    }

    /**
     * @param clock             where time comes from (a test clock makes operations deterministic)
     * @param operationDuration how long an UpdateMonitoring operation takes from the request to its end
     */
    public SandboxWorld(Clock clock, Duration operationDuration) {
        this(clock, operationDuration, SandboxSample.standard());
    }

    /**
     * A world of another account and cluster set, e.g. {@link SandboxFleetData#sample(String)}.
     *
     * @param sample what the world starts with
     */
    public SandboxWorld(Clock clock, Duration operationDuration, SandboxSample sample) {
        this(clock, operationDuration, Ticker.SYSTEM, sample);
    }

    /**
     * @param trailTicker the time of CloudTrail's rate limit on LookupEvents (tests give a fake one)
     */
    SandboxWorld(Clock clock, Duration operationDuration, Ticker trailTicker) {
        this(clock, operationDuration, trailTicker, SandboxSample.standard());
    }

    private SandboxWorld(Clock clock, Duration operationDuration, Ticker trailTicker, SandboxSample sample) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (operationDuration.isNegative()) {
            throw new IllegalArgumentException("operationDuration must not be negative: " + operationDuration);
        }
        this.operationDuration = operationDuration;
        this.sample = Objects.requireNonNull(sample, "sample");
        this.startTime = clock.instant();
        this.inventory = sample.inventory;
        this.keys = new SandboxKeys(sample.accountId, sample.keys);
        this.brokerLoggers = new SandboxBrokerLoggers(sample.loggers);
        this.trail = new SandboxTrail(startTime, operationDuration, trailTicker, SandboxTrailData.SEED,
                sample.trailSamples);
        Instant delivering = startTime.minus(SandboxArrival.DELIVERING_BEFORE_START);
        for (Cluster c : sample.clusters) {
            ClusterEntry entry = new ClusterEntry(c, sample.settings.apply(c));
            entry.deliveryChanged(entry.logging, delivering);
            clusters.put(c.arn(), entry);
        }
        for (SandboxOperation operation : sample.operations.apply(startTime)) {
            operations.put(operation.arn, operation);
            if (operation.isOver(startTime)) { // the sample's cluster is as the operation left it
                operation.settled = true;
                ClusterEntry cluster = clusters.get(operation.clusterArn);
                if (MONITORING_OPERATION_TYPE.equals(operation.type) && operation.error == null) {
                    cluster.deliveringSince.clear(); // it turned delivery on
                    cluster.deliveryChanged(cluster.logging, operation.end);
                }
            }
        }
    }

    /** The world of this process, made on first use (system clock, default duration): what the app opens. */
    public static SandboxWorld shared() {
        return Shared.WORLD;
    }

    public Clock clock() {
        return clock;
    }

    public Duration operationDuration() {
        return operationDuration;
    }

    /** When the world was made, by its clock. */
    public Instant startTime() {
        return startTime;
    }

    /** The account's CloudTrail event history. */
    SandboxTrail trail() {
        return trail;
    }

    /** The account the world is: its ARNs name it. */
    public String accountId() {
        return sample.accountId;
    }

    /** The regions with sample data, sorted by name. */
    public List<String> regions() {
        return sample.regions;
    }

    /** The region's name as AWS gives it ("Europe (Ireland)"), or "" for a region without sample data. */
    public String regionName(String region) {
        return sample.regionNames.getOrDefault(region, "");
    }

    /** The destinations that exist in the account now, including those created since the world started. */
    public synchronized SandboxInventory inventory() {
        return inventory;
    }

    /** CreateLogGroup: adds an empty log group, or fails as CloudWatch Logs does when the region has one of that name. */
    synchronized void createLogGroup(String region, String name, Integer retentionDays) {
        if (inventory.hasLogGroup(region, name)) {
            String service = "The specified log group already exists";
            throw new GatewayException(Failure.CONFLICT, "CreateLogGroup", "Log group " + name + " already exists in "
                    + region + ": pick it instead. (ResourceAlreadyExistsException: " + service + ")", service, null);
        }
        inventory = inventory.withLogGroup(SandboxLogGroup.created(region, name, retentionDays));
    }

    /** CreateBucket: adds an SSE-S3 bucket in the region, or fails as S3 does when the account already has it. */
    synchronized void createBucket(String region, String name) {
        Optional<String> existing = inventory.bucketRegion(name);
        if (existing.isPresent()) {
            String service = "Your previous request to create the named bucket succeeded and you already own it.";
            throw new GatewayException(Failure.CONFLICT, "CreateBucket", "Bucket " + name + " already exists in "
                    + existing.get() + " and belongs to this account. (BucketAlreadyOwnedByYou: " + service + ")",
                    service, null);
        }
        inventory = inventory.withBucket(new SandboxBucket(name, region));
    }

    synchronized KeyInfo describeKey(String region, String keyId) {
        return keys.info(keys.describe(region, keyId));
    }

    synchronized String keyPolicy(String region, String keyId) {
        return keys.policy(region, keyId);
    }

    synchronized void putKeyPolicy(String region, String keyId, String policy) {
        keys.putPolicy(region, keyId, policy);
    }

    /** Every cluster of a region, in the sample's order; empty for a region without clusters. */
    synchronized List<Cluster> clusters(String region) {
        settle();
        return clusters.values().stream().filter(c -> c.region().equals(region)).map(ClusterEntry::snapshot).toList();
    }

    synchronized Cluster cluster(String region, String arn, String operation) {
        settle();
        return find(region, arn, operation).snapshot();
    }

    /**
     * Starts an UpdateMonitoring operation and returns its ARN, or refuses the request as MSK would. Either way the
     * call goes into the region's CloudTrail, found there after its delivery delay.
     */
    String updateMonitoring(String region, UpdateMonitoringRequest request) {
        Objects.requireNonNull(request, "request");
        trail.events(region); // a region's samples are made on first use: here outside the world's lock
        synchronized (this) {
            Instant called = clock.instant();
            String operationArn;
            try {
                operationArn = startMonitoringUpdate(region, request);
            } catch (GatewayException refused) {
                trail.recordUpdateMonitoring(region, request, null, refused, called);
                throw refused;
            }
            trail.recordUpdateMonitoring(region, request, operationArn, null, called);
            return operationArn;
        }
    }

    private String startMonitoringUpdate(String region, UpdateMonitoringRequest request) {
        settle();
        ClusterEntry cluster = find(region, request.clusterArn(), MonitoringUpdateRules.OPERATION);
        MonitoringUpdateRules.checkRequest(cluster, request);
        Instant now = clock.instant();
        OperationError error = MonitoringUpdateRules.destinationProblem(inventory, region, request.logging());
        String arn = "arn:aws:kafka:" + region + ":" + sample.accountId + ":cluster-operation/" + cluster.name
                + "/" + cluster.arnSuffix() + "/" + ids.nextOperationId();
        SandboxOperation operation = new SandboxOperation(arn, cluster.arn, MONITORING_OPERATION_TYPE, MONITORING_STEPS,
                now, now.plus(operationDuration), request.logging(), request.monitoring(), error, 1);
        operations.put(arn, operation);
        cluster.state = ClusterState.UPDATING;
        cluster.activeOperationArn = arn;
        settle();
        return arn;
    }

    /** DescribeClusterV2 with the cluster's settings and, once it FAILED, why. */
    synchronized ClusterDetails details(String region, String arn) {
        settle();
        return find(region, arn, "DescribeClusterV2").details();
    }

    /**
     * CreateClusterV2: refuses the request as MSK would ({@link ClusterCreationRules}), or adds the cluster, CREATING,
     * with its broker log delivery as requested. After the world's operation duration it is ACTIVE, or FAILED with
     * stateInfo when a broker log destination does not exist in the region (checked against the destinations as they
     * are when the request arrives).
     */
    synchronized String createCluster(String region, CreateClusterRequest request) {
        Objects.requireNonNull(request, "request");
        settle();
        ClusterCreationRules.check(region, request, clusters.values());
        ClusterDraft draft = request.draft();
        Instant now = clock.instant();
        String arn = SandboxData.arn(sample.accountId, region, draft.name(), ids.nextClusterId());
        Cluster created = new Cluster(arn, draft.name(), ClusterType.PROVISIONED, ClusterState.CREATING,
                ids.nextVersion(), draft.kafkaVersion(), draft.brokers().instanceType(), draft.brokers().count(),
                draft.logging(), draft.monitoring(), null, now);
        ClusterEntry entry = new ClusterEntry(created, draft);
        entry.createdAt = now.plus(operationDuration);
        entry.creationError = MonitoringUpdateRules.destinationProblem(inventory, region, draft.logging());
        entry.creationEnd = entry.createdAt;
        clusters.put(arn, entry);
        return arn;
    }

    /** When the cluster's log delivery last changed, see {@link SandboxArrival#changedAt}. */
    synchronized Instant deliveryChangedAt(String region, String arn) {
        settle();
        return SandboxArrival.changedAt(find(region, arn, "ListClusterOperationsV2"), operations.values(),
                clock.instant(), startTime);
    }

    /** The destinations that receive logs now or soon, and what exists, for the arrival calls. */
    synchronized SandboxArrival.Snapshot arrival() {
        settle();
        return new SandboxArrival.Snapshot(clock.instant(), sample.accountId, inventory,
                SandboxArrival.deliveries(clusters.values(), inventory, keys));
    }

    /** GetBootstrapBrokers: the cluster's strings, see {@link SandboxBrokerData}. */
    synchronized BootstrapBrokers bootstrapBrokers(String region, String arn) {
        return bootstrap(find(region, arn, "GetBootstrapBrokers"));
    }

    /** The cluster of the region one of whose bootstrap strings is {@code bootstrap}, if any. */
    synchronized Optional<Cluster> clusterWithBootstrap(String region, String bootstrap) {
        return clusters.values().stream().filter(c -> c.region().equals(region))
                .filter(c -> Arrays.asList(bootstrapStrings(bootstrap(c))).contains(bootstrap))
                .map(ClusterEntry::snapshot).findFirst();
    }

    /** The loggers of every broker of every cluster. */
    SandboxBrokerLoggers brokerLoggers() {
        return brokerLoggers;
    }

    private BootstrapBrokers bootstrap(ClusterEntry cluster) {
        return SandboxBrokerData.bootstrapBrokers(cluster.name, cluster.region(), cluster.arnSuffix(),
                cluster.brokerCount, cluster.type == ClusterType.SERVERLESS, sample.access(cluster.name));
    }

    private static String[] bootstrapStrings(BootstrapBrokers b) {
        return new String[] {b.plaintext(), b.tls(), b.saslScram(), b.saslIam(), b.publicTls(), b.publicSaslScram(),
            b.publicSaslIam()};
    }

    synchronized ClusterOperation operation(String region, String arn) {
        settle();
        SandboxOperation operation = arn == null ? null : operations.get(arn);
        if (operation == null || !ClusterArn.region(arn).equals(region)) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeClusterOperationV2",
                    "No cluster operation " + arn + " in " + region + ".",
                    "The specified cluster operation was not found.", null);
        }
        return operation.view(clock.instant());
    }

    private ClusterEntry find(String region, String arn, String operation) {
        ClusterEntry cluster = arn == null ? null : clusters.get(arn);
        if (cluster == null || !cluster.region().equals(region)) {
            String account = arn == null ? null : io.mskconsole.core.clusters.ClusterArn.account(arn);
            String why = account != null && !account.isEmpty() && !account.equals(SandboxData.ACCOUNT_ID)
                    ? "the ARN names account " + account + ", and the Sandbox account is " + SandboxData.ACCOUNT_ID + "."
                    : "it may have been deleted, or belong to another region.";
            throw new GatewayException(Failure.NOT_FOUND, operation, "No cluster " + arn + " in " + region
                    + " of the Sandbox account: " + why, "The specified cluster was not found.", null);
        }
        return cluster;
    }

    /**
     * Applies the end of every creation and operation whose time is up: a new cluster ACTIVE or FAILED; an operation's
     * new settings and version, or the old ones kept.
     */
    private void settle() {
        Instant now = clock.instant();
        for (ClusterEntry cluster : clusters.values()) {
            if (cluster.state == ClusterState.CREATING && cluster.createdAt != null && !now.isBefore(cluster.createdAt)) {
                cluster.state = cluster.creationError == null ? ClusterState.ACTIVE : ClusterState.FAILED;
                cluster.stateInfo = cluster.creationError;
                if (cluster.creationError == null) {
                    cluster.deliveryChanged(cluster.logging, cluster.createdAt);
                }
                cluster.createdAt = null;
            }
        }
        for (SandboxOperation operation : operations.values()) {
            if (operation.settled || !operation.isOver(now)) {
                continue;
            }
            operation.settled = true;
            ClusterEntry cluster = clusters.get(operation.clusterArn);
            cluster.state = ClusterState.ACTIVE;
            cluster.activeOperationArn = null;
            if (operation.error != null) {
                continue;
            }
            if (operation.newLogging != null) {
                cluster.logging = operation.newLogging;
                cluster.deliveryChanged(cluster.logging, operation.end);
            }
            if (operation.newMonitoring != null) {
                cluster.monitoring = merge(cluster.monitoring, operation.newMonitoring);
            }
            cluster.currentVersion = ids.nextVersion();
        }
    }

    /** A setting the request leaves out (null) stays as it is, as with MSK's optional fields. */
    private static MonitoringSettings merge(MonitoringSettings current, MonitoringSettings sent) {
        return new MonitoringSettings(
                sent.enhancedMonitoring() != null ? sent.enhancedMonitoring() : current.enhancedMonitoring(),
                sent.openMonitoring() != null ? sent.openMonitoring() : current.openMonitoring());
    }

    private static final class Shared {
        static final SandboxWorld WORLD = new SandboxWorld();
    }
}
