package io.mskconsole.testing;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.core.account.LastUsedStore;
import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared AWS files and the app's settings in memory: named profiles, each opening its {@link FakeSession}, and
 * the last account and region used. Records which profiles were opened and which sessions closed.
 */
public final class FakeAccounts implements ProfileDirectory, LastUsedStore {
    /** Profile name → the session it opens; the profiles are listed in this order. */
    public final Map<String, FakeSession> sessions = new LinkedHashMap<>();
    /** The IAM Identity Center sign-ins of profiles, by profile; {@link #signIns()} gives one per login. */
    public final Map<String, io.mskconsole.core.account.AccountSignIn> signInsByProfile = new LinkedHashMap<>();
    public final List<String> opened = new ArrayList<>();
    /** The account names of the sessions closed, in order. */
    public final List<String> closed = new ArrayList<>();
    public String defaultProfile;
    public boolean credentialsConfigured = true;
    public LastUsed remembered = LastUsed.NOTHING;
    public final List<LastUsed> saved = new ArrayList<>();
    /** Thrown by {@link #profiles()} when set: a shared config file that cannot be parsed. */
    public RuntimeException profilesFailure;
    /** Thrown by {@link #save} when set: a settings folder that cannot be written. */
    public RuntimeException saveFailure;

    /** A session with no regions yet (add them with {@link FakeSession#region}), polling every 30 s like a profile. */
    public FakeSession session(Account account, String defaultRegion) {
        return new FakeSession(account, defaultRegion, Duration.ofSeconds(30), closed);
    }

    /** A session with these regions, each with {@link FakeMsk#withSampleClusters()}, polling every millisecond. */
    public FakeSession sampleSession(Account account, List<String> regions, String defaultRegion) {
        FakeSession session = new FakeSession(account, defaultRegion, Duration.ofMillis(1), closed);
        regions.forEach(region -> session.regions.put(region, FakeMsk.withSampleClusters()));
        return session;
    }

    /** Profiles whose sessions are sample sessions in eu-west-1 (their default), us-east-1 and us-west-2. */
    public void addSampleProfiles(String... names) {
        for (String name : names) {
            sessions.put(name, sampleSession(Account.profile(name), List.of("eu-west-1", "us-east-1", "us-west-2"),
                    "eu-west-1"));
        }
    }

    @Override
    public List<String> profiles() {
        if (profilesFailure != null) {
            throw profilesFailure;
        }
        return List.copyOf(sessions.keySet());
    }

    @Override
    public Optional<String> defaultProfile() {
        return Optional.ofNullable(defaultProfile);
    }

    @Override
    public boolean credentialsConfigured() {
        return credentialsConfigured;
    }

    @Override
    public Session open(String profile) {
        opened.add(profile);
        FakeSession session = sessions.get(profile);
        if (session == null) {
            throw new GatewayException(Failure.CONFIGURATION, "OpenProfile",
                    "Profile " + profile + " is not in the AWS config or credentials files.");
        }
        return session;
    }

    @Override
    public Optional<io.mskconsole.core.account.AccountSignIn> signInOf(String profile) {
        return Optional.ofNullable(signInsByProfile.get(profile));
    }

    @Override
    public List<io.mskconsole.core.account.AccountSignIn> signIns() {
        Map<String, io.mskconsole.core.account.AccountSignIn> byLogin = new LinkedHashMap<>();
        signInsByProfile.values().forEach(s -> byLogin.putIfAbsent(s.login().cacheKey(), s));
        return List.copyOf(byLogin.values());
    }

    /** Granted accounts open on the session {@link #sessions} holds under their key (see {@link Account#key()}). */
    @Override
    public Session open(Account account) {
        if (account.role() == null) {
            return open(account.profile());
        }
        opened.add(account.key());
        FakeSession session = sessions.get(account.key());
        if (session == null) {
            throw new GatewayException(Failure.CONFIGURATION, "OpenProfile", "No session for " + account.key());
        }
        return session;
    }

    @Override
    public LastUsed load() {
        return remembered;
    }

    @Override
    public void save(LastUsed lastUsed) {
        if (saveFailure != null) {
            throw saveFailure;
        }
        saved.add(lastUsed);
        remembered = lastUsed;
    }
}
