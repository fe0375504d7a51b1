package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An opened account whose regions are {@link FakeMsk}s. */
final class FakeSession implements Session {
    final Account account;
    final Map<String, FakeMsk> regions = new TreeMap<>();
    String defaultRegion;
    String openedRegion;
    boolean closed;

    FakeSession(Account account, String defaultRegion) {
        this.account = account;
        this.defaultRegion = defaultRegion;
    }

    FakeMsk region(String name) {
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

    @Override
    public Duration operationPollInterval() {
        return Duration.ofSeconds(30);
    }

    @Override
    public void close() {
        closed = true;
    }
}
