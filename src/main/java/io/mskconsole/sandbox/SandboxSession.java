package io.mskconsole.sandbox;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.trail.TrailGateway;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in offline account: sample clusters in four regions (or, for an account of the sample sign-in, its fleet
 * in a dozen), their broker log destinations, KMS keys, a caller with a policy simulator and a CloudTrail event
 * history, answered from a {@link SandboxWorld}. Every session on the same world sees the same clusters and
 * destinations, so a change stays visible across region switches and reopened sessions.
 */
public final class SandboxSession implements Session {
    /** How often the app polls an operation in the Sandbox, as it would against MSK. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    /** How long each destination, key, permission and LookupEvents call takes, so the app's loading states show. */
    public static final Duration CALL_DELAY = SandboxLatency.DEFAULT;
    public static final String DEFAULT_REGION = SandboxData.US_EAST_1;

    private final SandboxWorld world;
    private final Duration pollInterval;
    private final SandboxLatency latency;
    /** The account and role of the sample sign-in this session was opened as, or null for the Sandbox itself. */
    private final AccountRole role;
    /** The Sandbox never signs out: it has no credentials. */
    private final CredentialHealth health = new CredentialHealth(Account.SANDBOX_NAME);
    private final SandboxAthenaCatalog athenaCatalog = new SandboxAthenaCatalog();
    private final java.util.Map<String, SandboxAthena> athenas = new java.util.concurrent.ConcurrentHashMap<>();

    public SandboxSession(SandboxWorld world) {
        this(world, POLL_INTERVAL);
    }

    /** A session that tells the app to poll operations at {@code pollInterval} (tests use a short one). */
    public SandboxSession(SandboxWorld world, Duration pollInterval) {
        this(world, pollInterval, CALL_DELAY);
    }

    /**
     * @param callDelay how long each call of {@link #destinations(String)}'s services and of {@link #trail(String)}
     *                  waits before it answers
     *                  (zero in tests); an interrupted wait fails the call and changes nothing
     */
    public SandboxSession(SandboxWorld world, Duration pollInterval, Duration callDelay) {
        this(world, pollInterval, callDelay, null);
    }

    private SandboxSession(SandboxWorld world, Duration pollInterval, Duration callDelay, AccountRole role) {
        this.role = role;
        this.world = Objects.requireNonNull(world, "world");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.latency = new SandboxLatency(callDelay);
    }

    /** A session of an account and role granted by the Sandbox's sample sign-in, on that account's own world. */
    public static SandboxSession forRole(SandboxWorld world, AccountRole role) {
        return forRole(world, role, CALL_DELAY);
    }

    /** The same, each destination, key, permission, broker and LookupEvents call waiting {@code callDelay}. */
    public static SandboxSession forRole(SandboxWorld world, AccountRole role, Duration callDelay) {
        return new SandboxSession(world, POLL_INTERVAL, callDelay, Objects.requireNonNull(role, "role"));
    }

    /** A session on the process-wide world: what the app opens for the Sandbox account. */
    public static SandboxSession open() {
        return new SandboxSession(SandboxWorld.shared());
    }

    public SandboxWorld world() {
        return world;
    }

    /** The destinations that exist in the account, for pickers. */
    public SandboxInventory inventory() {
        return world.inventory();
    }

    @Override
    public Account account() {
        return role == null ? Account.SANDBOX : Account.SANDBOX.withRole(role);
    }

    @Override
    public List<String> regions() {
        return world.regions();
    }

    @Override
    public String regionName(String region) {
        return world.regionName(region);
    }

    @Override
    public Optional<String> defaultRegion() {
        return Optional.of(DEFAULT_REGION);
    }

    @Override
    public ClusterGateway clusters(String region) {
        return new SandboxClusterGateway(world, region);
    }

