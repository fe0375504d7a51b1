package io.mskconsole.core.signin;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The access tokens of the logins, kept in the token cache and renewed there without the user: from
 * {@link #REFRESH_BEFORE} before a token expires, with its refresh token (as the AWS CLI does), so the AWS CLI and
 * every window of the app see the renewed token. Callers asking for the same login at once make one refresh.
 */
public final class SsoTokens {
    /** From when before expiry a token is renewed: the AWS CLI's 15 minutes. */
    public static final Duration REFRESH_BEFORE = Duration.ofMinutes(15);
    /** A token with less left than this is not handed out: a call made with it could arrive expired. */
    static final Duration STILL_USABLE = Duration.ofMinutes(1);

    private final TokenCache cache;
    private final IdentityCenterGateway oidc;
    private final Clock clock;
    private final LoginLocks locks;
    /**
     * Renewals the cache could not take (a full disk, a read-only folder), with the token each renewed: used only
     * while the cache still holds that token, so a sign-out or sign-in elsewhere wins.
     */
    private final java.util.Map<String, Held> unsaved = new java.util.concurrent.ConcurrentHashMap<>();

    private record Held(SsoToken from, SsoToken renewed) {
    }

    public SsoTokens(TokenCache cache, IdentityCenterGateway oidc, Clock clock) {
        this(cache, oidc, clock, new LoginLocks());
    }

    SsoTokens(TokenCache cache, IdentityCenterGateway oidc, Clock clock, LoginLocks locks) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.oidc = Objects.requireNonNull(oidc, "oidc");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    /** Whether the login is signed in now, as its cached token says. Reads a file. */
    public SignInState state(SsoLogin login) {
        Optional<SsoToken> token = cached(login);
        if (token.isEmpty()) {
            return SignInState.SIGNED_OUT;
        }
        Instant now = clock.instant();
        SsoToken t = token.get();
        boolean refreshable = t.refreshableAt(now);
        return t.validFor(now, STILL_USABLE) || refreshable
                ? new SignInState(true, t.expiresAt(), refreshable) : SignInState.SIGNED_OUT;
    }

    /**
     * A working access token for the login, renewed first when it expires within {@link #REFRESH_BEFORE}. A renewal
     * that fails while the token still works hands out the token it has (the next call tries again).
     *
     * @throws GatewayException {@code SSO_LOGIN_REQUIRED} when there is no sign-in or it ended; the failure of the
     *                          refresh (e.g. {@code CONNECTION}) when the token has expired and could not be renewed
     */
    public String accessToken(SsoLogin login) {
        synchronized (locks.of(login)) {
            SsoToken token = cached(login).orElseThrow(() -> signInNeeded(login, "is not signed in"));
            Instant now = clock.instant();
            if (token.validFor(now, REFRESH_BEFORE)) {
                return token.accessToken();
            }
            if (token.refreshableAt(now)) {
                NewToken fresh;
                try {
                    fresh = oidc.refresh(login, token.registration(now), token.refreshToken());
                } catch (GatewayException refused) {
                    if (token.validFor(now, STILL_USABLE)) {
                        return token.accessToken();
                    }
                    // the AWS CLI may have renewed it at the same moment, making this refresh token a used one
                    Optional<SsoToken> meanwhile = cached(login).filter(t -> !t.equals(token)
                            && t.validFor(clock.instant(), STILL_USABLE));
                    if (meanwhile.isPresent()) {
                        return meanwhile.get().accessToken();
                    }
                    if (refused.failure() == Failure.SSO_LOGIN_REQUIRED || refused.failure() == Failure.BAD_REQUEST
                            || refused.failure() == Failure.ACCESS_DENIED) {
                        throw signInNeeded(login, "has ended and could not be renewed");
                    }
                    throw refused;
                }
                SsoToken renewed = token.renewed(fresh, clock.instant());
                try {
                    cache.write(login, renewed);
                    unsaved.remove(login.cacheKey());
                } catch (GatewayException unwritable) {
                    // the refresh token may have been replaced: the renewal is kept here rather than lost
                    SsoToken from = unsaved.containsKey(login.cacheKey()) ? unsaved.get(login.cacheKey()).from() : token;
                    unsaved.put(login.cacheKey(), new Held(from, renewed));
                }
                return renewed.accessToken();
            }
            if (token.validFor(now, STILL_USABLE)) {
                return token.accessToken();
            }
            throw signInNeeded(login, "has expired");
        }
    }

    Clock clock() {
        return clock;
    }

    /**
     * The cached token when it belongs to this login (same start URL; a token of another portal is none), or a
     * renewal the cache could not take when that is newer.
     */
    Optional<SsoToken> cached(SsoLogin login) {
        Optional<SsoToken> stored = cache.read(login).filter(token -> token.startUrl() == null
                || token.startUrl().equals(login.startUrl()));
        Held held = unsaved.get(login.cacheKey());
        if (held != null) {
            if (stored.isPresent() && stored.get().equals(held.from())) {
                return Optional.of(held.renewed());
            }
            // the cache changed since (signed out, or in again, elsewhere): it wins
            unsaved.remove(login.cacheKey(), held);
        }
        return stored;
    }

    /** Forgets the renewals held for the login (it signed out, or in again). */
    void forget(SsoLogin login) {
        unsaved.remove(login.cacheKey());
    }

    static GatewayException signInNeeded(SsoLogin login, String state) {
        if (login.sandbox()) {
            return new GatewayException(Failure.SSO_LOGIN_REQUIRED, null, "The Sandbox's sample SSO session "
                    + state + ": press Sign in, or run `msk-console login --sandbox`, then try again.");
        }
        String what = login.legacy() ? "The sign-in to " + login.startUrl() : "The " + login.describe();
        String cli = login.legacy() ? "`msk-console login --profile PROFILE` or `aws sso login --profile PROFILE` "
                + "(PROFILE: one with sso_start_url " + login.startUrl() + ")"
                : "`msk-console login --profile PROFILE` or `" + login.cliLogin(null) + "`";
        return new GatewayException(Failure.SSO_LOGIN_REQUIRED, null, what + " " + state + ": press Sign in, or run "
                + cli + ", then try again.");
    }
}
