package io.mskconsole.aws.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.CredentialHealth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A renewal of credentials answers one failure of the credentials in use: a burst of calls failing with the same
 * expired credentials builds one new provider (one fetch), a late failure of credentials already replaced changes
 * nothing, and a replaced provider is closed only with the session (another thread may still be resolving through
 * it). Failures that come from the network or the clock do not sign the account out.
 */
class CredentialGenerationsTest {
    /** An SDK provider that counts how often it was built and whether it was closed. */
    static final class Built implements AwsCredentialsProvider, AutoCloseable {
        final int number;
        boolean closed;

        Built(int number) {
            this.number = number;
        }

        @Override
        public AwsCredentials resolveCredentials() {
            return AwsBasicCredentials.create("AKIDGENERATION" + number, "secret");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<Built> built = new ArrayList<>();
    private final FailureTaggingCredentialsProvider provider = new FailureTaggingCredentialsProvider(() -> {
        Built next = new Built(built.size() + 1);
        built.add(next);
        return next;
    }, "prod", false, true, (failure, generation) -> { });

    @Test
    void aBurstOfFailuresOfTheSameCredentialsRenewsThemOnce() {
        assertThat(provider.nextGeneration()).as("before the first call, the first to be built").isEqualTo(1);
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("AKIDGENERATION1");
        for (int call = 0; call < 24; call++) {
            provider.renewOnNextUse(1);
        }
        assertThat(provider.isCurrent(1)).isFalse();
        assertThat(provider.nextGeneration()).isEqualTo(2);
        for (int call = 0; call < 24; call++) {
            assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("AKIDGENERATION2");
        }
        provider.renewOnNextUse(1);
        assertThat(provider.resolveCredentials().accessKeyId()).as("a late failure of replaced credentials")
                .isEqualTo("AKIDGENERATION2");
        assertThat(built).hasSize(2);
        assertThat(provider.isCurrent(2)).isTrue();
        assertThat(built.get(0).closed).as("replaced, but closed only with the session").isFalse();
        provider.close();
        assertThat(built).allMatch(b -> b.closed);
    }

    @Test
    void credentialsFoundAgainEndASignOutForWantOfThemButNotOneForRefusedCredentials() {
        CredentialHealth health = new CredentialHealth("profile prod");
        provider.onFound(generation -> health.credentialsFound());
        health.failed(io.mskconsole.core.errors.Failure.NO_CREDENTIALS, "prod");
        provider.resolveCredentials();
        assertThat(health.status().state()).as("keys found for a profile that had none")
                .isEqualTo(CredentialHealth.State.WORKING);

        health.failed(io.mskconsole.core.errors.Failure.EXPIRED_CREDENTIALS, "prod");
        provider.renewOnNextUse(1);
        provider.resolveCredentials();
        assertThat(health.status().signedOut()).as("found is not accepted: AWS refused the last ones").isTrue();

        health.failed(io.mskconsole.core.errors.Failure.SSO_LOGIN_REQUIRED, "prod");
        provider.resolveCredentials();
        assertThat(health.status().signedOut()).as("said once per provider built, not at every call").isTrue();
    }

    @Test
    void onlyFailuresOfTheCurrentCredentialsSignTheAccountOut() {
        CredentialHealth health = new CredentialHealth("profile prod");
        CredentialHealthInterceptor reports = new CredentialHealthInterceptor(health, "prod",
                new CredentialHealthInterceptor.Generations() {
                    @Override
                    public int nextGeneration() {
                        return provider.nextGeneration();
                    }

                    @Override
                    public boolean isCurrent(int generation) {
                        return provider.isCurrent(generation);
                    }

                    @Override
                    public void renewOnNextUse(int generation) {
                        provider.renewOnNextUse(generation);
                    }
                });
        provider.resolveCredentials();

        reports.failed(serviceError("RequestExpired", 400), "ListClustersV2", 1);
        assertThat(health.status().state()).as("a request dated wrong: the clock, which the SDK corrects")
                .isEqualTo(CredentialHealth.State.UNKNOWN);
        reports.failed(new io.mskconsole.aws.errors.CredentialsUnavailableException("prod", true,
                SdkClientException.create("Unable to refresh SSO token",
                        new UncheckedIOException(new IOException("Connection refused")))), null, 1);
        assertThat(health.status().state()).as("an SSO refresh that could not reach AWS: the network")
                .isEqualTo(CredentialHealth.State.UNKNOWN);
        assertThat(provider.isCurrent(1)).as("and nothing renewed").isTrue();

        reports.failed(serviceError("ExpiredTokenException", 403), "ListClustersV2", 1);
        assertThat(health.status().signedOut()).isTrue();
        assertThat(provider.nextGeneration()).isEqualTo(2);

        health.working();
        provider.resolveCredentials();
        reports.failed(serviceError("ExpiredTokenException", 403), "ListClustersV2", 1);
        assertThat(health.status().state()).as("a late answer to a call made with the replaced credentials")
                .isEqualTo(CredentialHealth.State.WORKING);
        assertThat(built).hasSize(2);
    }

    private static AwsServiceException serviceError(String code, int status) {
        return AwsServiceException.builder().statusCode(status).message(code)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }
}
