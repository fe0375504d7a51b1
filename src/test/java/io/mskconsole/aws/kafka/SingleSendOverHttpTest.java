package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * UpdateMonitoring is sent at most once even when the client settings allow several attempts (a retried PUT whose
 * first attempt MSK applied would fail as a stale version); the reads keep the client's retries.
 */
class SingleSendOverHttpTest {
    static final int ATTEMPTS = 3;

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    final UpdateMonitoringRequest request = new UpdateMonitoringRequest(MskJson.ARN, "K3AEGXETSR30VB",
            MonitoringSettings.NONE, LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to("/msk/orders"),
            S3Destination.OFF, FirehoseDestination.OFF)));

    ClusterGateway gateway(AwsClientSettings settings) {
        return StubAccount.open(home, settings).clusters(StubAccount.REGION);
    }

    AwsClientSettings severalAttempts() {
        return StubAccount.settings(msk.baseUrl()).withMaxAttempts(ATTEMPTS);
    }

    static Stream<Arguments> answersThatWouldBeRetried() {
        return Stream.of(
                Arguments.of("500", error(500, "InternalServerErrorException"), Failure.SERVICE_UNAVAILABLE),
                Arguments.of("503", error(503, "ServiceUnavailableException"), Failure.SERVICE_UNAVAILABLE),
                Arguments.of("429", error(429, "TooManyRequestsException"), Failure.THROTTLED),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        Failure.CONNECTION),
                Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE), Failure.CONNECTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answersThatWouldBeRetried")
    void updateMonitoringIsSentExactlyOnce(String name, ResponseDefinitionBuilder answer, Failure expected) {
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(answer));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway(severalAttempts()).updateMonitoring(request));

        assertThat(e.failure()).isEqualTo(expected);
        assertThat(e.operation()).isEqualTo("UpdateMonitoring");
        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH)));
    }

    @Test
    void anUpdateMonitoringAttemptThatTimesOutIsNotSentAgain() throws InterruptedException {
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(ok("{}").withFixedDelay(700)));
        AwsClientSettings quick = severalAttempts().withApiCallAttemptTimeout(Duration.ofMillis(250));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> gateway(quick).updateMonitoring(request));

        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
        Thread.sleep(1_500); // let every request that was sent reach the journal
        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH)));
    }

    static Stream<Arguments> reads() {
        return Stream.of(
                Arguments.of("DescribeClusterV2", MskJson.DESCRIBE_PATH,
                        (Consumer<ClusterGateway>) g -> g.describeCluster(MskJson.ARN)),
                Arguments.of("DescribeClusterOperationV2", MskJson.OPERATION_PATH,
                        (Consumer<ClusterGateway>) g -> g.describeOperation(MskJson.OPERATION_ARN)),
                Arguments.of("ListClustersV2", "/api/v2/clusters",
                        (Consumer<ClusterGateway>) g -> g.listClusters(Cancellation.none())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void readsKeepTheClientsRetries(String operation, String path, Consumer<ClusterGateway> read) {
        msk.stubFor(get(urlPathEqualTo(path)).willReturn(error(500, "InternalServerErrorException")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> read.accept(gateway(severalAttempts())));

        assertThat(e.failure()).isEqualTo(Failure.SERVICE_UNAVAILABLE);
        assertThat(e.operation()).isEqualTo(operation);
        msk.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo(path)));
    }

    @Test
    void aReadThatFailsOnceSucceedsOnItsSecondAttempt() {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered").willReturn(error(500, "InternalServerErrorException")));
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).inScenario("blip").whenScenarioStateIs("recovered")
                .willReturn(ok(MskJson.describeCluster(
                        MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large")))));

        assertThat(gateway(severalAttempts()).describeCluster(MskJson.ARN).name()).isEqualTo("orders");
        msk.verify(2, getRequestedFor(urlPathEqualTo(MskJson.DESCRIBE_PATH)));
    }

    @Test
    void theSingleSendDoesNotTakeTheRetriesAwayFromLaterReadsOfTheSameClient() {
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(error(500, "InternalServerErrorException")));
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(error(500, "InternalServerErrorException")));
        ClusterGateway gateway = gateway(severalAttempts());

        catchThrowableOfType(GatewayException.class, () -> gateway.updateMonitoring(request));
        catchThrowableOfType(GatewayException.class, () -> gateway.describeCluster(MskJson.ARN));

        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH)));
        msk.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo(MskJson.DESCRIBE_PATH)));
    }

    @Test
    void withTheSdksOwnStandardRetriesAsInProductionTheWriteIsStillSentOnce() {
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(error(500, "InternalServerErrorException")));
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(error(500, "InternalServerErrorException")));
        AwsClientSettings stub = StubAccount.settings(msk.baseUrl());
        AwsClientSettings standard = new AwsClientSettings(stub.endpointOverride(), null, 0, null,
                stub.connectionTimeout(), stub.socketTimeout(), stub.apiCallAttemptTimeout(), Duration.ofSeconds(10));
        ClusterGateway gateway = gateway(standard);

        catchThrowableOfType(GatewayException.class, () -> gateway.updateMonitoring(request));
        catchThrowableOfType(GatewayException.class, () -> gateway.describeCluster(MskJson.ARN));

        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH)));
        msk.verify(3, getRequestedFor(urlPathEqualTo(MskJson.DESCRIBE_PATH))); // the standard strategy's 3 attempts
    }

    private static ResponseDefinitionBuilder error(int status, String errorType) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", errorType).withBody(MskJson.error("Something went wrong.", null));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
