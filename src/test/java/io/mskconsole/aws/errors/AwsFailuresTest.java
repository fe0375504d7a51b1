package io.mskconsole.aws.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kafka.model.KafkaException;

/** The translation of shapes that are awkward to provoke over HTTP. */
class AwsFailuresTest {
    static final AwsCall LIST = AwsCall.of("ListClustersV2", "eu-west-1", "prod", "kafka.eu-west-1.amazonaws.com");

    static AwsServiceException service(int status, String code, String message) {
        return KafkaException.builder().statusCode(status).message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("Kafka")
                        .build()).build();
    }

    @Test
    void otherExpiredTokenCodesAndWordingsAreExpiredCredentials() {
        assertThat(AwsFailures.translate(service(400, "RequestExpired", "Request has expired."), LIST).failure())
                .isEqualTo(Failure.EXPIRED_CREDENTIALS);
        assertThat(AwsFailures.translate(service(400, "TokenRefreshRequired", "Refresh."), LIST).failure())
                .isEqualTo(Failure.EXPIRED_CREDENTIALS);
        assertThat(AwsFailures.translate(service(400, "ExpiredToken", "Expired."), LIST).failure())
                .isEqualTo(Failure.EXPIRED_CREDENTIALS);
        GatewayException worded = AwsFailures.translate(
                service(403, "ForbiddenException", "The security token included in the request is expired"), LIST);
        assertThat(worded.failure()).isEqualTo(Failure.EXPIRED_CREDENTIALS);
        assertThat(worded.getMessage()).isEqualTo("ListClustersV2 in eu-west-1 (profile prod) failed: the credentials"
                + " of profile prod have expired (The security token included in the request is expired). Refresh them"
                + " (sign in again or get a new session token) and try again.");
    }

    @Test
    void rejectedCredentialsHaveTheirOwnWording() {
        GatewayException e = AwsFailures.translate(
                service(403, "InvalidSignatureException", "The request signature we calculated does not match."), LIST);

        assertThat(e.failure()).isEqualTo(Failure.EXPIRED_CREDENTIALS);
        assertThat(e.getMessage()).contains("AWS did not accept the credentials of profile prod")
                .doesNotContain("have expired");
        assertThat(AwsFailures.translate(service(403, "InvalidClientTokenId", "Bad id."), LIST).failure())
                .isEqualTo(Failure.EXPIRED_CREDENTIALS);
    }

    @Test
    void accessDeniedCodesAndThrottlingCodes() {
        GatewayException denied = AwsFailures.translate(service(400, "AccessDeniedException", "No."), LIST);
        assertThat(denied.failure()).isEqualTo(Failure.ACCESS_DENIED);
        assertThat(denied.getMessage()).contains("kafka:ListClustersV2");
        assertThat(AwsFailures.translate(service(400, "ThrottlingException", "Rate exceeded"), LIST).failure())
                .isEqualTo(Failure.THROTTLED);
    }

    @Test
    void timeoutsAnywhereInTheChainAreTimeouts() {
        assertThat(AwsFailures.translate(ApiCallTimeoutException.create(60_000), LIST).failure())
                .isEqualTo(Failure.TIMEOUT);
        SdkClientException readTimeout = SdkClientException.create("Unable to execute HTTP request: Read timed out",
                new SocketTimeoutException("Read timed out"));
        GatewayException e = AwsFailures.translate(readTimeout, LIST);
        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void anUnknownHostIsAConnectionFailure() {
        SdkClientException error = SdkClientException.create("Received an UnknownHostException",
                SdkClientException.create("Unable to execute HTTP request: kafka.eu-west-1.amazonaws.com",
                        new UnknownHostException("kafka.eu-west-1.amazonaws.com")));

        GatewayException e = AwsFailures.translate(error, LIST);

        assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
        assertThat(e.getMessage()).isEqualTo("Could not reach MSK in eu-west-1 (kafka.eu-west-1.amazonaws.com):"
                + " unknown host kafka.eu-west-1.amazonaws.com. Check the network, VPN or proxy.");
    }

    @Test
    void theDefaultChainFindingNothingIsNoCredentials() {
        SdkClientException error = SdkClientException.create("Unable to load credentials from any of the providers in"
                + " the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(),"
                + " EnvironmentVariableCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load"
                + " credentials from system settings.]");

        GatewayException e = AwsFailures.translate(error, LIST);

        assertThat(e.failure()).isEqualTo(Failure.NO_CREDENTIALS);
        assertThat(e.getMessage()).isEqualTo("ListClustersV2 in eu-west-1 (profile prod) failed: no AWS credentials"
                + " found for profile prod (Unable to load credentials from any of the providers in the chain). Add"
                + " access keys, an SSO sign-in or a role to the profile in the AWS config files, or choose another"
                + " profile.");
    }

    @Test
    void aNeverSignedInLegacySsoProfileAsksForSsoLogin() {
        var missingCache = new UncheckedIOException(new NoSuchFileException("/home/me/.aws/sso/cache/e8be.json"));

        GatewayException e = AwsFailures.translate(new CredentialsUnavailableException("legacy", true, missingCache),
                LIST.forCluster("arn:aws:kafka:eu-west-1:1:cluster/a/b"));

        assertThat(e.failure()).isEqualTo(Failure.SSO_LOGIN_REQUIRED);
        assertThat(e.getMessage()).contains("`aws sso login --profile legacy`");
    }

    @Test
    void aMisconfiguredSsoProfileIsAConfigurationFailure() {
        var missingSetting = new IllegalArgumentException(
                "'sso_region' must be set to use role-based credential loading in the 'dev' profile.");

        GatewayException e = AwsFailures.translate(new CredentialsUnavailableException("dev", true, missingSetting), LIST);

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).contains("'sso_region' must be set", "aws configure sso --profile dev");
    }

    @Test
    void anAssumedRoleWhoseSourceCredentialsExpiredIsExpiredCredentials() {
        AwsServiceException sts = AwsServiceException.builder().statusCode(403)
                .message("The security token included in the request is expired")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ExpiredToken")
                        .errorMessage("The security token included in the request is expired").serviceName("Sts")
                        .build()).build();

        GatewayException e = AwsFailures.translate(new CredentialsUnavailableException("admin", false, sts), LIST);

        assertThat(e.failure()).isEqualTo(Failure.EXPIRED_CREDENTIALS);
        assertThat(e.getMessage()).contains("the credentials of profile admin have expired");
    }

    @Test
    void anUnusableProfileSettingIsAConfigurationFailure() {
        SdkClientException error = SdkClientException.create("An invalid URI was configured in profile property"
                + " endpoint_url", new java.net.URISyntaxException("not a url", "Illegal character in path", 3));

        GatewayException e = AwsFailures.translate(error, LIST);

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).isEqualTo("ListClustersV2 in eu-west-1 (profile prod) failed: a setting of profile"
                + " prod is not usable (An invalid URI was configured in profile property endpoint_url). Fix the"
                + " profile in the AWS config file.");
    }

    @Test
    void aGatewayExceptionPassesThroughAndAnythingElseIsUnknownWithItsText() {
        GatewayException already = new GatewayException(Failure.NOT_FOUND, "DescribeClusterV2", "Gone.");
        assertThat(AwsFailures.translate(already, LIST)).isSameAs(already);

        GatewayException odd = AwsFailures.translate(SdkClientException.create("Something odd."), LIST);
        assertThat(odd.failure()).isEqualTo(Failure.UNKNOWN);
        assertThat(odd.getMessage()).isEqualTo("ListClustersV2 in eu-west-1 (profile prod) failed: Something odd.");
    }

    @Test
    void theStaleVersionMessageDecidesWhateverTheClientErrorStatus() {
        String stale = "The version of the cluster isn't current. Check the current version and try again.";
        AwsCall update = AwsCall.of("UpdateMonitoring", "eu-west-1", "prod", null)
                .forCluster("arn:aws:kafka:eu-west-1:1:cluster/a/b");

        GatewayException conflict = AwsFailures.translate(service(409, "ConflictException", stale), update);
        assertThat(conflict.failure()).isEqualTo(Failure.STALE_VERSION);
        assertThat(conflict.getMessage()).isEqualTo("UpdateMonitoring of cluster arn:aws:kafka:eu-west-1:1:cluster/a/b"
                + " in eu-west-1 (profile prod) failed: the cluster changed since it was read (" + stale.replace(
                "try again.", "try again") + "). Read the cluster again and apply again.");
        assertThat(AwsFailures.translate(service(404, "NotFoundException", stale), update).failure())
                .isEqualTo(Failure.STALE_VERSION);
        assertThat(AwsFailures.translate(service(400, "BadRequestException", stale), update).failure())
                .isEqualTo(Failure.STALE_VERSION);
        assertThat(AwsFailures.translate(service(403, "ForbiddenException", stale), update).failure())
                .isEqualTo(Failure.STALE_VERSION);
        assertThat(AwsFailures.translate(service(500, "InternalServerErrorException", stale), update).failure())
                .as("a 5xx stays a lost answer: the core must not take it for a refusal")
                .isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(AwsFailures.translate(service(409, "ConflictException", "An operation is in progress."), update)
                .failure()).isEqualTo(Failure.CONFLICT);
    }

    @Test
    void aClosedSessionAnywhereInTheChainIsAConfigurationFailureNeverUnknown() {
        GatewayException e = AwsFailures.translate(
                new IllegalStateException("wrapped", new SessionClosedException("prod")), LIST);

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.getMessage()).isEqualTo("ListClustersV2 in eu-west-1 (profile prod) was not sent: the session of"
                + " profile prod was closed (another account was chosen or its window was closed). Choose the account"
                + " again and retry.");
    }

    @Test
    void aClientThatCannotBeBuiltIsAConfigurationFailure() {
        GatewayException e = AwsFailures.clientUnavailable(new IllegalArgumentException("Region must not be blank."),
                LIST);

        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
        assertThat(e.operation()).isEqualTo("ListClustersV2");
        assertThat(e.getMessage()).isEqualTo("ListClustersV2 in eu-west-1 (profile prod) was not sent: the MSK client"
                + " for region eu-west-1 could not be set up (Region must not be blank). Check the region and the"
                + " settings of profile prod in the AWS config file.");
        GatewayException already = new GatewayException(Failure.CONFIGURATION, null, "No region.");
        assertThat(AwsFailures.clientUnavailable(already, LIST)).isSameAs(already);
        assertThat(AwsFailures.clientUnavailable(new SessionClosedException("prod"), LIST).getMessage())
                .contains("the session of profile prod was closed");
    }
}
