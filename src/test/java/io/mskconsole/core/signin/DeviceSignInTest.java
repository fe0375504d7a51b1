package io.mskconsole.core.signin;

import io.mskconsole.core.concurrent.Pause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The device authorization flow, on a clock that moves only when the flow waits: no wall-clock time. */
class DeviceSignInTest {
    static final Instant START = Instant.parse("2026-12-07T15:00:00Z");
    static final SsoLogin LOGIN = SsoLogin.session("corp", "https://corp.awsapps.com/start", "eu-west-1", List.of());

    final MutableClock clock = new MutableClock(START);
    final FakeIdentityCenter oidc = new FakeIdentityCenter(clock);
    final List<Duration> waits = new ArrayList<>();
    final Pause pause = (duration, cancellation) -> {
        waits.add(duration);
        clock.advance(duration);
        return cancellation.isCancelled();
    };
    final DeviceSignIn signIn = new DeviceSignIn(oidc, oidc, clock, pause);
    final List<DeviceCode> shown = new ArrayList<>();

    @Test
    void asksAtTheIntervalGivenSlowerAfterSlowDownAndWritesTheTokenAsTheAwsCliDoes() {
        oidc.polls.addAll(List.of(new TokenPoll.Pending(), new TokenPoll.SlowDown(), new TokenPoll.Pending(),
                new TokenPoll.Granted(new NewToken("access-1", Duration.ofHours(8), "refresh-1"))));

        SignInResult result = signIn.signIn(LOGIN, shown::add, Cancellation.none());

        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.SIGNED_IN);
        assertThat(shown).singleElement().satisfies(code -> assertThat(code.userCode()).isEqualTo("ABCD-EFGH"));
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(10));
        assertThat(oidc.calls).first().isEqualTo("RegisterClient msk-console [sso:account:access]");
        SsoToken written = oidc.read(LOGIN).orElseThrow();
        assertThat(written).isEqualTo(new SsoToken("https://corp.awsapps.com/start", "eu-west-1", "access-1",
                START.plusSeconds(30).plus(Duration.ofHours(8)), "client-1", "client-secret-1",
                START.plus(Duration.ofDays(90)), "refresh-1"));
    }

    @Test
    void theClientInTheTokenFileIsNotUsedForTheDeviceFlowItMayBeTheAwsClisAuthorizationCodeClient() {
        oidc.write(LOGIN, new SsoToken(LOGIN.startUrl(), LOGIN.region(), "old", START.minusSeconds(60), "cli-pkce-client",
                "cli-secret", START.plus(Duration.ofDays(30)), "old-refresh"));
        oidc.polls.add(new TokenPoll.Granted(new NewToken("access-2", Duration.ofHours(1), null)));

        signIn.signIn(LOGIN, shown::add, Cancellation.none());

        assertThat(oidc.calls).contains("RegisterClient msk-console [sso:account:access]",
                "StartDeviceAuthorization client-1 " + LOGIN.startUrl());
        assertThat(oidc.read(LOGIN).orElseThrow().clientId()).isEqualTo("client-1");
    }

    @Test
    void aClientRegisteredEarlierInTheRunThatIsNoLongerTakenIsReplacedOnce() {
        oidc.polls.add(new TokenPoll.Expired());
        signIn.signIn(LOGIN, shown::add, Cancellation.none());
        oidc.refuseClient = "client-1";
        oidc.nextClientId = "client-2";
        oidc.polls.add(new TokenPoll.Granted(new NewToken("access-5", Duration.ofHours(1), null)));

        assertThat(signIn.signIn(LOGIN, shown::add, Cancellation.none()).signedIn()).isTrue();

        assertThat(oidc.calls.stream().filter(call -> call.startsWith("RegisterClient"))).hasSize(2);
        assertThat(oidc.read(LOGIN).orElseThrow().clientId()).isEqualTo("client-2");
    }

    @Test
    void aClientJustRegisteredThatIsRefusedIsNotRegisteredAgain() {
        oidc.refuseClient = "client-1";

        assertThatThrownBy(() -> signIn.signIn(LOGIN, shown::add, Cancellation.none()))
                .isInstanceOf(GatewayException.class).hasMessage("invalid_client");
        assertThat(oidc.calls.stream().filter(call -> call.startsWith("RegisterClient"))).hasSize(1);
    }

    @Test
    void aCancelWhileTheCodeIsAskedForShowsNoCodeAndOpensNoBrowser() {
        Cancellation cancellation = new Cancellation();
        oidc.onStart = cancellation::cancel;

        SignInResult result = signIn.signIn(LOGIN, shown::add, cancellation);

        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.CANCELLED);
        assertThat(shown).isEmpty();
    }

    @Test
    void registersOnceForEverySignInOfTheRun() {
        oidc.polls.add(new TokenPoll.Expired());
        signIn.signIn(LOGIN, shown::add, Cancellation.none());
        oidc.polls.add(new TokenPoll.Granted(new NewToken("access-3", Duration.ofHours(1), null)));
        signIn.signIn(LOGIN, shown::add, Cancellation.none());

        assertThat(oidc.calls.stream().filter(call -> call.startsWith("RegisterClient"))).hasSize(1);
    }

    @Test
    void endsWhenTheCodeExpiresWithoutAskingPastItsLifetime() {
        oidc.codeLifetime = Duration.ofSeconds(12);

        SignInResult result = signIn.signIn(LOGIN, shown::add, Cancellation.none());

        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.EXPIRED);
        assertThat(result.message()).contains("expired");
        assertThat(oidc.calls.stream().filter(call -> call.startsWith("CreateToken"))).hasSize(2);
        assertThat(oidc.read(LOGIN)).isEmpty();
    }

    @Test
    void endsOnTheServicesExpiredAndDeniedAnswers() {
        oidc.polls.add(new TokenPoll.Expired());
        assertThat(signIn.signIn(LOGIN, shown::add, Cancellation.none()).outcome())
                .isEqualTo(SignInResult.Outcome.EXPIRED);
        oidc.polls.add(new TokenPoll.Denied("User denied the request"));
        SignInResult denied = signIn.signIn(LOGIN, shown::add, Cancellation.none());
        assertThat(denied.outcome()).isEqualTo(SignInResult.Outcome.DENIED);
        assertThat(denied.message()).contains("refused (User denied the request)");
        assertThat(oidc.read(LOGIN)).isEmpty();
    }

    @Test
    void aCancelStopsAskingAndWritesNothing() {
        Cancellation cancellation = new Cancellation();
        oidc.polls.add(new TokenPoll.Pending());
        SignInResult result = signIn.signIn(LOGIN, code -> cancellation.cancel(), cancellation);

        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.CANCELLED);
        assertThat(oidc.calls).noneMatch(call -> call.startsWith("CreateToken"));
        assertThat(oidc.read(LOGIN)).isEmpty();
    }

    @Test
    void aDroppedConnectionWhileWaitingIsAskedAgainButABrokenRequestEndsTheSignIn() {
        oidc.polls.add(new GatewayException(Failure.CONNECTION, "CreateToken", "connection reset"));
        oidc.polls.add(new TokenPoll.Granted(new NewToken("access-4", Duration.ofHours(1), null)));
        assertThat(signIn.signIn(LOGIN, shown::add, Cancellation.none()).signedIn()).isTrue();

        oidc.polls.add(new GatewayException(Failure.BAD_REQUEST, "CreateToken", "invalid client"));
        assertThatThrownBy(() -> signIn.signIn(LOGIN, shown::add, Cancellation.none()))
                .isInstanceOf(GatewayException.class).hasMessage("invalid client");
    }

    @Test
    void secretsNeverReachTheTextOfTheRecords() {
        SsoToken token = new SsoToken("https://corp.awsapps.com/start", "eu-west-1", "secret-access", START,
                "client", "secret-client-secret", START, "secret-refresh");
        DeviceCode code = new DeviceCode("secret-device-code", "ABCD-EFGH", "https://x/", null, START,
                Duration.ofSeconds(5));
        String text = token + " " + code + " " + new NewToken("secret-access", Duration.ZERO, "secret-refresh")
                + " " + new ClientRegistration("client", "secret-client-secret", START);

        assertThat(text).doesNotContain("secret-");
    }
}
