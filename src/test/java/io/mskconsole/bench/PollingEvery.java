package io.mskconsole.bench;

import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.account.Session;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The profiles as they are, each session polling operations at this interval instead of its own. */
record PollingEvery(ProfileDirectory directory, Duration interval) implements ProfileDirectory {
    @Override
    public List<String> profiles() {
        return directory.profiles();
    }

    @Override
    public Optional<String> defaultProfile() {
        return directory.defaultProfile();
    }

    @Override
    public boolean credentialsConfigured() {
        return directory.credentialsConfigured();
    }

    @Override
    public Session open(String profile) {
        return new PollingSession(directory.open(profile), interval);
    }

    @Override
    public Optional<AccountSignIn> signInOf(String profile) {
        return directory.signInOf(profile);
    }

    @Override
    public List<AccountSignIn> signIns() {
        return directory.signIns();
    }
}
