package io.mskconsole.core.signin;

import java.time.Instant;
import java.util.Objects;

/** A client registered with IAM Identity Center's OIDC service (RegisterClient); reused until it expires. */
public record ClientRegistration(String clientId, String clientSecret, Instant expiresAt) {
    public ClientRegistration {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "ClientRegistration[clientId=" + clientId + ", expiresAt=" + expiresAt + "]";
    }
}
