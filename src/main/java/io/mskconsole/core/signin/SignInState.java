package io.mskconsole.core.signin;

import java.time.Instant;

/**
 * Whether a login is signed in, as its cached token says.
 *
 * @param signedIn    a token works now, or can be renewed without the user
 * @param expiresAt   when the access token expires (null when there is none)
 * @param refreshable whether it renews itself (an sso-session's refresh token and a live registration)
 */
public record SignInState(boolean signedIn, Instant expiresAt, boolean refreshable) {
    public static final SignInState SIGNED_OUT = new SignInState(false, null, false);
}
