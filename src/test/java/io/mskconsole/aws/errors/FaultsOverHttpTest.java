package io.mskconsole.aws.errors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way UpdateMonitoring can fail, answered over real HTTP, ends in its own {@link Failure} and a message that
 * says where and what to do; the draft the caller passed in stays as it was. UpdateMonitoring is sent once: a lost
 * answer (5xx, timeout, dropped connection) reaches the caller as a lost answer, with what a read after it found.
 */
class FaultsOverHttpTest {
    static final String DESCRIBE_PATH = "/api/v2/clusters/" + ClusterArnPaths.encoded(MskJson.ARN);
    static final String UPDATE_PATH = "/v1/clusters/" + ClusterArnPaths.encoded(MskJson.ARN) + "/monitoring";
    static final String WHERE = "UpdateMonitoring of cluster " + MskJson.ARN + " in us-east-1 (profile stub)";
    static final String STALE = "The version of the cluster isn't current. Check the current version and try again.";
    /** The failures of UpdateMonitoring after which MSK may or may not have taken the change. */
    static final Set<Failure> OUTCOME_UNKNOWN =
            EnumSet.of(Failure.TIMEOUT, Failure.CONNECTION, Failure.SERVICE_UNAVAILABLE, Failure.UNKNOWN);

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    final LogDelivery draft = new LogDelivery(CloudWatchLogsDestination.to("/msk/orders-v2"),
            new S3Destination(false, "kept-bucket", "kept-prefix"), FirehoseDestination.OFF);
    final LogDelivery draftCopy = new LogDelivery(new CloudWatchLogsDestination(true, "/msk/orders-v2"),
            new S3Destination(false, "kept-bucket", "kept-prefix"), new FirehoseDestination(false, null));

