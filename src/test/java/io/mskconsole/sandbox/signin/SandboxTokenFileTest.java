package io.mskconsole.sandbox.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.signin.SsoToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sandbox's sample sign-in, kept in the settings folder so the window and the commands share it. */
class SandboxTokenFileTest {
    @TempDir
    Path settings;

    @Test
    void aSampleSignInIsKeptReadBackAndRemoved() throws Exception {
        SandboxTokenFile file = new SandboxTokenFile(settings.resolve("sandbox-sso.properties"));
        SsoToken token = new SsoToken(SandboxSignIn.LOGIN.startUrl(), "us-east-1", "sandbox-access-token",
                Instant.parse("2026-12-07T23:00:00Z"), "sandbox-client", "sandbox-client-secret",
                Instant.parse("2027-03-07T15:00:00Z"), "sandbox-refresh-token");

        file.write(SandboxSignIn.LOGIN, token);

        assertThat(new SandboxTokenFile(settings.resolve("sandbox-sso.properties")).read(SandboxSignIn.LOGIN))
                .as("another process reads the same sign-in").contains(token);
        try (var left = Files.list(settings)) {
            assertThat(left).containsExactly(settings.resolve("sandbox-sso.properties"));
        }
        assertThat(file.delete(SandboxSignIn.LOGIN)).isTrue();
        assertThat(file.read(SandboxSignIn.LOGIN)).isEmpty();
    }

    @Test
    void anUnreadableFileIsNoSignIn() throws Exception {
        Files.writeString(settings.resolve("sandbox-sso.properties"), "expiresAt=not a time\naccessToken=x\n");

        assertThat(new SandboxTokenFile(settings.resolve("sandbox-sso.properties")).read(SandboxSignIn.LOGIN))
                .isEmpty();
    }
}
