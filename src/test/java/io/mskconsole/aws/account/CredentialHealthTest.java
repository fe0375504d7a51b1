package io.mskconsole.aws.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An account whose credentials expire says so (its windows follow {@link CredentialHealth}), and the next call after
 * the credentials are renewed outside the app (here: a new key written to the credentials file, as a sign-in tool
 * does) uses them, without reopening the account. Over HTTP against a stub MSK that accepts only the new key.
 */
class CredentialHealthTest {
    static final String LIST_PATH = "/api/v2/clusters";
    static final String RENEWED_KEY = "AKIDRENEWEDFORTESTS2";

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path dir;

    @Test
    void anExpiredTokenSignsTheAccountOutAndTheRenewedKeyIsUsedByTheNextCall() throws Exception {
        msk.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "ExpiredTokenException")
                .withBody(MskJson.error("The security token included in the request is expired", null))));
        msk.stubFor(get(urlPathEqualTo(LIST_PATH)).withHeader("Authorization",
                        matching("AWS4-HMAC-SHA256 Credential=" + RENEWED_KEY + "/.*"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"clusterInfoList\":[]}")));
        try (AwsSession session = StubAccount.open(dir, StubAccount.settings(msk.baseUrl()))) {
            CredentialHealth health = session.credentialHealth();
            List<CredentialHealth.Status> seen = new ArrayList<>();
            health.follow(seen::add);
            assertThat(health.status()).isEqualTo(CredentialHealth.Status.UNKNOWN);

            assertThatThrownBy(() -> session.clusters("us-east-1").listClusters(Cancellation.none()))
                    .isInstanceOf(GatewayException.class)
                    .extracting(e -> ((GatewayException) e).failure()).isEqualTo(Failure.EXPIRED_CREDENTIALS);
            assertThat(health.status().signedOut()).isTrue();
            assertThat(health.status().message()).isEqualTo("The credentials of profile stub have expired or were"
                    + " not accepted. Renew them (sign in again, or write a new session token), then press Check again:"
                    + " MSK Console reads them again without restarting.");

            StubAccount.write(dir.resolve("credentials"), "[" + StubAccount.PROFILE + "]\naws_access_key_id = "
                    + RENEWED_KEY + "\naws_secret_access_key = renewedSecretForTestsOnly\n");
            assertThat(session.clusters("us-east-1").listClusters(Cancellation.none())).isEmpty();

            assertThat(health.status()).isEqualTo(CredentialHealth.Status.WORKING);
            assertThat(seen).extracting(CredentialHealth.Status::state).containsExactly(
                    CredentialHealth.State.SIGNED_OUT, CredentialHealth.State.WORKING);
            msk.verify(1, getRequestedFor(urlPathEqualTo(LIST_PATH)).withHeader("Authorization",
                    matching(StubAccount.SIGNED_BY_STUB)));
            msk.verify(1, getRequestedFor(urlPathEqualTo(LIST_PATH)).withHeader("Authorization",
                    matching("AWS4-HMAC-SHA256 Credential=" + RENEWED_KEY + "/.*")));
        }
    }

    @Test
    void workingCredentialsAreNotReadAgainAndOtherFailuresSayNothingAboutThem() {
        msk.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType",
                        "TooManyRequestsException").withBody(MskJson.error("Too Many Requests", null))));
        try (AwsSession session = StubAccount.open(dir, StubAccount.settings(msk.baseUrl()))) {
            assertThatThrownBy(() -> session.clusters("us-east-1").listClusters(Cancellation.none()))
                    .extracting(e -> ((GatewayException) e).failure()).isEqualTo(Failure.THROTTLED);
            assertThat(session.credentialHealth().status()).isEqualTo(CredentialHealth.Status.UNKNOWN);

            // the file changes, but the credentials worked: the provider keeps what it resolved
            StubAccount.write(dir.resolve("credentials"), "[" + StubAccount.PROFILE + "]\naws_access_key_id = "
                    + RENEWED_KEY + "\naws_secret_access_key = renewedSecretForTestsOnly\n");
            msk.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"clusterInfoList\":[]}")));
            assertThat(session.clusters("us-east-1").listClusters(Cancellation.none())).isEmpty();
            assertThat(session.credentialHealth().status()).isEqualTo(CredentialHealth.Status.WORKING);
            msk.verify(2, getRequestedFor(urlPathEqualTo(LIST_PATH)).withHeader("Authorization",
                    matching(StubAccount.SIGNED_BY_STUB)));
        }
    }

    @Test
    void missingCredentialsSignTheAccountOutWithoutSendingAnything() {
        StubAccount.write(dir.resolve("config"), "[profile bare]\nregion = us-east-1\n");
        try (AwsSession session = AwsProfileDirectory.forFiles(dir.resolve("config"), dir.resolve("credentials"),
                java.util.Map.of(), StubAccount.settings(msk.baseUrl())).open("bare")) {
            assertThatThrownBy(() -> session.clusters("us-east-1").listClusters(Cancellation.none()))
                    .extracting(e -> ((GatewayException) e).failure()).isEqualTo(Failure.NO_CREDENTIALS);
            assertThat(session.credentialHealth().status().message()).startsWith("No credentials were found for"
                    + " profile bare.");
            msk.verify(0, getRequestedFor(urlPathEqualTo(LIST_PATH)));
        }
    }
}
