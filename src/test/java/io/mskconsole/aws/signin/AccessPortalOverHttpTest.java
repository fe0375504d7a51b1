package io.mskconsole.aws.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.mskconsole.aws.signin.SigninWire.ok;
import static io.mskconsole.aws.signin.SigninWire.portalError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.PortalAccount;
import io.mskconsole.core.signin.SsoLogin;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The AWS access portal over real HTTP: every page of the accounts and roles, sign-out, the access token in the
 * bearer header only, and a token the portal no longer takes worded as "sign in again" without quoting it.
 */
class AccessPortalOverHttpTest {
    static final SsoLogin LOGIN =
            SsoLogin.session("my-sso", "https://d-1234567890.awsapps.com/start", "us-east-1", List.of());
    static final String TOKEN = "aoaAAAAAGdummyAccessTokenForTests0001";
    static final String BEARER = "x-amz-sso_bearer_token";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    AccessPortal portal;

    AccessPortal portal() {
        portal = new AccessPortal(StubAccount.patientSettings(aws.baseUrl()).withMaxAttempts(3));
        return portal;
    }

    @AfterEach
    void close() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void listsEveryPageOfAccounts() {
        aws.stubFor(get(urlPathEqualTo("/assignment/accounts")).withQueryParam("next_token", absent())
                .willReturn(ok("{\"accountList\": [{\"accountId\": \"111122223333\", \"accountName\": \"prod\","
                        + " \"emailAddress\": \"prod@example.com\"}], \"nextToken\": \"page-2\"}")));
        aws.stubFor(get(urlPathEqualTo("/assignment/accounts")).withQueryParam("next_token", equalTo("page-2"))
                .willReturn(ok("{\"accountList\": [{\"accountId\": \"444455556666\", \"accountName\": \"dev\"}]}")));

        List<PortalAccount> accounts = portal().accounts(LOGIN, TOKEN);

        assertThat(accounts).containsExactly(new PortalAccount("111122223333", "prod", "prod@example.com"),
                new PortalAccount("444455556666", "dev", ""));
        aws.verify(2, getRequestedFor(urlPathEqualTo("/assignment/accounts")).withHeader(BEARER, equalTo(TOKEN))
                .withHeader("Authorization", absent()));
        aws.verify(1, getRequestedFor(urlPathEqualTo("/assignment/accounts"))
                .withQueryParam("next_token", equalTo("page-2")));
    }

    @Test
    void listsEveryPageOfAnAccountsRoles() {
        aws.stubFor(get(urlPathEqualTo("/assignment/roles")).withQueryParam("account_id", equalTo("111122223333"))
                .withQueryParam("next_token", absent())
                .willReturn(ok("{\"roleList\": [{\"roleName\": \"MskAdmin\", \"accountId\": \"111122223333\"}],"
                        + " \"nextToken\": \"roles-2\"}")));
        aws.stubFor(get(urlPathEqualTo("/assignment/roles")).withQueryParam("account_id", equalTo("111122223333"))
                .withQueryParam("next_token", equalTo("roles-2"))
                .willReturn(ok("{\"roleList\": [{\"roleName\": \"ReadOnly\", \"accountId\": \"111122223333\"}]}")));

        List<String> roles = portal().roles(LOGIN, TOKEN, "111122223333");

        assertThat(roles).containsExactly("MskAdmin", "ReadOnly");
        aws.verify(2, getRequestedFor(urlPathEqualTo("/assignment/roles")).withHeader(BEARER, equalTo(TOKEN))
                .withQueryParam("account_id", equalTo("111122223333")));
    }

    @Test
    void logsOut() {
        aws.stubFor(post(urlEqualTo("/logout")).willReturn(ok("")));

        portal().logout(LOGIN, TOKEN);

        aws.verify(1, postRequestedFor(urlEqualTo("/logout")).withHeader(BEARER, equalTo(TOKEN))
                .withHeader("Authorization", absent()));
    }

    @Test
    void aTokenThePortalNoLongerTakesMeansSignInAgain() {
        aws.stubFor(get(urlPathEqualTo("/assignment/accounts")).willReturn(
                portalError(401, "UnauthorizedException", "Session token not found or invalid")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> portal().accounts(LOGIN, TOKEN));

        assertThat(e.failure()).isEqualTo(Failure.SSO_LOGIN_REQUIRED);
        assertThat(e.operation()).isEqualTo("ListAccounts");
        assertThat(e.getMessage()).contains("ListAccounts in us-east-1", "the sign-in to SSO session my-sso has ended",
                "Session token not found or invalid", "aws sso login --sso-session my-sso");
        assertNoToken(e);
    }

    @Test
    void anyUnauthorizedAnswerMeansSignInAgain() {
        aws.stubFor(post(urlEqualTo("/logout")).willReturn(portalError(401, "SomethingNew", "Token revoked")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> portal().logout(LOGIN, TOKEN));

        assertThat(e.failure()).isEqualTo(Failure.SSO_LOGIN_REQUIRED);
        assertNoToken(e);
    }

    @Test
    void otherFailuresAreWordedForThePortal() {
        aws.stubFor(get(urlPathEqualTo("/assignment/roles")).willReturn(
                portalError(400, "InvalidRequestException", "Invalid account id")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> portal().roles(LOGIN, TOKEN, "not-an-account"));

        assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
        assertThat(e.getMessage()).contains("ListAccountRoles in us-east-1", "the AWS access portal",
                "Invalid account id");
        assertNoToken(e);
    }

    @Test
    void anUnreachablePortalIsAConnectionFailureNamingTheHost() {
        AccessPortal nowhere = new AccessPortal(StubAccount.settings("http://127.0.0.1:1"));
        try {
            GatewayException e = catchThrowableOfType(GatewayException.class, () -> nowhere.accounts(LOGIN, TOKEN));

            assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
            assertThat(e.getMessage()).contains("127.0.0.1:1");
            assertNoToken(e);
        } finally {
            nowhere.close();
        }
    }

    /** Neither the message nor anything in the cause chain shows the access token. */
    static void assertNoToken(GatewayException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
            assertThat(t.toString()).doesNotContain(TOKEN);
        }
    }
}
