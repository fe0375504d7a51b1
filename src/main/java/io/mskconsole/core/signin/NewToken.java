package io.mskconsole.core.signin;

import java.time.Duration;
import java.util.Objects;

/** What CreateToken gave: an access token, how long it lasts, and a refresh token (or null). */
public record NewToken(String accessToken, Duration expiresIn, String refreshToken) {
    public NewToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
    }

    @Override
    public String toString() {
        return "NewToken[expiresIn=" + expiresIn + ", refreshable=" + (refreshToken != null) + "]";
    }
}
