package io.mskconsole.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.ClientRegistration;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.signin.IdentityCenterGateway;
import io.mskconsole.core.signin.NewToken;
import io.mskconsole.core.signin.PortalAccount;
import io.mskconsole.core.signin.PortalGateway;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.SsoToken;
import io.mskconsole.core.signin.TokenCache;
import io.mskconsole.core.signin.TokenPoll;
import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a sign-in works now: a token in hand, not a refresh token alone. */
class AccountSignInTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    static final SsoLogin LOGIN = SsoLogin.session("corp", "https://corp.awsapps.com/start", "us-east-1", List.of());

    final Map<String, SsoToken> files = new HashMap<>();
    final TokenCache cache = new TokenCache() {
        @Override
        public Optional<SsoToken> read(SsoLogin login) {
            return Optional.ofNullable(files.get(login.cacheKey()));
        }

        @Override
        public void write(SsoLogin login, SsoToken token) {
            files.put(login.cacheKey(), token);
        }

        @Override
        public boolean delete(SsoLogin login) {
            return files.remove(login.cacheKey()) != null;
        }
    };
    /** IAM Identity Center where the session behind every refresh token has ended. */
    final IdentityCenterGateway ended = new IdentityCenterGateway() {
        @Override
        public ClientRegistration registerClient(SsoLogin login, String clientName, List<String> scopes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeviceCode startDeviceAuthorization(SsoLogin login, ClientRegistration client) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TokenPoll createToken(SsoLogin login, ClientRegistration client, DeviceCode code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public NewToken refresh(SsoLogin login, ClientRegistration client, String refreshToken) {
            throw new GatewayException(Failure.SSO_LOGIN_REQUIRED, "CreateToken", "the session has ended");
        }
    };
    final PortalGateway portal = new PortalGateway() {
        @Override
        public List<PortalAccount> accounts(SsoLogin login, String accessToken) {
            return List.of();
        }

        @Override
        public List<String> roles(SsoLogin login, String accessToken, String accountId) {
            return List.of();
        }

        @Override
        public void logout(SsoLogin login, String accessToken) {
        }
    };
    final AccountSignIn signIn = new AccountSignIn(Account.profile("dev-sso"), LOGIN, new IdentityCenter(ended, portal,
            cache, new MutableClock(NOW), (d, c) -> false));

    @Test
    void anExpiredTokenWhoseRefreshIsRefusedIsNotWorkingThoughItsFileHasARefreshToken() {
        cache.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "old", NOW.minusSeconds(3600), "client",
                "secret", NOW.plus(Duration.ofDays(60)), "refresh"));

        assertThat(signIn.state().signedIn()).as("the file alone looks signed in").isTrue();
        assertThat(signIn.working()).isFalse();
    }

    @Test
    void aTokenInHandIsWorking() {
        cache.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "fresh", NOW.plus(Duration.ofHours(1)), null,
                null, null, null));

        assertThat(signIn.working()).isTrue();
    }
}
