package io.mskconsole.testing;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.trail.TrailGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An opened account whose regions (listed in name order) are {@link FakeMsk}s, each with its {@link FakeTrail}.
 * Made by {@link FakeAccounts}.
 */
public final class FakeSession implements Session {
    public final Account account;
    public final Map<String, FakeMsk> regions = new TreeMap<>();
    /** Region → its destinations ({@link #fakeDestinations(String)} adds an empty one on first use). */
    public final Map<String, FakeDestinations> destinations = new TreeMap<>();
    /** When set, {@link #destinations(String)} throws it: destination services that cannot be opened. */
    public GatewayException destinationsFailure;
    /** Region → its CloudTrail ({@link #fakeTrail(String)} adds an empty one on first use). */
    private final Map<String, FakeTrail> trails = new TreeMap<>();
    /** Region → what {@link #trail(String)} throws for it: a CloudTrail client that cannot be made. */
    public final Map<String, RuntimeException> trailFailures = new ConcurrentHashMap<>();
    /** The regions whose CloudTrail was asked for, in order. */
    public final List<String> trailRegions = new ArrayList<>();
    /** Region → its network ({@link #fakeNetwork(String)} adds {@link FakeNetwork#withSample} on first use). */
    public final Map<String, FakeNetwork> networks = new TreeMap<>();
    /** Region → its cluster creation ({@link #fakeCreation(String)} adds an empty one on first use). */
    public final Map<String, FakeCreation> creations = new TreeMap<>();
    /** The brokers the session connects to, and every connection made. */
    public final FakeBrokers brokers = new FakeBrokers();
    /** The regions whose broker loggers were asked for, in order. */
    public final List<String> brokerRegions = new ArrayList<>();
    public String defaultRegion;
    public Duration pollInterval;
    /** The region of the last {@link #clusters} call. */
    public String openedRegion;
    public boolean closed;
    /** What the account's calls said about its credentials: tests sign the account out and in with it. */
    public final CredentialHealth health;
    private final List<String> closeLog;

    FakeSession(Account account, String defaultRegion, Duration pollInterval, List<String> closeLog) {
        this.account = account;
        this.defaultRegion = defaultRegion;
        this.pollInterval = pollInterval;
        this.closeLog = closeLog;
        this.health = new CredentialHealth(account.displayName());
    }

    @Override
    public CredentialHealth credentialHealth() {
        return health;
    }

    /** The region's MSK, added with no clusters if the session did not have the region yet. */
    public FakeMsk region(String name) {
        return regions.computeIfAbsent(name, n -> new FakeMsk());
    }

    @Override
    public Account account() {
        return account;
    }

    @Override
    public List<String> regions() {
        return List.copyOf(regions.keySet());
    }

    @Override
    public Optional<String> defaultRegion() {
        return Optional.ofNullable(defaultRegion);
    }

    @Override
    public ClusterGateway clusters(String region) {
        openedRegion = region;
        FakeMsk msk = regions.get(region);
        if (msk == null) {
            throw new GatewayException(Failure.CONFIGURATION, "ListClustersV2", "Unknown region " + region + ".");
        }
        return msk;
    }

    /** The region's destinations, keys and permissions in memory, added empty on first use. */
    public FakeDestinations fakeDestinations(String region) {
        return destinations.computeIfAbsent(region, FakeDestinations::new);
    }

    /** Region → what the delivery health reads there ({@link #fakeArrival(String)} adds an empty one). */
    public final Map<String, FakeArrival> arrivals = new TreeMap<>();

    public FakeArrival fakeArrival(String region) {
        return arrivals.computeIfAbsent(region, FakeArrival::new);
    }

    @Override
    public io.mskconsole.core.arrival.ArrivalGateway arrival(String region) {
        return fakeArrival(region);
    }

    /** Region → the log events and objects the viewer reads there. */
    public final Map<String, FakeLogSources> logSources = new TreeMap<>();
    public final FakeTrailBucket trailBucket = new FakeTrailBucket();

    public FakeLogSources fakeLogSources(String region) {
        return logSources.computeIfAbsent(region, FakeLogSources::new);
    }

    @Override
    public io.mskconsole.core.brokerlogs.LogSourceGateway logSources(String region) {
        return fakeLogSources(region);
    }

    /** The one trail bucket of the account, whatever the region asked from. */
    @Override
    public io.mskconsole.core.trailbucket.TrailBucketGateway trailBucket(String region) {
        return trailBucket;
    }

    @Override
    public DestinationServices destinations(String region) {
        if (destinationsFailure != null) {
            throw destinationsFailure;
        }
        return fakeDestinations(region).services();
    }

    /** The region's CloudTrail, added with no records on first use. */
    public synchronized FakeTrail fakeTrail(String region) {
        return trails.computeIfAbsent(region, FakeTrail::new);
    }

    /** CloudTrail of the region; throws the region's {@link #trailFailures} entry when there is one. */
    @Override
    public synchronized TrailGateway trail(String region) {
        RuntimeException failure = trailFailures.get(region);
        if (failure != null) {
            throw failure;
        }
        trailRegions.add(region);
        return fakeTrail(region);
    }

    public synchronized FakeNetwork fakeNetwork(String region) {
        return networks.computeIfAbsent(region, FakeNetwork::withSample);
    }

    public synchronized FakeCreation fakeCreation(String region) {
        return creations.computeIfAbsent(region, FakeCreation::new);
    }

    @Override
    public NetworkGateway network(String region) {
        return fakeNetwork(region);
    }

    @Override
    public CreationGateway clusterCreation(String region) {
        return fakeCreation(region);
    }

    /** The brokers of every region's clusters, in memory (one {@link FakeBrokers} for the whole session). */
    @Override
    public BrokerLoggerConnector brokerLoggers(String region) {
        brokerRegions.add(region);
        return brokers;
    }

    @Override
    public Duration operationPollInterval() {
        return pollInterval;
    }

    /** Marks the session closed and logs its account's name in {@link FakeAccounts#closed}. */
    @Override
    public void close() {
        closed = true;
        closeLog.add(account.displayName());
    }
}
