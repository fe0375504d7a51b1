package io.mskconsole.aws.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.signin.AccessPortal;
import io.mskconsole.aws.signin.CliTokenCache;
import io.mskconsole.aws.signin.OidcIdentityCenter;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.concurrent.Pause;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staying signed in past the token's hour, over HTTP: an access token within 15 minutes of expiry is renewed once
 * with its refresh token (and the renewal written to the AWS CLI's cache) however many calls need it at once, and
 * role credentials are fetched once for a burst of calls in many regions, then once more before they expire, never
 * per call. Time is the sign-in's clock, which the test moves.
 */
class SsoRenewalOverHttpTest {
    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    static String roleCredentials(String keyId, Instant expires) {
        return "{\"roleCredentials\": {\"accessKeyId\": \"" + keyId + "\", \"secretAccessKey\": \"secret\", "
                + "\"sessionToken\": \"session\", \"expiration\": " + expires.toEpochMilli() + "}}";
    }

    @Test
    void aBurstRenewsTheTokenOnceAndFetchesRoleCredentialsOnceThenOnceMoreBeforeTheyExpire() throws Exception {
        StubAccount.write(home.resolve("config"), """
                [profile team-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = MskAdmin
                region = us-east-1
                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                """);
        Path cache = home.resolve("sso-cache");
        MutableClock clock = new MutableClock(NOW);
        StubAccount.write(cache.resolve("ee0bfd2552fbd840c02cc48b6e823320543c450f.json"), "{\"startUrl\": "
                + "\"https://corp.awsapps.com/start\", \"region\": \"us-east-1\", \"accessToken\": \"old-token\", "
                + "\"expiresAt\": \"" + NOW.plus(Duration.ofMinutes(10)) + "\", \"clientId\": "
                + "\"client-1\", \"clientSecret\": \"client-secret\", \"registrationExpiresAt\": \"2099-01-01T00:00:00Z\","
                + " \"refreshToken\": \"refresh-1\"}");
        aws.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"accessToken\": \"new-token\", \"expiresIn\": "
                + "28800, \"refreshToken\": \"refresh-2\", \"tokenType\": \"Bearer\"}")));
        aws.stubFor(get(urlPathEqualTo("/federation/credentials")).inScenario("renewal")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(roleCredentials("ASIAFIRSTFORTESTS001", NOW.plus(Duration.ofHours(1)))))
                .willSetStateTo("renewed"));
        aws.stubFor(get(urlPathEqualTo("/federation/credentials")).inScenario("renewal").whenScenarioStateIs("renewed")
                .willReturn(json(roleCredentials("ASIARENEWEDTESTS0001", NOW.plus(Duration.ofHours(2))))));
        aws.stubFor(get(urlPathEqualTo("/api/v2/clusters")).willReturn(json("{\"clusterInfoList\": []}")));
        AwsClientSettings settings = new AwsClientSettings(URI.create(aws.baseUrl()), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(20));
        IdentityCenter identityCenter = new IdentityCenter(new OidcIdentityCenter(settings, clock),
                new AccessPortal(settings), new CliTokenCache(cache), clock, Pause.REAL);
        AwsProfileDirectory profiles = AwsProfileDirectory.forFiles(home.resolve("config"),
                home.resolve("credentials"), Map.of(), settings).withIdentityCenter(identityCenter);

        ExecutorService burst = Executors.newFixedThreadPool(24);
        try (AwsSession session = profiles.open("team-sso")) {
            List<Future<?>> calls = new ArrayList<>();
            for (String region : CredentialBurstProbe.REGIONS) {
                for (int i = 0; i < 3; i++) {
                    calls.add(burst.submit(() -> session.clusters(region).listClusters(Cancellation.none())));
                }
            }
            for (Future<?> call : calls) {
                call.get();
            }
            for (String region : CredentialBurstProbe.REGIONS) {
                session.clusters(region).listClusters(Cancellation.none());
            }
            // 4 minutes before the first credentials expire: the next caller fetches new ones, once
            clock.advance(Duration.ofMinutes(56));
            for (String region : CredentialBurstProbe.REGIONS) {
                session.clusters(region).listClusters(Cancellation.none());
            }
        } finally {
            burst.shutdownNow();
        }

        aws.verify(1, postRequestedFor(urlEqualTo("/token")).withRequestBody(equalToJson("{\"grantType\": "
                + "\"refresh_token\", \"refreshToken\": \"refresh-1\", \"clientId\": \"client-1\", "
                + "\"clientSecret\": \"client-secret\"}")));
        assertThat(Files.readString(cache.resolve("ee0bfd2552fbd840c02cc48b6e823320543c450f.json")))
                .contains("\"accessToken\": \"new-token\"", "\"refreshToken\": \"refresh-2\"");
        aws.verify(2, getRequestedFor(urlPathEqualTo("/federation/credentials"))
                .withHeader("x-amz-sso_bearer_token", equalTo("new-token")));
        aws.verify(40, getRequestedFor(urlPathEqualTo("/api/v2/clusters")));
        aws.verify(8, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "AWS4-HMAC-SHA256 Credential=ASIARENEWEDTESTS0001/.*")));
    }
}
