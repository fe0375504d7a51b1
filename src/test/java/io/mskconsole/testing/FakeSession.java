package io.mskconsole.testing;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An opened account whose regions (listed in name order) are {@link FakeMsk}s. Made by {@link FakeAccounts}. */
public final class FakeSession implements Session {
    public final Account account;
    public final Map<String, FakeMsk> regions = new TreeMap<>();
    /** Region → its destinations ({@link #fakeDestinations(String)} adds an empty one on first use). */
    public final Map<String, FakeDestinations> destinations = new TreeMap<>();
    /** When set, {@link #destinations(String)} throws it: destination services that cannot be opened. */
    public GatewayException destinationsFailure;
    public String defaultRegion;
    public Duration pollInterval;
    /** The region of the last {@link #clusters} call. */
    public String openedRegion;
    public boolean closed;
    private final List<String> closeLog;

    FakeSession(Account account, String defaultRegion, Duration pollInterval, List<String> closeLog) {
        this.account = account;
        this.defaultRegion = defaultRegion;
        this.pollInterval = pollInterval;
        this.closeLog = closeLog;
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

    @Override
    public DestinationServices destinations(String region) {
        if (destinationsFailure != null) {
            throw destinationsFailure;
        }
        return fakeDestinations(region).services();
    }

    @Override
    public io.mskconsole.core.trail.TrailGateway trail(String region) {
        throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION, null,
                "TEMPORARY: CloudTrail is not wired yet.");
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
