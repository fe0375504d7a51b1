package io.mskconsole.aws.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.signin.SigninWire.oauthError;
import static io.mskconsole.aws.signin.SigninWire.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.signin.SigninWire.TestClock;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.ClientRegistration;
import io.mskconsole.core.signin.DeviceCode;
import io.mskconsole.core.signin.NewToken;
import io.mskconsole.core.signin.SsoLogin;
import io.mskconsole.core.signin.TokenPoll;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sso-oidc over real HTTP: the exact requests (unsigned JSON), the answers mapped to the core's types, the
 * device-code CreateToken sent once per ask although the client would retry, and a refused refresh worded as "sign
 * in again".
 */
class OidcOverHttpTest {
    static final String START_URL = "https://d-1234567890.awsapps.com/start";
    static final SsoLogin LOGIN = SsoLogin.session("my-sso", START_URL, "us-east-1", List.of());
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    static final String CLIENT_SECRET = "dummyClientSecretForTests0001";
    static final ClientRegistration CLIENT =
            new ClientRegistration("dummyClientId-0001", CLIENT_SECRET, Instant.parse("2027-03-07T15:00:00Z"));
    static final DeviceCode CODE = new DeviceCode("dummyDeviceCode0001", "ABCD-EFGH",
            "https://device.sso.us-east-1.amazonaws.com/", null, NOW.plusSeconds(600), Duration.ofSeconds(5));
    static final String DEVICE_GRANT = "{\"grantType\": \"urn:ietf:params:oauth:grant-type:device_code\","
            + " \"deviceCode\": \"dummyDeviceCode0001\", \"clientId\": \"dummyClientId-0001\","
            + " \"clientSecret\": \"" + CLIENT_SECRET + "\"}";
    static final String REFRESH_TOKEN = "dummyRefreshTokenForTests0001";
    /** Attempts the client would make of a call it may retry: more than one, so one request proves one attempt. */
    static final int CLIENT_ATTEMPTS = 3;

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    final TestClock clock = new TestClock(NOW);
    OidcIdentityCenter oidc;

    OidcIdentityCenter oidc() {
        oidc = new OidcIdentityCenter(StubAccount.patientSettings(aws.baseUrl()).withMaxAttempts(CLIENT_ATTEMPTS),
                clock);
        return oidc;
    }

    @AfterEach
    void close() {
        if (oidc != null) {
            oidc.close();
        }
    }

    static int sentTo(String path) {
        return aws.findAll(postRequestedFor(urlEqualTo(path))).size();
    }

