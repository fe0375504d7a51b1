package io.mskconsole.core.signin;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM Identity Center's device authorization, as the AWS CLI runs it: a registered client (reused from the token
 * cache, or from an earlier try in this run, until it expires), a device code the user approves in the browser, then
 * CreateToken asked at the interval the service gave, 5 seconds slower after each SlowDown, until the user approves,
 * refuses, the code expires or the user cancels. The token is written to the token cache as the AWS CLI writes it.
 */
public final class DeviceSignIn {
    /** The name the app registers its client under. */
    public static final String CLIENT_NAME = "msk-console";
    static final Duration SLOW_DOWN = Duration.ofSeconds(5);
    /** A registration with less left than this is not reused: the token it makes would not refresh for long. */
    static final Duration REGISTRATION_MARGIN = Duration.ofMinutes(15);

    private final IdentityCenterGateway oidc;
    private final TokenCache cache;
    private final Clock clock;
    private final Pause pause;
    private final Map<String, ClientRegistration> registered = new ConcurrentHashMap<>();

    public DeviceSignIn(IdentityCenterGateway oidc, TokenCache cache, Clock clock, Pause pause) {
        this.oidc = Objects.requireNonNull(oidc, "oidc");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /**
     * Signs in, blocking until it ends: call it off the UI thread.
     *
     * @throws GatewayException when a call fails other than by the user's answer (no network, an unknown start URL);
     *                          asks that fail transiently while waiting for the user are asked again at the next
     *                          interval
     */
    public SignInResult signIn(SsoLogin login, SignInPrompt prompt, Cancellation cancellation) {
        ClientRegistration client = registration(login);
        if (cancellation.isCancelled()) {
            return cancelled();
        }
        DeviceCode code;
        try {
            code = oidc.startDeviceAuthorization(login, client);
        } catch (GatewayException refused) {
            if (!isRefusedClient(refused) || registered.get(login.cacheKey()) == client) {
                throw refused;
            }
            // a client reused from the cache that IAM Identity Center no longer takes: register a new one, once
            client = oidc.registerClient(login, CLIENT_NAME, login.scopes());
            registered.put(login.cacheKey(), client);
            code = oidc.startDeviceAuthorization(login, client);
        }
        prompt.show(code);
        Duration interval = code.interval();
        while (true) {
            if (pause.pause(interval, cancellation)) {
                return cancelled();
            }
            if (!clock.instant().isBefore(code.expiresAt())) {
                return expired();
            }
            TokenPoll answer;
            try {
                answer = oidc.createToken(login, client, code);
            } catch (GatewayException failed) {
                if (failed.isTransient()) {
                    continue;
                }
                throw failed;
            }
            if (answer instanceof TokenPoll.Granted granted) {
                Instant now = clock.instant();
                NewToken token = granted.token();
                cache.write(login, new SsoToken(login.startUrl(), login.region(), token.accessToken(),
                        now.plus(token.expiresIn()), client.clientId(), client.clientSecret(), client.expiresAt(),
                        token.refreshToken()));
                return new SignInResult(SignInResult.Outcome.SIGNED_IN, "");
            }
            if (answer instanceof TokenPoll.SlowDown) {
                interval = interval.plus(SLOW_DOWN);
                prompt.slowedDown(interval);
            } else if (answer instanceof TokenPoll.Expired) {
                return expired();
            } else if (answer instanceof TokenPoll.Denied denied) {
                return new SignInResult(SignInResult.Outcome.DENIED, "The sign-in was refused"
                        + (denied.message() == null || denied.message().isBlank() ? "" : " (" + denied.message() + ")")
                        + ". Sign in again, and approve the code in the browser.");
            }
        }
    }

    /** The registration of the cached token or of an earlier try, while it lasts; else a new one. */
    private ClientRegistration registration(SsoLogin login) {
        Instant soon = clock.instant().plus(REGISTRATION_MARGIN);
        ClientRegistration earlier = registered.get(login.cacheKey());
        if (earlier != null && earlier.expiresAt().isAfter(soon)) {
            return earlier;
        }
        ClientRegistration cached = cache.read(login)
                .filter(token -> token.startUrl() == null || token.startUrl().equals(login.startUrl()))
                .map(token -> token.registration(soon))
                .orElse(null);
        if (cached != null) {
            return cached;
        }
        ClientRegistration fresh = oidc.registerClient(login, CLIENT_NAME, login.scopes());
        registered.put(login.cacheKey(), fresh);
        return fresh;
    }

    private static boolean isRefusedClient(GatewayException failure) {
        return failure.failure() == io.mskconsole.core.errors.Failure.ACCESS_DENIED
                || failure.failure() == io.mskconsole.core.errors.Failure.BAD_REQUEST
                || failure.failure() == io.mskconsole.core.errors.Failure.SSO_LOGIN_REQUIRED;
    }

    private static SignInResult cancelled() {
        return new SignInResult(SignInResult.Outcome.CANCELLED, "The sign-in was cancelled.");
    }

    private static SignInResult expired() {
        return new SignInResult(SignInResult.Outcome.EXPIRED,
                "The code expired before it was approved. Sign in again, and approve the new code in the browser.");
    }
}
