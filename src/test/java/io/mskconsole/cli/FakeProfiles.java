package io.mskconsole.cli;

import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shared AWS files in memory: named profiles, each opening a {@link FakeSession}. */
final class FakeProfiles implements ProfileDirectory {
    final Map<String, FakeSession> sessions = new LinkedHashMap<>();
    final List<String> opened = new ArrayList<>();
    String defaultProfile;
    boolean credentialsConfigured = true;

    @Override
    public List<String> profiles() {
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
}
