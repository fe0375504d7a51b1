package io.mskconsole.core.signin;

import io.mskconsole.core.errors.GatewayException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** sso-oidc, the portal and the token cache in memory, answering what a test scripts and counting the calls. */
final class FakeIdentityCenter implements IdentityCenterGateway, PortalGateway, TokenCache {
    final Clock clock;
    final Deque<Object> polls = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    final Map<String, SsoToken> cache = new ConcurrentHashMap<>();
    final AtomicInteger refreshes = new AtomicInteger();
    Object refreshAnswer = new NewToken("refreshed-token", Duration.ofHours(1), "new-refresh-token");
    Duration interval = Duration.ofSeconds(5);
    Duration codeLifetime = Duration.ofMinutes(10);
    GatewayException logoutFailure;
    String refuseClient;
    String refuseRolesOf;
    String nextClientId = "client-1";
    Runnable onStart = () -> { };
    /** Runs inside refresh and ListAccounts, before they answer (a test holds them there). */
    Runnable duringRefresh = () -> { };
    Runnable duringListAccounts = () -> { };

    FakeIdentityCenter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ClientRegistration registerClient(SsoLogin login, String clientName, List<String> scopes) {
        calls.add("RegisterClient " + clientName + " " + scopes);
        return new ClientRegistration(nextClientId, "client-secret-1", clock.instant().plus(Duration.ofDays(90)));
    }

    @Override
    public synchronized DeviceCode startDeviceAuthorization(SsoLogin login, ClientRegistration client) {
        calls.add("StartDeviceAuthorization " + client.clientId() + " " + login.startUrl());
        onStart.run();
        if (client.clientId().equals(refuseClient)) {
            throw new GatewayException(io.mskconsole.core.errors.Failure.BAD_REQUEST, "StartDeviceAuthorization",
                    "invalid_client");
        }
        return new DeviceCode("device-code-1", "ABCD-EFGH", "https://device.sso.us-east-1.amazonaws.com/",
                "https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH", clock.instant().plus(codeLifetime),
                interval);
    }

    @Override
    public synchronized TokenPoll createToken(SsoLogin login, ClientRegistration client, DeviceCode code) {
        calls.add("CreateToken at " + clock.instant());
        Object next = polls.isEmpty() ? new TokenPoll.Pending() : polls.removeFirst();
        if (next instanceof GatewayException failure) {
            throw failure;
        }
        return (TokenPoll) next;
    }

    @Override
    public NewToken refresh(SsoLogin login, ClientRegistration client, String refreshToken) {
        refreshes.incrementAndGet();
        duringRefresh.run();
        synchronized (this) {
            calls.add("CreateToken refresh " + refreshToken);
        }
        if (refreshAnswer instanceof GatewayException failure) {
            throw failure;
        }
        return (NewToken) refreshAnswer;
    }

    @Override
    public List<PortalAccount> accounts(SsoLogin login, String accessToken) {
        duringListAccounts.run();
        synchronized (this) {
            calls.add("ListAccounts " + accessToken);
        }
        return List.of(new PortalAccount("444455556666", "analytics", ""), new PortalAccount("222233334444",
                "Payments", "pay@example.com"));
    }

    @Override
    public synchronized List<String> roles(SsoLogin login, String accessToken, String accountId) {
        calls.add("ListAccountRoles " + accountId);
        if (accountId.equals(refuseRolesOf)) {
            throw new GatewayException(io.mskconsole.core.errors.Failure.THROTTLED, "ListAccountRoles", "slow down");
        }
        return List.of("ReadOnly", "MskAdmin");
    }

    @Override
    public synchronized void logout(SsoLogin login, String accessToken) {
        calls.add("Logout " + accessToken);
        if (logoutFailure != null) {
            throw logoutFailure;
        }
    }

    @Override
    public Optional<SsoToken> read(SsoLogin login) {
        return Optional.ofNullable(cache.get(login.cacheKey()));
    }

    @Override
    public void write(SsoLogin login, SsoToken token) {
        cache.put(login.cacheKey(), token);
    }

    @Override
    public boolean delete(SsoLogin login) {
        return cache.remove(login.cacheKey()) != null;
    }
}
