package io.mskconsole.core.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Tokens renewed from 15 minutes before they expire, as the AWS CLI does; a failed renewal says "sign in". */
class SsoTokensTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    static final SsoLogin LOGIN = DeviceSignInTest.LOGIN;

    final MutableClock clock = new MutableClock(NOW);
    final FakeIdentityCenter oidc = new FakeIdentityCenter(clock);
    final SsoTokens tokens = new SsoTokens(oidc, oidc, clock);

    private void cached(Duration left, String refreshToken) {
        oidc.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "cached-token", NOW.plus(left), "client",
                "secret", NOW.plus(Duration.ofDays(30)), refreshToken));
    }

    @Test
    void aTokenWithMoreThanFifteenMinutesLeftIsUsedAsItIs() {
        cached(Duration.ofMinutes(16), "refresh");

        assertThat(tokens.accessToken(LOGIN)).isEqualTo("cached-token");
        assertThat(oidc.refreshes).hasValue(0);
    }

    @Test
    void fromFifteenMinutesBeforeExpiryItIsRenewedAndTheRenewalWrittenToTheCache() {
        cached(Duration.ofMinutes(14), "refresh");

        assertThat(tokens.accessToken(LOGIN)).isEqualTo("refreshed-token");
        SsoToken written = oidc.read(LOGIN).orElseThrow();
        assertThat(written.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(written.refreshToken()).isEqualTo("new-refresh-token");
        assertThat(written.clientId()).isEqualTo("client");
        assertThat(oidc.calls).containsExactly("CreateToken refresh refresh");
    }

    @Test
    void manyCallersAtOnceMakeOneRenewal() throws Exception {
        cached(Duration.ofMinutes(5), "refresh");
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(callers.submit(() -> {
                go.await();
                return tokens.accessToken(LOGIN);
            }));
        }
        go.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get()).isEqualTo("refreshed-token");
        }
        callers.shutdown();

        assertThat(oidc.refreshes).hasValue(1);
    }

    @Test
    void aRenewalRefusedWhileTheTokenStillWorksHandsOutTheTokenInHand() {
        cached(Duration.ofMinutes(10), "refresh");
        oidc.refreshAnswer = new GatewayException(Failure.SSO_LOGIN_REQUIRED, "CreateToken", "invalid grant");

        assertThat(tokens.accessToken(LOGIN)).isEqualTo("cached-token");
    }

    @Test
    void aRenewalRefusedAfterExpirySaysToSignInAgain() {
        cached(Duration.ofMinutes(-1), "refresh");
        oidc.refreshAnswer = new GatewayException(Failure.SSO_LOGIN_REQUIRED, "CreateToken", "invalid grant");

        assertThatThrownBy(() -> tokens.accessToken(LOGIN)).isInstanceOf(GatewayException.class)
                .satisfies(e -> assertThat(((GatewayException) e).failure()).isEqualTo(Failure.SSO_LOGIN_REQUIRED))
                .hasMessageContaining("SSO session corp has ended").hasMessageContaining("Sign in");
    }

    @Test
    void aRenewalThatCannotReachTheServiceAfterExpirySaysSoNotSignIn() {
        cached(Duration.ofMinutes(-1), "refresh");
        oidc.refreshAnswer = new GatewayException(Failure.CONNECTION, "CreateToken", "no network");

        assertThatThrownBy(() -> tokens.accessToken(LOGIN)).hasMessage("no network");
    }

    @Test
    void withoutARefreshTokenAnExpiredTokenOrNoneMeansSignIn() {
        assertThatThrownBy(() -> tokens.accessToken(LOGIN)).hasMessageContaining("is not signed in");
        assertThat(tokens.state(LOGIN)).isEqualTo(SignInState.SIGNED_OUT);

        cached(Duration.ofMinutes(-1), null);
        assertThatThrownBy(() -> tokens.accessToken(LOGIN)).hasMessageContaining("has expired");
        assertThat(tokens.state(LOGIN).signedIn()).isFalse();

        cached(Duration.ofMinutes(5), null);
        assertThat(tokens.accessToken(LOGIN)).isEqualTo("cached-token");
        assertThat(tokens.state(LOGIN)).isEqualTo(new SignInState(true, NOW.plus(Duration.ofMinutes(5)), false));
    }

    @Test
    void aTokenOfAnotherStartUrlIsNotThisLoginsSignIn() {
        oidc.write(LOGIN, new SsoToken("https://other.awsapps.com/start", LOGIN.region(), "other", NOW.plusSeconds(
                7200), null, null, null, null));

        assertThat(tokens.state(LOGIN)).isEqualTo(SignInState.SIGNED_OUT);
    }

    @Test
    void aRenewalTheCacheCannotTakeIsKeptUntilTheCacheChangesElsewhere() {
        cached(Duration.ofMinutes(5), "refresh");
        TokenCache readOnly = new TokenCache() {
            @Override
            public java.util.Optional<SsoToken> read(SsoLogin login) {
                return oidc.read(login);
            }

            @Override
            public void write(SsoLogin login, SsoToken token) {
                throw new GatewayException(Failure.CONFIGURATION, null, "read-only folder");
            }

            @Override
            public boolean delete(SsoLogin login) {
                return oidc.delete(login);
            }
        };
        SsoTokens kept = new SsoTokens(readOnly, oidc, clock);

        assertThat(kept.accessToken(LOGIN)).isEqualTo("refreshed-token");
        assertThat(kept.accessToken(LOGIN)).as("the renewal, not another refresh").isEqualTo("refreshed-token");
        assertThat(oidc.refreshes).hasValue(1);

        oidc.delete(LOGIN);
        assertThat(kept.state(LOGIN)).as("signed out elsewhere wins").isEqualTo(SignInState.SIGNED_OUT);
    }

    @Test
    void aRefreshRefusedBecauseTheAwsCliRenewedAtTheSameMomentUsesTheCliRenewal() {
        cached(Duration.ofMinutes(-1), "refresh");
        oidc.duringRefresh = () -> oidc.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "cli-renewed",
                NOW.plus(Duration.ofHours(1)), "client", "secret", NOW.plus(Duration.ofDays(30)), "cli-refresh"));
        oidc.refreshAnswer = new GatewayException(Failure.SSO_LOGIN_REQUIRED, "CreateToken", "invalid grant");

        assertThat(tokens.accessToken(LOGIN)).isEqualTo("cli-renewed");
    }
}