    @Test
    void registersAPublicClientWithTheSessionsScopes() {
        aws.stubFor(post("/client/register").willReturn(ok("{\"clientId\": \"dummyClientId-0001\", \"clientSecret\":"
                + " \"" + CLIENT_SECRET + "\", \"clientIdIssuedAt\": 1796655600, \"clientSecretExpiresAt\": 1804431600}")));

        ClientRegistration registered = oidc().registerClient(LOGIN, "msk-console", LOGIN.scopes());

        assertThat(registered).isEqualTo(CLIENT);
        aws.verify(1, postRequestedFor(urlEqualTo("/client/register"))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"clientName\": \"msk-console\", \"clientType\": \"public\","
                        + " \"scopes\": [\"sso:account:access\"]}")));
        assertThat(registered.toString()).doesNotContain(CLIENT_SECRET);
    }

    @Test
    void aLegacyLoginAsksForNoScopes() {
        aws.stubFor(post("/client/register").willReturn(ok("{\"clientId\": \"dummyClientId-0001\", \"clientSecret\":"
                + " \"" + CLIENT_SECRET + "\", \"clientSecretExpiresAt\": 1804431600}")));

        oidc().registerClient(SsoLogin.legacy(START_URL, "us-east-1"), "msk-console", List.of());

        aws.verify(1, postRequestedFor(urlEqualTo("/client/register"))
                .withRequestBody(equalToJson("{\"clientName\": \"msk-console\", \"clientType\": \"public\"}")));
    }

    @Test
    void startsTheDeviceAuthorizationForTheStartUrl() {
        aws.stubFor(post("/device_authorization").willReturn(ok("{\"deviceCode\": \"dummyDeviceCode0001\","
                + " \"userCode\": \"ABCD-EFGH\", \"verificationUri\": \"https://device.sso.us-east-1.amazonaws.com/\","
                + " \"verificationUriComplete\": \"https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH\","
                + " \"expiresIn\": 600, \"interval\": 1}")));

        DeviceCode code = oidc().startDeviceAuthorization(LOGIN, CLIENT);

        assertThat(code).isEqualTo(new DeviceCode("dummyDeviceCode0001", "ABCD-EFGH",
                "https://device.sso.us-east-1.amazonaws.com/",
                "https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH", NOW.plusSeconds(600),
                Duration.ofSeconds(1)));
        aws.verify(1, postRequestedFor(urlEqualTo("/device_authorization")).withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"clientId\": \"dummyClientId-0001\", \"clientSecret\": \""
                        + CLIENT_SECRET + "\", \"startUrl\": \"" + START_URL + "\"}")));
        assertThat(code.toString()).doesNotContain("dummyDeviceCode0001");
    }

    @Test
    void withoutAnIntervalTheDeviceCodeIsAskedAboutEveryFiveSeconds() {
        aws.stubFor(post("/device_authorization").willReturn(ok("{\"deviceCode\": \"dummyDeviceCode0001\","
                + " \"userCode\": \"ABCD-EFGH\", \"verificationUri\": \"https://device.sso.us-east-1.amazonaws.com/\","
                + " \"expiresIn\": 900}")));

        DeviceCode code = oidc().startDeviceAuthorization(LOGIN, CLIENT);

        assertThat(code.interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(code.expiresAt()).isEqualTo(NOW.plusSeconds(900));
        assertThat(code.addressToOpen()).isEqualTo("https://device.sso.us-east-1.amazonaws.com/");
    }

    @Test
    void aRefusedStartIsWordedWithTheServicesText() {
        aws.stubFor(post("/device_authorization").willReturn(oauthError(400, "InvalidRequestException",
                "invalid_request", "Invalid start URL")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> oidc().startDeviceAuthorization(LOGIN, CLIENT));

        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.getMessage()).contains("StartDeviceAuthorization in us-east-1", "Invalid start URL")
                .doesNotContain(CLIENT_SECRET);
    }

    @Test
    void pendingIsAnAnswerAskedOnce() {
        assertThat(poll(oauthError(400, "AuthorizationPendingException", "authorization_pending",
                "Authorization is still pending"))).isEqualTo(new TokenPoll.Pending());
    }

    @Test
    void slowDownIsAnAnswerAskedOnce() {
        assertThat(poll(oauthError(400, "SlowDownException", "slow_down", "Client is polling too fast")))
                .isEqualTo(new TokenPoll.SlowDown());
    }

    @Test
    void anExpiredCodeIsAnAnswerAskedOnce() {
        assertThat(poll(oauthError(400, "ExpiredTokenException", "expired_token", "Device code has expired")))
                .isEqualTo(new TokenPoll.Expired());
    }

    @Test
    void aRefusalIsAnAnswerWithTheServicesText() {
        assertThat(poll(oauthError(400, "AccessDeniedException", "access_denied", "User denied the request")))
                .isEqualTo(new TokenPoll.Denied("User denied the request"));
    }

    @Test
    void approvalGivesTheToken() {
        TokenPoll answer = poll(ok("{\"accessToken\": \"dummyAccessToken0001\", \"tokenType\": \"Bearer\","
                + " \"expiresIn\": 28800, \"refreshToken\": \"" + REFRESH_TOKEN + "\"}"));

        assertThat(answer).isEqualTo(new TokenPoll.Granted(
                new NewToken("dummyAccessToken0001", Duration.ofHours(8), REFRESH_TOKEN)));
        assertThat(answer.toString()).doesNotContain("dummyAccessToken0001", REFRESH_TOKEN);
    }

    @Test
    void aServerErrorWhileAskingIsNotRetriedByTheSdk() {
        aws.stubFor(post("/token").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "InternalServerException").withBody("{\"error\": \"server_error\"}")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> oidc().createToken(LOGIN, CLIENT, CODE));

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.isTransient()).isTrue();
        assertThat(sentTo("/token")).isEqualTo(1);
    }

    @Test
    void otherCallsAreRetriedAsTheClientSettingsSay() {
        aws.stubFor(post("/client/register").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "InternalServerException")
                .withBody("{\"error\": \"server_error\"}")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> oidc().registerClient(LOGIN, "msk-console", LOGIN.scopes()));

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(sentTo("/client/register")).isEqualTo(CLIENT_ATTEMPTS);
    }

    @Test
    void refreshSendsTheRefreshTokenGrant() {
        aws.stubFor(post("/token").willReturn(ok("{\"accessToken\": \"dummyAccessToken0002\", \"tokenType\":"
                + " \"Bearer\", \"expiresIn\": 3600, \"refreshToken\": \"dummyRefreshTokenForTests0002\"}")));

        NewToken token = oidc().refresh(LOGIN, CLIENT, REFRESH_TOKEN);

        assertThat(token).isEqualTo(new NewToken("dummyAccessToken0002", Duration.ofHours(1),
                "dummyRefreshTokenForTests0002"));
        aws.verify(1, postRequestedFor(urlEqualTo("/token")).withHeader("Authorization", absent())
                .withRequestBody(equalToJson("{\"grantType\": \"refresh_token\", \"refreshToken\": \""
                        + REFRESH_TOKEN + "\", \"clientId\": \"dummyClientId-0001\", \"clientSecret\": \""
                        + CLIENT_SECRET + "\"}")));
    }

    @Test
    void aRefusedRefreshMeansSignInAgain() {
        aws.stubFor(post("/token").willReturn(oauthError(400, "InvalidGrantException", "invalid_grant",
                "Invalid refresh token provided")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> oidc().refresh(LOGIN, CLIENT, REFRESH_TOKEN));

        assertThat(e.failure()).isEqualTo(Failure.SSO_LOGIN_REQUIRED);
        assertThat(e.operation()).isEqualTo("CreateToken");
        assertThat(e.getMessage()).contains("The sign-in to SSO session my-sso has ended", "Sign in again",
                "aws sso login --sso-session my-sso", "Invalid refresh token provided")
                .doesNotContain(REFRESH_TOKEN, CLIENT_SECRET);
        assertThat(sentTo("/token")).isEqualTo(1);
    }

    @Test
    void aRefreshThatCannotReachTheServiceIsWordedAsSuch() {
        aws.stubFor(post("/token").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "InternalServerException").withBody("{\"error\": \"server_error\"}")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> oidc().refresh(LOGIN, CLIENT, REFRESH_TOKEN));

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).contains("CreateToken in us-east-1", "IAM Identity Center")
                .doesNotContain(REFRESH_TOKEN);
    }

    @Test
    void nothingIsSentOnceClosed() {
        OidcIdentityCenter closed = oidc();
        closed.close();

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> closed.registerClient(LOGIN, "msk-console", LOGIN.scopes()));

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(aws.getAllServeEvents()).isEmpty();
    }

    /** One device-code CreateToken answered so; checks it was sent once, with the device code grant. */
    TokenPoll poll(ResponseDefinitionBuilder answer) {
        aws.stubFor(post("/token").willReturn(answer));

        TokenPoll result = oidc().createToken(LOGIN, CLIENT, CODE);

        aws.verify(1, postRequestedFor(urlEqualTo("/token")).withHeader("Authorization", absent())
                .withRequestBody(equalToJson(DEVICE_GRANT)));
        assertThat(sentTo("/token")).isEqualTo(1);
        return result;
    }
}
