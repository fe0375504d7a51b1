package io.mskconsole.testing;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Profiles, sessions and a settings store in memory, each session backed by a {@link FakeMsk} per region. */
public final class FakeAccounts implements ProfileDirectory, LastUsedStore {
    public final List<String> profileNames = new ArrayList<>();
    public boolean credentials = true;
    public String defaultProfile;
    public LastUsed remembered = LastUsed.NOTHING;
    public final List<LastUsed> saved = new ArrayList<>();
    public final Map<String, FakeMsk> regions = new HashMap<>();
    public final List<String> closed = new ArrayList<>();

    public FakeMsk msk(String region) {
        return regions.computeIfAbsent(region, r -> new FakeMsk());
    }

    @Override
    public List<String> profiles() {
        return List.copyOf(profileNames);
    }

    @Override
    public Optional<String> defaultProfile() {
        return Optional.ofNullable(defaultProfile);
    }

    @Override
    public boolean credentialsConfigured() {
        return credentials;
    }

    @Override
    public Session open(String profile) {
        if (!profileNames.contains(profile)) {
            throw new GatewayException(Failure.CONFIGURATION, "open", "No profile " + profile);
        }
        return session(Account.profile(profile), List.of("eu-west-1", "us-east-1", "us-west-2"), "eu-west-1");
    }

    public Session session(Account account, List<String> regionNames, String defaultRegion) {
        return new Session() {
            @Override
            public Account account() {
                return account;
            }

            @Override
            public List<String> regions() {
                return regionNames;
            }

            @Override
            public Optional<String> defaultRegion() {
                return Optional.ofNullable(defaultRegion);
            }

            @Override
            public ClusterGateway clusters(String region) {
                return msk(account.displayName() + "/" + region);
            }

            @Override
            public Duration operationPollInterval() {
                return Duration.ofMillis(1);
            }

            @Override
            public void close() {
                closed.add(account.displayName());
            }
        };
    }

    @Override
    public LastUsed load() {
        return remembered;
    }

    @Override
    public void save(LastUsed lastUsed) {
        saved.add(lastUsed);
        remembered = lastUsed;
    }
}
