package io.mskconsole.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.SsoStubAccount;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.cli.CliEnvironment;
import io.mskconsole.cli.MskConsoleCli;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-in commands on the real adapters, over HTTP to a stub speaking sso-oidc, the access portal and MSK: an SSO
 * profile that never signed in logs in (the device code asked for until approved, the waits costing nothing), lists
 * the accounts and roles its sign-in grants, works in a granted account that has no profile of its own, and logs out;
 * the token lands in the token cache as the AWS CLI keeps it, and no token or secret is ever printed.
 */
class HeadlessSignInOverHttpTest {
    static final String ACCESS_TOKEN = "aoaAccessTokenForTests0001";
    static final String REFRESH_TOKEN = "aorRefreshTokenForTests0001";
    static final String CLIENT_SECRET = "clientSecretForTests0001";
    static final String DEVICE_CODE = "deviceCodeForTests0001";
    static final String ROLE_SECRET = "roleSecretKeyForTests0001";
    static final String ROLE_SESSION_TOKEN = "roleSessionTokenForTests0001";
    static final List<String> SECRETS = List.of(ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, DEVICE_CODE, ROLE_SECRET,
            ROLE_SESSION_TOKEN);

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    Path cacheFolder;
    CliEnvironment env;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @BeforeEach
    void account() {
        cacheFolder = home.resolve("sso-cache");
        AwsProfileDirectory profiles = SsoStubAccount.profiles(home, aws.baseUrl(), clock);
        env = new CliEnvironment(new Accounts(profiles, SandboxSession::open), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                home, Duration.ofMillis(5), null);

        aws.stubFor(post(urlEqualTo("/client/register")).willReturn(json("{\"clientId\": \"client-1\", "
                + "\"clientSecret\": \"" + CLIENT_SECRET + "\", \"clientIdIssuedAt\": 1796655600, "
                + "\"clientSecretExpiresAt\": " + clock.instant().plus(Duration.ofDays(90)).getEpochSecond() + "}")));
        aws.stubFor(post(urlEqualTo("/device_authorization")).willReturn(json("{\"deviceCode\": \"" + DEVICE_CODE
                + "\", \"userCode\": \"WDJB-MJHT\", \"verificationUri\": \"https://device.sso.us-east-1.amazonaws.com/\","
                + " \"verificationUriComplete\": \"https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT\","
                + " \"expiresIn\": 600, \"interval\": 5}")));
        aws.stubFor(post(urlEqualTo("/token")).inScenario("approval").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "AuthorizationPendingException")
                        .withBody("{\"error\": \"authorization_pending\"}")).willSetStateTo("approved"));
        aws.stubFor(post(urlEqualTo("/token")).inScenario("approval").whenScenarioStateIs("approved")
                .willReturn(json("{\"accessToken\": \"" + ACCESS_TOKEN + "\", \"tokenType\": \"Bearer\", "
                        + "\"expiresIn\": 28800, \"refreshToken\": \"" + REFRESH_TOKEN + "\"}")));
        aws.stubFor(get(urlPathEqualTo("/assignment/accounts")).willReturn(json("{\"accountList\": ["
                + "{\"accountId\": \"222233334444\", \"accountName\": \"Payments\", \"emailAddress\": \"pay@example.com\"},"
                + "{\"accountId\": \"111122223333\", \"accountName\": \"Analytics\", \"emailAddress\": \"an@example.com\"}]}")));
        aws.stubFor(get(urlPathEqualTo("/assignment/roles")).willReturn(json("{\"roleList\": ["
                + "{\"roleName\": \"MskAdmin\", \"accountId\": \"x\"}, {\"roleName\": \"ReadOnly\", \"accountId\": \"x\"}]}")));
        aws.stubFor(get(urlPathEqualTo("/federation/credentials")).willReturn(json("{\"roleCredentials\": {"
                + "\"accessKeyId\": \"ASIAGRANTEDFORTESTS1\", \"secretAccessKey\": \"" + ROLE_SECRET + "\", "
                + "\"sessionToken\": \"" + ROLE_SESSION_TOKEN + "\", \"expiration\": "
                + clock.instant().plus(Duration.ofHours(1)).toEpochMilli() + "}}")));
        aws.stubFor(get(urlPathEqualTo("/api/v2/clusters")).willReturn(json("{\"clusterInfoList\": []}")));
        aws.stubFor(post(urlEqualTo("/logout")).willReturn(aResponse().withStatus(200)));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        int code = MskConsoleCli.run(args, env);
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(SECRETS).as("no token, secret or credential is printed").noneMatch(printed::contains);
        return code;
    }

    @Test
    void loginListTheGrantedAccountsWorkInOneWithoutAProfileThenLogout() throws Exception {
        assertThat(run("login", "--profile", "dev-sso", "--no-browser")).as(err.toString()).isZero();

        assertThat(err.toString()).contains("Signing in to SSO session corp.",
                "https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT", "code WDJB-MJHT",
                "Signed in to SSO session corp.");
        aws.verify(1, postRequestedFor(urlEqualTo("/client/register")).withRequestBody(equalToJson(
                "{\"clientName\": \"msk-console\", \"clientType\": \"public\", \"scopes\": [\"sso:account:access\"]}")));
        aws.verify(1, postRequestedFor(urlEqualTo("/device_authorization")).withRequestBody(equalToJson(
                "{\"clientId\": \"client-1\", \"clientSecret\": \"" + CLIENT_SECRET + "\", "
                        + "\"startUrl\": \"https://corp.awsapps.com/start\"}")));
        aws.verify(2, postRequestedFor(urlEqualTo("/token")).withRequestBody(equalToJson("{\"grantType\": "
                + "\"urn:ietf:params:oauth:grant-type:device_code\", \"deviceCode\": \"" + DEVICE_CODE + "\", "
                + "\"clientId\": \"client-1\", \"clientSecret\": \"" + CLIENT_SECRET + "\"}")));
        Path cached = cacheFolder.resolve("ee0bfd2552fbd840c02cc48b6e823320543c450f.json");
        assertThat(Files.readString(cached)).contains("\"accessToken\": \"" + ACCESS_TOKEN + "\"",
                "\"startUrl\": \"https://corp.awsapps.com/start\"", "\"refreshToken\": \"" + REFRESH_TOKEN + "\"");

        assertThat(run("accounts", "--profile", "dev-sso", "--format", "json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"accountId\" : \"111122223333\"", "\"accountName\" : \"Analytics\"",
                "\"roles\" : [ \"MskAdmin\", \"ReadOnly\" ]");
        assertThat(err.toString()).contains("2 accounts, 4 roles through SSO session corp.");
        aws.verify(1, getRequestedFor(urlPathEqualTo("/assignment/accounts"))
                .withHeader("x-amz-sso_bearer_token", equalTo(ACCESS_TOKEN)));

        assertThat(run("clusters", "--profile", "dev-sso", "--account", "222233334444", "--role", "MskAdmin"))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("in us-east-1 (account 222233334444 · MskAdmin through profile dev-sso)");
        aws.verify(1, getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withQueryParam("account_id", equalTo("222233334444")).withQueryParam("role_name", equalTo("MskAdmin"))
                .withHeader("x-amz-sso_bearer_token", equalTo(ACCESS_TOKEN)));
        aws.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=ASIAGRANTEDFORTESTS1/.*")));

        assertThat(run("logout", "--profile", "dev-sso")).as(err.toString()).isZero();
        aws.verify(1, postRequestedFor(urlEqualTo("/logout")).withHeader("x-amz-sso_bearer_token",
                equalTo(ACCESS_TOKEN)));
        assertThat(cached).doesNotExist();
        assertThat(run("accounts", "--profile", "dev-sso")).isEqualTo(2);
        assertThat(err.toString()).contains("SSO session corp is not signed in");
    }

    @Test
    void withEveryLibraryLoggingAllItSendsAndGetsTheLogHoldsNoTokenOrSecret() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level before = root.getLevel();
        StringBuilder log = new StringBuilder();
        io.mskconsole.app.logs.LogLineFormat format = new io.mskconsole.app.logs.LogLineFormat();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public synchronized void publish(java.util.logging.LogRecord record) {
                log.append(format.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(java.util.logging.Level.ALL);
        root.setLevel(java.util.logging.Level.ALL);
        root.addHandler(capture);
        try {
            assertThat(run("login", "--profile", "dev-sso", "--no-browser")).isZero();
            assertThat(run("clusters", "--profile", "dev-sso", "--account", "222233334444", "--role", "MskAdmin"))
                    .isZero();
            assertThat(run("logout", "--profile", "dev-sso")).isZero();
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }

        assertThat(log).as("the SDK's request logging reached the log").contains("/device_authorization");
        assertThat(SECRETS).noneMatch(secret -> log.toString().contains(secret));
    }

    @Test
    void aRefusedApprovalExitsOneAndWritesNothing() {
        aws.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "AccessDeniedException")
                .withBody("{\"error\": \"access_denied\", \"error_description\": \"User denied\"}")));

        assertThat(run("login", "--profile", "dev-sso", "--no-browser")).isEqualTo(1);

        assertThat(err.toString()).contains("The sign-in was refused");
        assertThat(cacheFolder.resolve("ee0bfd2552fbd840c02cc48b6e823320543c450f.json")).doesNotExist();
    }
}
