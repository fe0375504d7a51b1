package io.mskconsole.aws.kafka.authorizerlogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.kafka.ClientConfigurations;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.kafka.KafkaClusterGateway;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.KafkaServiceClientConfiguration;
import software.amazon.awssdk.services.kafka.model.DescribeClusterV2Request;
import software.amazon.awssdk.services.kafka.model.DescribeClusterV2Response;

/**
 * The workaround fails closed: a body it cannot make is never sent and is said to be unsent (not "may have been
 * applied"); a cluster whose answer was not kept as sent is not taken for one without authorizer logs; a retried read
 * still reads them.
 */
class AuthorizerLogsFailClosedTest {
    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    /** An MSK client with both interceptors whose calls do what the test says, without HTTP. */
    private static KafkaClient client(Consumer<String> onCall) {
        return new KafkaClient() {
            @Override
            public String serviceName() {
                return "kafka";
            }

            @Override
            public KafkaServiceClientConfiguration serviceClientConfiguration() {
                return ClientConfigurations.asTheAppBuildsThem();
            }

            @Override
            public software.amazon.awssdk.services.kafka.model.UpdateMonitoringResponse updateMonitoring(
                    software.amazon.awssdk.services.kafka.model.UpdateMonitoringRequest request) {
                onCall.accept("updateMonitoring");
                throw SdkClientException.builder().message("Unable to marshall the request")
                        .cause(new RequestNotSent("the request has no loggingInfo at /loggingInfo to add authorizerLogs to"))
                        .build();
            }

            @Override
            public DescribeClusterV2Response describeClusterV2(DescribeClusterV2Request request) {
                onCall.accept("describeClusterV2");
                return DescribeClusterV2Response.builder().clusterInfo(c -> c.clusterArn(MskJson.ARN)
                        .clusterName("orders").clusterType("PROVISIONED").state("ACTIVE").currentVersion("K1")
                        .provisioned(p -> p.numberOfBrokerNodes(3))).build();
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aBodyTheInterceptorCannotMakeIsSaidToBeUnsentNotMaybeApplied() {
        KafkaClusterGateway gateway = new KafkaClusterGateway(client(call -> { }), StubAccount.REGION, "prod");

        assertThatThrownBy(() -> gateway.updateMonitoring(new UpdateMonitoringRequest(MskJson.ARN, "K1",
                MonitoringSettings.NONE, LoggingInfo.of(LogDelivery.NONE))))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.getMessage()).contains("was not sent: the request has no loggingInfo");
                });
    }

    @Test
    void theRealInterceptorRefusesABodyWithoutLoggingInfoBeforeItLeaves() {
        KafkaClient kafka = KafkaClient.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create(msk.baseUrl().replace("//localhost:", "//127.0.0.1:")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(AuthorizerLogsInterceptor.INSTANCE))
                .build();
        try {
            assertThatThrownBy(() -> kafka.updateMonitoring(r -> r.clusterArn(MskJson.ARN).currentVersion("K1")
                    .overrideConfiguration(o -> o.applyMutation(AuthorizerLogsWire.send(
                            AuthorizerLogsWire.UPDATE_MONITORING, LogDelivery.NONE)))))
                    .satisfies(e -> assertThat(RequestNotSent.in(e)).isNotNull());
            msk.verify(0, anyRequestedFor(anyUrl()));
        } finally {
            kafka.close();
        }
    }

    @Test
    void aClusterWhoseAnswerWasNotKeptIsNotTakenForOneWithoutAuthorizerLogs() {
        KafkaClusterGateway gateway = new KafkaClusterGateway(client(call -> { }), StubAccount.REGION, "prod");

        assertThatThrownBy(() -> gateway.describeCluster(MskJson.ARN))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.getMessage())
                        .contains("its authorizer logs are unknown"));
        assertThatThrownBy(() -> new LogDeliveryUpdate(gateway, Duration.ZERO).apply(MskJson.ARN,
                LoggingInfo.of(LogDelivery.NONE), false, ApplyProgress.IGNORE, Cancellation.none()))
                .isInstanceOf(GatewayException.class);
    }

    @Test
    void aReadRetriedAfterA503StillReadsTheAuthorizerLogs() {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("x-amzn-ErrorType", "ServiceUnavailableException")
                        .withBody(MskJson.error("Service Unavailable", null)))
                .willSetStateTo("recovered"));
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).inScenario("retry").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(MskJson.describeCluster(AuthorizerLogsJson.provisioned(MskJson.ARN, "orders",
                                AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET)))));
        AwsClientSettings oneRetry = new AwsClientSettings(StubAccount.patientSettings(msk.baseUrl()).endpointOverride(),
                null, 2, Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(20),
                Duration.ofSeconds(30));

        LogDelivery read = StubAccount.open(home, oneRetry).clusters(StubAccount.REGION).describeCluster(MskJson.ARN)
                .logging().authorizerLogs();

        assertThat(read).isEqualTo(AuthorizerLogsOverHttpTest.AUTHORIZER);
        msk.verify(2, getRequestedFor(urlPathEqualTo(MskJson.DESCRIBE_PATH)));
    }
}
