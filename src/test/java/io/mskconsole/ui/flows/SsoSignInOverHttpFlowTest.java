package io.mskconsole.ui.flows;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.mskconsole.ui.flows.Flows.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.app.windows.DesktopWindows;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.SsoStubAccount;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.sandbox.SandboxSession;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.FxTaskExecutor;
import io.mskconsole.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the issue asks for, in the window, over HTTP to a stub speaking sso-oidc, the access portal and MSK: a user
 * with only an SSO profile and no earlier sign-in opens the app, sees the account signed out, signs in from the bar
 * (the device code asked for until approved, the token written to the AWS CLI's cache), sees the clusters, then opens
 * an account the sign-in grants that no profile names and sees its clusters too. The sign-in's waits move a test
 * clock.
 */
@ExtendWith(ApplicationExtension.class)
class SsoSignInOverHttpFlowTest {
    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    static Path home;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    private ShellViewModel shell;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Start
    void start(Stage stage) {
        AwsProfileDirectory profiles = SsoStubAccount.profiles(home, aws.baseUrl(), clock);
        DesktopWindows.Built desktop = DesktopWindows.builder(stage, new Accounts(profiles, SandboxSession::open),
                        new FakeAccounts(), executor).dialogs(window -> new RecordingDialogs())
                .forced(Account.profile("dev-sso"), "us-east-1").build();
        shell = desktop.shell();
        desktop.window().show();
        stage.requestFocus();
    }

    /** After the extensions' own (WireMock empties its stubs before each test; the window starts before that). */
    @BeforeEach
    void stubs() {
        aws.stubFor(post(urlEqualTo("/client/register")).willReturn(json("{\"clientId\": \"client-1\", "
                + "\"clientSecret\": \"client-secret\", \"clientSecretExpiresAt\": "
                + clock.instant().plus(Duration.ofDays(90)).getEpochSecond() + "}")));
        aws.stubFor(post(urlEqualTo("/device_authorization")).willReturn(json("{\"deviceCode\": \"device-1\", "
                + "\"userCode\": \"WDJB-MJHT\", \"verificationUri\": \"https://device.sso.us-east-1.amazonaws.com/\", "
                + "\"verificationUriComplete\": \"https://device.sso.us-east-1.amazonaws.com/?user_code=WDJB-MJHT\", "
                + "\"expiresIn\": 600, \"interval\": 5}")));
        aws.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"accessToken\": \"access-1\", \"tokenType\": "
                + "\"Bearer\", \"expiresIn\": 28800, \"refreshToken\": \"refresh-1\"}")));
        aws.stubFor(get(urlPathEqualTo("/assignment/accounts")).willReturn(json("{\"accountList\": [{\"accountId\": "
                + "\"222233334444\", \"accountName\": \"Payments\", \"emailAddress\": \"pay@example.com\"}]}")));
        aws.stubFor(get(urlPathEqualTo("/assignment/roles")).willReturn(json("{\"roleList\": [{\"roleName\": "
                + "\"MskAdmin\", \"accountId\": \"222233334444\"}]}")));
        aws.stubFor(get(urlPathEqualTo("/federation/credentials")).willReturn(json("{\"roleCredentials\": {"
                + "\"accessKeyId\": \"ASIAGRANTEDFORTESTS1\", \"secretAccessKey\": \"secret\", \"sessionToken\": "
                + "\"session\", \"expiration\": " + clock.instant().plus(Duration.ofHours(1)).toEpochMilli() + "}}")));
        aws.stubFor(get(urlPathEqualTo("/api/v2/clusters")).willReturn(json("{\"clusterInfoList\": ["
                + MskJson.provisioned(MskJson.ARN, "orders", "K1", "ACTIVE", "kafka.m5.large") + "]}")));
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static boolean signInWindowOpen() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("Sign in to SSO session corp"));
    }

    @Test
    void anSsoProfileNeverSignedInSignsInSeesItsClustersAndThoseOfAGrantedAccount(FxRobot robot) throws Exception {
        waitUntil(() -> visible(robot, "#signedOutNotice"));
        assertThat(Flows.text(robot, "#signedOutNotice"))
                .contains("The SSO session of profile dev-sso is not signed in or has ended");
        waitUntil(() -> visible(robot, "#signedOutSignIn"));

        Button signIn = robot.lookup("#signedOutSignIn").queryButton();
        robot.interact(signIn::fire);
        waitUntil(() -> !signInWindowOpen() && !visible(robot, "#signedOutNotice"));

        assertThat(Files.readString(home.resolve("sso-cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json")))
                .contains("\"accessToken\": \"access-1\"");
        waitUntil(() -> Flows.text(robot, "#statusLabel").startsWith("1 cluster"));
        aws.verify(getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withQueryParam("account_id", equalTo("111122223333")));

        Account payments = Account.profile("dev-sso").withRole(new AccountRole("222233334444", "MskAdmin", ""));
        waitUntil(() -> shell.accountChoices().contains(payments));
        robot.interact(() -> shell.accountProperty().set(payments));
        waitUntil(() -> shell.shownProperty().get() != null && payments.equals(shell.shownProperty().get().account()));
        waitUntil(() -> Flows.text(robot, "#statusLabel").startsWith("1 cluster"));
        aws.verify(1, getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withQueryParam("account_id", equalTo("222233334444")).withQueryParam("role_name", equalTo("MskAdmin"))
                .withHeader("x-amz-sso_bearer_token", equalTo("access-1")));
        aws.verify(getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=ASIAGRANTEDFORTESTS1/.*")));
    }
}
