package io.mskconsole.sandbox.signin;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.SsoToken;
import io.mskconsole.core.signin.TokenCache;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The Sandbox's sample sign-in, kept in the app's settings folder, so the window and the commands share it as they
 * would share a real one (a {@code login --sandbox} serves the next {@code accounts --sandbox}). It holds sample
 * values only, never a real token; it is written beside and renamed over, like the real cache.
 */
final class SandboxTokenFile implements TokenCache {
    private final Path file;

    SandboxTokenFile(Path file) {
        this.file = file;
    }

    @Override
    public Optional<SsoToken> read(SsoLogin login) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            saved.load(in);
            return Optional.of(new SsoToken(saved.getProperty("startUrl"), saved.getProperty("region"),
                    saved.getProperty("accessToken"), Instant.parse(saved.getProperty("expiresAt")),
                    saved.getProperty("clientId"), saved.getProperty("clientSecret"),
                    instant(saved.getProperty("registrationExpiresAt")), saved.getProperty("refreshToken")));
        } catch (IOException | RuntimeException unreadable) {
            // a sample file that cannot be read is no sign-in: signing in writes it again
            return Optional.empty();
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    @Override
    public void write(SsoLogin login, SsoToken token) {
        Properties saved = new Properties();
        put(saved, "startUrl", token.startUrl());
        put(saved, "region", token.region());
        put(saved, "accessToken", token.accessToken());
        put(saved, "expiresAt", token.expiresAt().toString());
        put(saved, "clientId", token.clientId());
        put(saved, "clientSecret", token.clientSecret());
        put(saved, "registrationExpiresAt", token.registrationExpiresAt() == null ? null
                : token.registrationExpiresAt().toString());
        put(saved, "refreshToken", token.refreshToken());
        Path aside = null;
        try {
            Files.createDirectories(file.getParent());
            aside = Files.createTempFile(file.getParent(), ".sandbox-sso", ".tmp");
            try (Writer out = Files.newBufferedWriter(aside)) {
                saved.store(out, "The Sandbox's sample sign-in (sample values, not a real token)");
            }
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(aside);
            throw new GatewayException(Failure.CONFIGURATION, null, "Could not keep the Sandbox's sample sign-in in "
                    + file + ": " + e.getMessage() + ".");
        }
    }

    private static void deleteQuietly(Path aside) {
        try {
            if (aside != null) {
                Files.deleteIfExists(aside);
            }
        } catch (IOException ignored) {
            // the write failed already: that is what is reported
        }
    }

    private static void put(Properties saved, String key, String value) {
        if (value != null) {
            saved.setProperty(key, value);
        }
    }

    @Override
    public boolean delete(SsoLogin login) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new GatewayException(Failure.CONFIGURATION, null, "Could not remove the Sandbox's sample sign-in "
                    + file + ": " + e.getMessage() + ".");
        }
    }
}
