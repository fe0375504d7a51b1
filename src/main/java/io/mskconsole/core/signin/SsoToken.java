package io.mskconsole.core.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in as the AWS CLI caches it ({@code ~/.aws/sso/cache/<key>.json}): the access token and, for an sso-session,
 * the registered client and the refresh token that renew it without the user. Never printed: {@link #toString()}
 * leaves out every secret.
 *
 * @param clientId              null when the cache holds no registration (legacy profiles)
 * @param registrationExpiresAt when the registered client expires, or null
 * @param refreshToken          null when the token cannot be refreshed
 */
public record SsoToken(String startUrl, String region, String accessToken, Instant expiresAt, String clientId,
                       String clientSecret, Instant registrationExpiresAt, String refreshToken) {
    public SsoToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether the access token still works for at least {@code margin} after {@code now}. */
    public boolean validFor(Instant now, Duration margin) {
        return expiresAt.isAfter(now.plus(margin));
    }

    /** The registered client this token was made with, while it has not expired at {@code now}. */
    public ClientRegistration registration(Instant now) {
        if (clientId == null || clientSecret == null || registrationExpiresAt == null
                || !registrationExpiresAt.isAfter(now)) {
            return null;
        }
        return new ClientRegistration(clientId, clientSecret, registrationExpiresAt);
    }

    /** Whether the token can be renewed at {@code now} without the user: a refresh token and a live registration. */
    public boolean refreshableAt(Instant now) {
        return refreshToken != null && registration(now) != null;
    }

    /** The same token renewed: a new access token (and refresh token, when one was given) with the same client. */
    public SsoToken renewed(NewToken token, Instant now) {
        return new SsoToken(startUrl, region, token.accessToken(), now.plus(token.expiresIn()), clientId, clientSecret,
                registrationExpiresAt, token.refreshToken() != null ? token.refreshToken() : refreshToken);
    }

    @Override
    public String toString() {
        return "SsoToken[startUrl=" + startUrl + ", region=" + region + ", expiresAt=" + expiresAt
                + ", registrationExpiresAt=" + registrationExpiresAt + ", refreshable=" + (refreshToken != null) + "]";
    }
}