    /**
     * The region's destinations (pages of {@value SandboxPaging#DEFAULT_PAGE_SIZE}), the account's KMS keys seen from
     * the region, and the Sandbox caller with its policy simulator; see {@link SandboxData} for the traps they hold.
     */
    @Override
    public DestinationServices destinations(String region) {
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null, "No region is chosen: pick a region.");
        }
        String chosen = region.strip();
        return new DestinationServices(new SandboxDestinationGateway(world, chosen, latency),
                new SandboxKeyGateway(world, chosen, latency), role == null ? new SandboxPermissionGateway(latency)
                        : new SandboxPermissionGateway(latency, SandboxData.DENIED_ACTIONS,
                        SandboxPermissionGateway.granted(role.accountId(), role.roleName())));
    }

    /**
     * Whether logs arrive in the region: log streams, the delivery layout's objects and Firehose metrics made up from
     * the world's clock and which destinations receive logs (see {@link SandboxArrival} and
     * {@link SandboxArrivalGateway}); each call after this session's call delay.
     */
    @Override
    public ArrivalGateway arrival(String region) {
        return new SandboxArrivalGateway(world, chosen(region), latency);
    }

    /**
     * What the log viewer reads in the region: the made-up lines of the brokers of the clusters delivering to a log
     * group or bucket, for the times it receives (see {@link SandboxLogSources} and {@link SandboxLogLines}); each
     * call after this session's call delay.
     */
    @Override
    public LogSourceGateway logSources(String region) {
        return new SandboxLogSources(world, chosen(region), latency);
    }

    /** How long each destination, key, permission and LookupEvents call waits before it answers. */
    public Duration callDelay() {
        return latency.delay();
    }

    /**
     * LookupEvents over the Sandbox's CloudTrail in the region: sample events of the last 90 days in us-east-1 and
     * eu-west-1 (see {@link SandboxTrailData}), the UpdateMonitoring calls made in the Sandbox, empty pages elsewhere;
     * 2 requests a second per region, each after this session's call delay. See {@link SandboxTrailGateway}.
     */
    @Override
    public TrailGateway trail(String region) {
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null, "No region is chosen: pick a region.");
        }
        String chosen = region.strip();
        SandboxTrail trail = world.trail();
        return new SandboxTrailGateway(trail, chosen, world.clock(), trail.rateLimit(chosen), latency);
    }

    /**
     * The Sandbox's organization trail and a year of its files in S3 ({@link SandboxTrailFiles}), whatever the region
     * asked from; each call after this session's call delay.
     */
    @Override
    public io.mskconsole.core.trailbucket.TrailBucketGateway trailBucket(String region) {
        return new SandboxTrailFiles(world.startTime(), latency);
    }

    /**
     * The Sandbox's Athena in the region ({@link SandboxAthena}): one per region for the session, all sharing the
     * session's catalog, so a table made is there for the next query.
     */
    @Override
    public io.mskconsole.core.trailathena.AthenaGateway athena(String region) {
        return athenas.computeIfAbsent(chosen(region), r -> new SandboxAthena(athenaCatalog, world.startTime(),
                latency, r));
    }

    /**
     * The region's two sample VPCs with three subnets each and their security groups ({@link SandboxNetwork}), each
     * listing after this session's call delay.
     */
    @Override
    public NetworkGateway network(String region) {
        return new SandboxNetworkGateway(chosen(region), latency);
    }

    /**
     * Creating clusters in the region: the sample Kafka versions, and CreateClusterV2 making a CREATING cluster that
     * becomes ACTIVE after the world's operation duration, or FAILED when a broker log destination does not exist.
     */
    @Override
    public CreationGateway clusterCreation(String region) {
        return new SandboxCreationGateway(world, chosen(region), latency);
    }

    private static String chosen(String region) {
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null, "No region is chosen: pick a region.");
        }
        return region.strip();
    }

    /**
     * The simulated brokers of the region's clusters, with their loggers (see {@link SandboxBrokerData}); each call
     * waits this session's call delay.
     */
    @Override
    public BrokerLoggerConnector brokerLoggers(String region) {
        if (region == null || region.isBlank()) {
            throw new GatewayException(Failure.CONFIGURATION, null, "No region is chosen: pick a region.");
        }
        return new SandboxBrokerLoggerConnector(world, region.strip(), latency);
    }

    @Override
    public CredentialHealth credentialHealth() {
        return health;
    }

    @Override
    public Duration operationPollInterval() {
        return pollInterval;
    }

    @Override
    public void close() {
        // Nothing to release: the world lives on for the next session.
    }
}
