package io.mskconsole.aws.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.HomeProbe;
import io.mskconsole.aws.StubAccount;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials are fetched once per account, however many regions and calls ask at once: one GetRoleCredentials for
 * an SSO profile, one AssumeRole for a role profile, one run of
 * a profile's credential_process, under a burst of 24 calls over 8 regions. (Desktop tools that
 * fetched them per call have had IAM Identity Center rate-limit a whole office.) A login renewed in the token cache
 * (as by {@code aws sso login}) is used by the open account at its next call. The SDK reads the SSO token cache under
 * $HOME, so each case runs in a child JVM with a temporary HOME.
 */
class CredentialFetchesTest {
    static final int CALLS = CredentialBurstProbe.REGIONS.size() * CredentialBurstProbe.CALLS_PER_REGION;

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;

    @BeforeEach
    void account() throws Exception {
        StubAccount.write(home.resolve(".aws/config"), """
                [profile team-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = MskAdmin
                region = us-east-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1

                [profile team-role]
                role_arn = arn:aws:iam::111122223333:role/MskAdmin
                source_profile = base
                region = us-east-1

                [profile base]
                region = us-east-1

                [profile team-process]
                credential_process = PROCESS
                region = us-east-1
                """.replace("PROCESS", home.resolve("credentials.sh").toString()));
        StubAccount.write(home.resolve("credentials.sh"), "#!/bin/sh\necho run >> '" + home.resolve("process-runs")
                + "'\nprintf '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESSTESTS0001\", \"SecretAccessKey\": "
                + "\"processSecret\"}'\n");
        home.resolve("credentials.sh").toFile().setExecutable(true);
        StubAccount.write(home.resolve(".aws/credentials"), """
                [base]
                aws_access_key_id = AKIDBASEFORTESTS0001
                aws_secret_access_key = baseSecretForTestsOnly
                """);
        StubAccount.write(home.resolve(".aws/sso/cache/" + HomeProbe.tokenCacheName("corp")), """
                {"startUrl": "https://corp.awsapps.com/start", "region": "us-east-1", "accessToken": "sso-token",
                 "expiresAt": "2099-01-01T00:00:00Z"}""");
        aws.stubFor(get(urlPathEqualTo("/federation/credentials")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"roleCredentials": {"accessKeyId": "ASIASSOFORTESTS00001", "secretAccessKey": "ssoSecret",
                         "sessionToken": "sso-session-token", "expiration": 4102444800000}}""")));
        aws.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
                        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <AssumeRoleResult>
                            <Credentials>
                              <AccessKeyId>ASIAROLEFORTESTS0001</AccessKeyId>
                              <SecretAccessKey>roleSecret</SecretAccessKey>
                              <SessionToken>role-session-token</SessionToken>
                              <Expiration>2099-01-01T00:00:00Z</Expiration>
                            </Credentials>
                            <AssumedRoleUser>
                              <AssumedRoleId>AROAFORTESTS:burst</AssumedRoleId>
                              <Arn>arn:aws:sts::111122223333:assumed-role/MskAdmin/burst</Arn>
                            </AssumedRoleUser>
                          </AssumeRoleResult>
                          <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
                        </AssumeRoleResponse>""")));
        aws.stubFor(get(urlPathEqualTo("/api/v2/clusters")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"clusterInfoList\": []}")));
    }

    @Test
    void anSsoAccountFetchesItsRoleCredentialsOnceForABurstOverManyRegions() throws Exception {
        assertThat(burst("team-sso")).isEqualTo("OK " + CALLS);

        aws.verify(1, getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withQueryParam("account_id", equalTo("111122223333")).withQueryParam("role_name", equalTo("MskAdmin"))
                .withHeader("x-amz-sso_bearer_token", equalTo("sso-token")));
        aws.verify(CALLS, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=ASIASSOFORTESTS00001/.*")));
    }

    @Test
    void aRoleAccountAssumesItsRoleOnceForABurstOverManyRegions() throws Exception {
        assertThat(burst("team-role")).isEqualTo("OK " + CALLS);

        aws.verify(1, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole")));
        aws.verify(CALLS, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=ASIAROLEFORTESTS0001/.*")));
    }

    @Test
    void aRenewedSsoLoginIsPickedUpWithoutReopeningTheAccount() throws Exception {
        Path cache = home.resolve(".aws/sso/cache/" + HomeProbe.tokenCacheName("corp"));
        Path renewed = home.resolve("renewed-token.json");
        StubAccount.write(renewed, java.nio.file.Files.readString(cache));
        StubAccount.write(cache, """
                {"startUrl": "https://corp.awsapps.com/start", "region": "us-east-1", "accessToken": "old-token",
                 "expiresAt": "2020-01-01T00:00:00Z"}""");

        String output = HomeProbe.run(RenewedLoginProbe.class, home, aws.getPort(), "team-sso", renewed.toString(),
                cache.toString());

        assertThat(output.lines()).containsExactly("SSO_LOGIN_REQUIRED", "OK");
        aws.verify(1, getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withHeader("x-amz-sso_bearer_token", equalTo("sso-token")));
    }

    @Test
    void aCredentialProcessProfileRunsItsProcessOnceForABurst() throws Exception {
        assertThat(burst("team-process")).isEqualTo("OK " + CALLS);

        assertThat(java.nio.file.Files.readAllLines(home.resolve("process-runs"))).containsExactly("run");
        aws.verify(CALLS, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=AKIDPROCESSTESTS0001/.*")));
    }

    private String burst(String profile) throws Exception {
        return HomeProbe.run(CredentialBurstProbe.class, home, aws.getPort(), profile).strip();
    }
}
