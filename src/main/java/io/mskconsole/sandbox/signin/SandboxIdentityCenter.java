package io.mskconsole.sandbox.signin;

import io.mskconsole.core.signin.ClientRegistration;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.IdentityCenterGateway;
import io.mskconsole.core.signin.NewToken;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.TokenPoll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Sandbox's IAM Identity Center: the device code is approved by itself {@link #APPROVED_AFTER} after it was
 * given, as if the user had confirmed it in the browser, so the whole sign-in can be tried offline.
 */
final class SandboxIdentityCenter implements IdentityCenterGateway {
    static final Duration APPROVED_AFTER = Duration.ofSeconds(4);
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private final Clock clock;
    private final AtomicInteger codes = new AtomicInteger();
    private volatile Instant approvedAt = Instant.MAX;

    SandboxIdentityCenter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ClientRegistration registerClient(SsoLogin login, String clientName, List<String> scopes) {
        return new ClientRegistration("sandbox-client", "sandbox-client-secret", clock.instant().plus(Duration.ofDays(90)));
    }

    @Override
    public DeviceCode startDeviceAuthorization(SsoLogin login, ClientRegistration client) {
        Instant now = clock.instant();
        approvedAt = now.plus(APPROVED_AFTER);
        int n = codes.incrementAndGet();
        String userCode = String.format("SBOX-%04d", 1000 + n % 9000);
        String address = login.startUrl().replace("/start", "/device");
        return new DeviceCode("sandbox-device-" + n, userCode, address, address + "?user_code=" + userCode,
                now.plus(CODE_LIFETIME), Duration.ofSeconds(1));
    }

    @Override
    public TokenPoll createToken(SsoLogin login, ClientRegistration client, DeviceCode code) {
        if (clock.instant().isBefore(approvedAt)) {
            return new TokenPoll.Pending();
        }
        return new TokenPoll.Granted(new NewToken("sandbox-access-token", TOKEN_LIFETIME, "sandbox-refresh-token"));
    }

    @Override
    public NewToken refresh(SsoLogin login, ClientRegistration client, String refreshToken) {
        return new NewToken("sandbox-access-token", TOKEN_LIFETIME, refreshToken);
    }
}
