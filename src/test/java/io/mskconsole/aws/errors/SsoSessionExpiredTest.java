package io.mskconsole.aws.errors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.HomeProbe;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * SSO profiles whose session has ended. The SDK reads its token cache under $HOME/.aws/sso/cache, so the real
 * thing runs in a child JVM with a temporary HOME; the in-process test uses the exception the SDK raised there.
 */
class SsoSessionExpiredTest {
    /** What SsoAccessTokenProvider (SDK 2.41) throws for a legacy SSO profile whose cached token has expired. */
    static final String SDK_SSO_EXPIRED_CLASS = "software.amazon.awssdk.services.sso.auth.ExpiredTokenException";
    static final String SDK_SSO_EXPIRED_TEXT = "The SSO session associated with this profile has expired or is"
            + " otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.";

    @RegisterExtension
    static WireMockExtension stub = StubAccount.localMsk();

    @TempDir
    Path home;

    @Test
    void expiredSsoSessionsInARealTokenCacheAskForSsoLogin() throws Exception {
        StubAccount.write(home.resolve(".aws/config"), """
                [profile legacy]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = MskAdmin
                region = us-east-1

                [profile never-signed-in]
                sso_session = nobody
                sso_account_id = 111122223333
                sso_role_name = MskAdmin

                [profile refresh-refused]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = MskAdmin

                [sso-session nobody]
                sso_start_url = https://nobody.awsapps.com/start
                sso_region = us-east-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """);
        StubAccount.write(home.resolve(".aws/credentials"), "");
        StubAccount.write(home.resolve(".aws/sso/cache/" + HomeProbe.tokenCacheName("https://example.awsapps.com/start")),
                "{\"startUrl\": \"https://example.awsapps.com/start\", \"region\": \"us-east-1\","
                        + " \"accessToken\": \"expired-token\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}");
        StubAccount.write(home.resolve(".aws/sso/cache/" + HomeProbe.tokenCacheName("corp")), """
                {"startUrl": "https://corp.awsapps.com/start", "region": "us-east-1", "accessToken": "expired-token",
                 "expiresAt": "2020-01-01T00:00:00Z", "refreshToken": "refresh-token", "clientId": "client-id",
                 "clientSecret": "client-secret", "registrationExpiresAt": "2099-01-01T00:00:00Z"}""");
        stub.stubFor(post(urlPathEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "InvalidGrantException")
                .withBody("{\"error\": \"invalid_grant\", \"error_description\": \"Invalid refresh token provided\"}")));

        Map<String, String[]> results = runProbe("legacy", "never-signed-in", "refresh-refused");

        // the app's own IAM Identity Center reads the AWS CLI's cache and says what ended, in the app's words
        assertThat(results.get("legacy")).containsExactly("legacy", "SSO_LOGIN_REQUIRED",
                "ListClustersV2 in us-east-1 (profile legacy) failed: the SSO session of profile legacy has expired or"
                        + " is not valid; press Sign in, or run `msk-console login --profile legacy` or `aws sso login "
                        + "--profile legacy`, then try again.",
                GatewayException.class.getName(), "The sign-in to https://example.awsapps.com/start has expired: press "
                        + "Sign in, or run `msk-console login --profile PROFILE` or `aws sso login --profile PROFILE` "
                        + "(PROFILE: one with sso_start_url https://example.awsapps.com/start), then try again.");
        assertThat(results.get("never-signed-in")).startsWith("never-signed-in", "SSO_LOGIN_REQUIRED");
        assertThat(results.get("never-signed-in")[2]).contains("`aws sso login --profile never-signed-in`");
        assertThat(results.get("never-signed-in")[4]).isEqualTo("The SSO session nobody is not signed in: press Sign "
                + "in, or run `msk-console login --profile PROFILE` or `aws sso login --sso-session nobody`, then try "
                + "again.");
        assertThat(results.get("refresh-refused")).startsWith("refresh-refused", "SSO_LOGIN_REQUIRED");
        assertThat(results.get("refresh-refused")[2]).contains("has expired or is not valid",
                "`aws sso login --profile refresh-refused`");
        assertThat(results.get("refresh-refused")[4]).startsWith("The SSO session corp has ended and could not be "
                + "renewed");
        stub.verify(1, postRequestedFor(urlPathEqualTo("/token"))
                .withRequestBody(equalToJson("{\"grantType\": \"refresh_token\", \"refreshToken\": \"refresh-token\","
                        + " \"clientId\": \"client-id\", \"clientSecret\": \"client-secret\"}", true, true)));
        stub.verify(0, anyRequestedFor(urlPathMatching("/api/v2/clusters.*")));
    }

    @Test
    void theSdksSsoExpiryInProcessAsksForSsoLoginAndSendsNothing() {
        assertThat(software.amazon.awssdk.services.sso.auth.ExpiredTokenException.class.getName())
                .isEqualTo(SDK_SSO_EXPIRED_CLASS);
        AwsCredentialsProvider expiredSso = () -> {
            throw software.amazon.awssdk.services.sso.auth.ExpiredTokenException.builder()
                    .message(SDK_SSO_EXPIRED_TEXT).build();
        };
        StubAccount.write(home.resolve("config"), """
                [profile dev-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = MskAdmin
                region = eu-west-1
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                """);
        var profiles = AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"), Map.of(),
                StubAccount.settings(stub.baseUrl()).withCredentialsOverride(expiredSso));

        LogDelivery draft = LogDelivery.NONE.withS3(S3Destination.to("msk-broker-logs", "dev"));
        var update = new LogDeliveryUpdate(profiles.open("dev-sso").clusters("eu-west-1"), Duration.ofMillis(10));

        assertThatThrownBy(() -> update.apply(MskJson.ARN, LoggingInfo.of(draft), true, ApplyProgress.IGNORE, Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.SSO_LOGIN_REQUIRED);
                    assertThat(e.operation()).isEqualTo("DescribeClusterV2");
                    assertThat(e.getMessage()).isEqualTo("DescribeClusterV2 of cluster " + MskJson.ARN + " in eu-west-1"
                            + " (profile dev-sso) failed: the SSO session of profile dev-sso has expired or is not"
                            + " valid; press Sign in, or run `msk-console login --profile dev-sso` or `aws sso login "
                            + "--profile dev-sso`, then try again.");
                    assertThat(e.isTransient()).isFalse();
                });
        assertThat(draft).isEqualTo(new LogDelivery(null, new S3Destination(true, "msk-broker-logs", "dev"), null));
        stub.verify(0, anyRequestedFor(anyUrl()));
    }

    private Map<String, String[]> runProbe(String... profiles) throws Exception {
        String output = HomeProbe.run(SsoProbe.class, home, stub.getPort(), profiles);
        Map<String, String[]> results = new LinkedHashMap<>();
        output.lines().map(line -> line.split("\t")).forEach(fields -> results.put(fields[0], fields));
        assertThat(results).as(output).containsOnlyKeys(profiles);
        return results;
    }
}
