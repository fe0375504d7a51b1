package io.mskconsole.aws.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.signin.SigninWire.oauthError;
import static io.mskconsole.aws.signin.SigninWire.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.signin.SigninWire.TestClock;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.DeviceSignIn;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.signin.SignInPrompt;
import io.mskconsole.core.signin.SignInResult;
import io.mskconsole.core.signin.SsoLogin;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole device sign-in (the core's {@link DeviceSignIn}) against a stub sso-oidc: the user approves after one
 * "pending" and one "slow down", the waits cost nothing (the pause moves a test clock), and the token lands in the
 * token cache file as the AWS CLI would write it.
 */
class DeviceSignInOverHttpTest {
    static final String START_URL = "https://d-1234567890.awsapps.com/start";
    static final SsoLogin LOGIN = SsoLogin.session("my-sso", START_URL, "us-east-1", List.of());
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    static final String CLIENT_SECRET = "dummyClientSecretForTests0001";
    static final String ACCESS_TOKEN = "dummyAccessTokenForTests0001";
    static final String REFRESH_TOKEN = "dummyRefreshTokenForTests0001";
    static final String ASKS = "asks for the token";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path cacheFolder;

    final TestClock clock = new TestClock(NOW);
    final List<Duration> waits = new ArrayList<>();
    final Pause pause = (duration, cancellation) -> {
        waits.add(duration);
        clock.advance(duration);
        return cancellation.isCancelled();
    };
    final List<DeviceCode> shown = new ArrayList<>();
    final List<Duration> slowedTo = new ArrayList<>();
    final SignInPrompt prompt = new SignInPrompt() {
        @Override
        public void show(DeviceCode code) {
            shown.add(code);
        }

        @Override
        public void slowedDown(Duration interval) {
            slowedTo.add(interval);
        }
    };
    OidcIdentityCenter oidc;

    @AfterEach
    void close() {
        if (oidc != null) {
            oidc.close();
        }
    }

    DeviceSignIn signIn(CliTokenCache cache) {
        oidc = new OidcIdentityCenter(StubAccount.patientSettings(aws.baseUrl()).withMaxAttempts(3), clock);
        return new DeviceSignIn(oidc, cache, clock, pause);
    }

    void stubTheService() {
        aws.stubFor(post("/client/register").willReturn(ok("{\"clientId\": \"dummyClientId-0001\", \"clientSecret\":"
                + " \"" + CLIENT_SECRET + "\", \"clientIdIssuedAt\": 1796655600, \"clientSecretExpiresAt\": 1804431600}")));
        aws.stubFor(post("/device_authorization").willReturn(ok("{\"deviceCode\": \"dummyDeviceCode0001\","
                + " \"userCode\": \"ABCD-EFGH\", \"verificationUri\": \"https://device.sso.us-east-1.amazonaws.com/\","
                + " \"verificationUriComplete\": \"https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH\","
                + " \"expiresIn\": 600, \"interval\": 5}")));
        aws.stubFor(post("/token").inScenario(ASKS).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(oauthError(400, "AuthorizationPendingException", "authorization_pending", "Pending"))
                .willSetStateTo("asked once"));
        aws.stubFor(post("/token").inScenario(ASKS).whenScenarioStateIs("asked once")
                .willReturn(oauthError(400, "SlowDownException", "slow_down", "Client is polling too fast"))
                .willSetStateTo("approved"));
        aws.stubFor(post("/token").inScenario(ASKS).whenScenarioStateIs("approved")
                .willReturn(ok("{\"accessToken\": \"" + ACCESS_TOKEN + "\", \"tokenType\": \"Bearer\","
                        + " \"expiresIn\": 28800, \"refreshToken\": \"" + REFRESH_TOKEN + "\"}")));
    }

    static int sentTo(String path) {
        return aws.findAll(postRequestedFor(urlEqualTo(path))).size();
    }

    @Test
    void signsInAfterPendingAndSlowDownAndWritesTheTokenCacheFile() throws IOException {
        stubTheService();
        CliTokenCache cache = new CliTokenCache(cacheFolder.resolve("sso/cache"));

        SignInResult result = signIn(cache).signIn(LOGIN, prompt, Cancellation.none());

        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.SIGNED_IN);
        assertThat(shown).extracting(DeviceCode::userCode).containsExactly("ABCD-EFGH");
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(slowedTo).containsExactly(Duration.ofSeconds(10));
        assertThat(sentTo("/client/register")).isEqualTo(1);
        assertThat(sentTo("/device_authorization")).isEqualTo(1);
        assertThat(sentTo("/token")).isEqualTo(3);

        Path file = cacheFolder.resolve("sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json");
        JsonNode written = new ObjectMapper().readTree(file.toFile());
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("startUrl", "region", "accessToken", "expiresAt", "clientId",
                "clientSecret", "registrationExpiresAt", "refreshToken");
        assertThat(written.get("startUrl").asText()).isEqualTo(START_URL);
        assertThat(written.get("region").asText()).isEqualTo("us-east-1");
        assertThat(written.get("accessToken").asText()).isEqualTo(ACCESS_TOKEN);
        // granted 20 seconds in (5 + 5 + 10 of waiting), for 8 hours
        assertThat(written.get("expiresAt").asText()).isEqualTo("2026-12-07T23:00:20Z");
        assertThat(written.get("clientId").asText()).isEqualTo("dummyClientId-0001");
        assertThat(written.get("clientSecret").asText()).isEqualTo(CLIENT_SECRET);
        assertThat(written.get("registrationExpiresAt").asText()).isEqualTo("2027-03-07T15:00:00Z");
        assertThat(written.get("refreshToken").asText()).isEqualTo(REFRESH_TOKEN);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void signingInAgainInTheSameRunReusesItsClientButNotTheOneInTheCacheFile() {
        stubTheService();
        CliTokenCache cache = new CliTokenCache(cacheFolder.resolve("sso/cache"));
        DeviceSignIn run = signIn(cache);
        run.signIn(LOGIN, prompt, Cancellation.none());
        SignInResult again = run.signIn(LOGIN, prompt, Cancellation.none());

        assertThat(again.signedIn()).isTrue();
        assertThat(sentTo("/client/register")).isEqualTo(1);
        assertThat(sentTo("/device_authorization")).isEqualTo(2);

        // the file's client may be the AWS CLI's authorization-code client, which cannot ask for device codes
        oidc.close();
        assertThat(signIn(cache).signIn(LOGIN, prompt, Cancellation.none()).signedIn()).isTrue();
        assertThat(sentTo("/client/register")).isEqualTo(2);
    }
}
