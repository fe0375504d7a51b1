package io.mskconsole.core.signin;

import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IAM Identity Center's device authorization, as the AWS CLI runs it: a registered client (reused by later sign-ins
 * of this run until it expires), a device code the user approves in the browser, then
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
    private final LoginLocks locks;

    public DeviceSignIn(IdentityCenterGateway oidc, TokenCache cache, Clock clock, Pause pause) {
        this(oidc, cache, clock, pause, new LoginLocks());
    }

    DeviceSignIn(IdentityCenterGateway oidc, TokenCache cache, Clock clock, Pause pause, LoginLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
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
        boolean fromEarlier = registered.containsKey(login.cacheKey());
        ClientRegistration client = registration(login);
        fromEarlier = fromEarlier && registered.get(login.cacheKey()) == client;
        if (cancellation.isCancelled()) {
            return cancelled();
        }
        DeviceCode code;
        try {
            code = oidc.startDeviceAuthorization(login, client);
        } catch (GatewayException refused) {
            if (!fromEarlier || !isRefusedClient(refused)) {
                throw refused;
            }
            // the client registered earlier in this run is no longer taken (revoked): register a new one, once
            client = oidc.registerClient(login, CLIENT_NAME, login.scopes());
            registered.put(login.cacheKey(), client);
            code = oidc.startDeviceAuthorization(login, client);
        }
        if (cancellation.isCancelled()) {
            // cancelled while the code was asked for: no browser, no code shown
            return cancelled();
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
                synchronized (locks.of(login)) {
                    cache.write(login, new SsoToken(login.startUrl(), login.region(), token.accessToken(),
                            now.plus(token.expiresIn()), client.clientId(), client.clientSecret(), client.expiresAt(),
                            token.refreshToken()));
                    locks.changed(login);
                }
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

    /**
     * The client registered by an earlier sign-in of this run, while it lasts; else a new one. The registration in the
     * token cache file is not reused for the device flow: since version 2.22 the AWS CLI signs in with the
     * authorization code flow and writes that client there, and such a client may not ask for device codes (the file
     * does not say which kind it holds). The cached registration still renews the token it came with.
     */
    private ClientRegistration registration(SsoLogin login) {
        Instant soon = clock.instant().plus(REGISTRATION_MARGIN);
        ClientRegistration earlier = registered.get(login.cacheKey());
        if (earlier != null && earlier.expiresAt().isAfter(soon)) {
            return earlier;
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