    @BeforeEach
    void clusterCanBeRead() {
        msk.stubFor(get(urlPathEqualTo(DESCRIBE_PATH)).willReturn(ok(MskJson.describeCluster(
                MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large")))));
    }

    static Stream<Arguments> serviceErrors() {
        return Stream.of(
                Arguments.of(403, "ForbiddenException", "User: arn:aws:sts::123456789012:assumed-role/ReadOnly/jane is"
                                + " not authorized to perform: kafka:UpdateMonitoring on resource: " + MskJson.ARN,
                        Failure.ACCESS_DENIED, List.of(WHERE + " failed: access denied (User: arn:aws:sts::123456789012:"
                                + "assumed-role/ReadOnly/jane is not authorized", "needs permission for kafka:UpdateMonitoring")),
                Arguments.of(401, "UnauthorizedException", "Unauthorized", Failure.ACCESS_DENIED,
                        List.of(WHERE + " failed: access denied (Unauthorized)")),
                Arguments.of(429, "TooManyRequestsException", "Too Many Requests", Failure.THROTTLED,
                        List.of(WHERE + " was throttled by MSK (Too Many Requests). Wait a moment and try again.")),
                Arguments.of(500, "InternalServerErrorException", "There was an unexpected internal server error.",
                        Failure.SERVICE_UNAVAILABLE, List.of(WHERE + " failed: MSK answered HTTP 500 (There was an"
                                + " unexpected internal server error). The problem is on AWS's side")),
                Arguments.of(503, "ServiceUnavailableException", "503 Service Unavailable",
                        Failure.SERVICE_UNAVAILABLE, List.of("MSK answered HTTP 503 (503 Service Unavailable)")),
                Arguments.of(403, "ExpiredTokenException", "The security token included in the request is expired",
                        Failure.EXPIRED_CREDENTIALS, List.of(WHERE + " failed: the credentials of profile stub have"
                                + " expired (The security token included in the request is expired). Refresh them")),
                Arguments.of(403, "UnrecognizedClientException", "The security token included in the request is invalid.",
                        Failure.EXPIRED_CREDENTIALS, List.of("AWS did not accept the credentials of profile stub"
                                + " (The security token included in the request is invalid)")),
                Arguments.of(404, "NotFoundException", "The requested resource could not be found.",
                        Failure.NOT_FOUND, List.of(WHERE + " failed: not found (The requested resource could not be"
                                + " found). It may have been deleted")),
                Arguments.of(409, "ConflictException", "The request conflicts with an operation in progress.",
                        Failure.CONFLICT, List.of("failed: conflict (The request conflicts with an operation in"
                                + " progress). Another change may be in progress")),
                Arguments.of(409, "ConflictException", STALE, Failure.STALE_VERSION, List.of(WHERE + " failed: the"
                        + " cluster changed since it was read (The version of the cluster isn't current. Check the"
                        + " current version and try again). Read the cluster again and apply again.")),
                Arguments.of(404, "NotFoundException", STALE, Failure.STALE_VERSION,
                        List.of("the cluster changed since it was read")),
                Arguments.of(400, "BadRequestException", "To use CloudWatch Logs as a destination for broker logs, you"
                                + " must specify a CloudWatch log group.", Failure.BAD_REQUEST,
                        List.of(WHERE + " was refused by MSK: To use CloudWatch Logs as a destination for broker logs,"
                                + " you must specify a CloudWatch log group.")));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("serviceErrors")
    void serviceErrorsEndInTheirKind(int status, String errorType, String message, Failure expected,
                                     List<String> messageParts) {
        msk.stubFor(put(urlPathEqualTo(UPDATE_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", errorType)
                .withBody(MskJson.error(message, null))));

        GatewayException e = applyFails(StubAccount.gateway(home, msk.baseUrl()));

        assertThat(e.failure()).isEqualTo(expected);
        assertThat(e.operation()).isEqualTo("UpdateMonitoring");
        assertThat(e.serviceMessage()).isEqualTo(message);
        assertThat(e.getMessage()).contains(messageParts).doesNotContain("\n").doesNotContain("fakeSecret");
        msk.verify(1, putRequestedFor(urlPathEqualTo(UPDATE_PATH)));
    }

    @Test
    void anAnswerSlowerThanTheAttemptTimeoutIsATimeout() {
        msk.stubFor(put(urlPathEqualTo(UPDATE_PATH)).willReturn(ok("{}").withFixedDelay(2_000)));
        AwsClientSettings quick = StubAccount.settings(msk.baseUrl()).withApiCallAttemptTimeout(Duration.ofMillis(300));

        long start = System.nanoTime();
        GatewayException e = applyFails(StubAccount.open(home, quick).clusters(StubAccount.REGION));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_800));
        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).isEqualTo(WHERE + " timed out: MSK did not answer in time. Check the network,"
                + " VPN or proxy, and try again.");
    }

    @Test
    void aDroppedConnectionIsAConnectionFailureNamingRegionAndHost() {
        msk.stubFor(put(urlPathEqualTo(UPDATE_PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        GatewayException e = applyFails(StubAccount.gateway(home, msk.baseUrl()));

        assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
        assertThat(e.getMessage()).startsWith("Could not reach MSK in us-east-1 (127.0.0.1:" + msk.getPort() + "): ")
                .endsWith(". Check the network, VPN or proxy.");
        assertThat(e.getMessage()).containsIgnoringCase("reset");
    }

    @Test
    void aRefusedConnectionNamesTheCause() {
        ClusterGateway nowhere = StubAccount.gateway(home, "http://127.0.0.1:9");

        assertThatThrownBy(() -> nowhere.listClusters(Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                    assertThat(e.operation()).isEqualTo("ListClustersV2");
                    assertThat(e.getMessage()).isEqualTo("Could not reach MSK in us-east-1 (127.0.0.1:9): Connection"
                            + " refused. Check the network, VPN or proxy.");
                });
    }

    @Test
    void aPassingOutageIsNotRetriedEvenWhenSettingsAllowMoreAttempts() {
        msk.stubFor(put(urlPathEqualTo(UPDATE_PATH)).inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered").willReturn(aResponse().withStatus(503)
                        .withHeader("x-amzn-ErrorType", "ServiceUnavailableException")
                        .withBody(MskJson.error("503 Service Unavailable", null))));
        msk.stubFor(put(urlPathEqualTo(UPDATE_PATH)).inScenario("blip").whenScenarioStateIs("recovered")
                .willReturn(ok("{\"clusterArn\": \"" + MskJson.ARN + "\", \"clusterOperationArn\": \""
                        + MskJson.OPERATION_ARN + "\"}")));
        AwsClientSettings threeAttempts = StubAccount.settings(msk.baseUrl()).withMaxAttempts(3);

        GatewayException e = applyFails(StubAccount.open(home, threeAttempts).clusters(StubAccount.REGION));

        assertThat(e.failure()).as("the 503 itself, not a retry's answer").isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.getMessage()).contains("MSK answered HTTP 503 (503 Service Unavailable)");
        msk.verify(1, putRequestedFor(urlPathEqualTo(UPDATE_PATH)));
    }

    @Test
    void aProfileWithoutCredentialsSendsNothing() {
        StubAccount.write(home.resolve("config"), "[profile empty]\nregion = us-east-1\n");
        var directory = io.mskconsole.aws.account.AwsProfileDirectory.forFiles(home.resolve("config"),
                home.resolve("credentials"), java.util.Map.of(), StubAccount.settings(msk.baseUrl()));
        ClusterGateway gateway = directory.open("empty").clusters("us-east-1");

        GatewayException e = applyFails(gateway);

        assertThat(e.failure()).isEqualTo(Failure.NO_CREDENTIALS);
        assertThat(e.operation()).isEqualTo("DescribeClusterV2");
        assertThat(e.getMessage()).isEqualTo("DescribeClusterV2 of cluster " + MskJson.ARN + " in us-east-1 (profile"
                + " empty) failed: no AWS credentials found for profile empty (Profile file contained no credentials"
                + " for profile 'empty'). Add access keys, an SSO sign-in or a role to the profile in the AWS config"
                + " files, or choose another profile.");
        msk.verify(0, anyRequestedFor(anyUrl()));
    }

    /**
     * Applies {@link #draft} and returns the gateway's failure. A failure of UpdateMonitoring after which the change
     * may have been applied must reach the caller as {@link SendOutcomeUnknownException} around it; any other failure
     * as the {@link GatewayException} itself.
     */
    private GatewayException applyFails(ClusterGateway gateway) {
        LogDeliveryUpdate update = new LogDeliveryUpdate(gateway, Duration.ofMillis(10));
        Throwable thrown = catchThrowable(() -> update.apply(MskJson.ARN, LoggingInfo.of(draft), true, ApplyProgress.IGNORE,
                Cancellation.none()));
        assertThat(draft).as("the caller's draft").isEqualTo(draftCopy);
        if (thrown instanceof SendOutcomeUnknownException unknown) {
            assertThat(unknown.getCause()).isInstanceOf(GatewayException.class);
            GatewayException cause = (GatewayException) unknown.getCause();
            assertThat(cause.operation()).isEqualTo("UpdateMonitoring");
            assertThat(OUTCOME_UNKNOWN).contains(cause.failure());
            assertThat(unknown.getMessage()).startsWith("UpdateMonitoring for ").contains(" got no answer (")
                    .doesNotContain(".).");
            return cause;
        }
        assertThat(thrown).isInstanceOf(GatewayException.class);
        GatewayException e = (GatewayException) thrown;
        assertThat(OUTCOME_UNKNOWN).as("reported as a lost answer instead").doesNotContain(e.failure());
        return e;
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
