package io.mskconsole.aws.kafka.authorizerlogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.SigV4;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorizer logs on the wire, which the SDK here does not model: read from DescribeClusterV2 and
 * DescribeClusterOperationV2, and sent by UpdateMonitoring exactly as read or as edited, in a body the SDK signed.
 */
class AuthorizerLogsOverHttpTest {
    static final LogDelivery AUTHORIZER = new LogDelivery(
            CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-authz"), S3Destination.to("msk-audit", "authz"),
            FirehoseDestination.OFF);
    static final String UPDATED = "{\"clusterArn\": \"" + MskJson.ARN + "\", \"clusterOperationArn\": \""
            + MskJson.OPERATION_ARN + "\"}";

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;
    ClusterGateway gateway;

    @BeforeEach
    void openStubProfile() {
        gateway = StubAccount.gateway(home, msk.baseUrl());
    }

    private void describes(String cluster) {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(json(200, MskJson.describeCluster(cluster))));
    }

    private void acceptsUpdates() {
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(json(200, UPDATED)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private ApplyOutcome apply(LoggingInfo desired) {
        return new LogDeliveryUpdate(gateway, Duration.ofMillis(10))
                .apply(MskJson.ARN, desired, false, ApplyProgress.IGNORE, Cancellation.none());
    }

    /** The one UpdateMonitoring received, its body exactly this JSON, its SigV4 signature holding over that body. */
    private void assertSentExactly(String body) {
        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH)).withRequestBody(equalToJson(body)));
        LoggedRequest sent = msk.findAll(putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH))).get(0);
        assertThat(sent.getHeader("Content-Length")).isEqualTo(String.valueOf(sent.getBody().length));
        SigV4.assertSigned("PUT", sent.getUrl().replace("%", "%25"), sent::getHeader, sent.getBody(),
                StubAccount.ACCESS_KEY_ID, "fakeSecretForTestsOnly", StubAccount.REGION, "kafka");
    }

    /** The UpdateMonitoring body of {@link MskJson#provisioned}'s cluster with this loggingInfo. */
    private static String withLoggingInfo(String loggingInfo) {
        return """
                {"currentVersion": "K3AEGXETSR30VB",
                 "enhancedMonitoring": "PER_TOPIC_PER_BROKER",
                 "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                   "nodeExporter": {"enabledInBroker": false}}},
                 "loggingInfo": %s}""".formatted(loggingInfo);
    }

    @Test
    void describeClusterV2ReadsAuthorizerLogsIntoTheModel() {
        describes(AuthorizerLogsJson.provisioned(MskJson.ARN, "orders", AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET));

        Cluster cluster = gateway.describeCluster(MskJson.ARN);

        assertThat(cluster.logging().authorizerLogs()).isEqualTo(AUTHORIZER);
        assertThat(cluster.brokerLogs()).isEqualTo(LogDelivery.NONE
                .withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders")));
    }

    @Test
    void aClusterThatReportsNoAuthorizerLogsHasNone() {
        describes(MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));

        assertThat(gateway.describeCluster(MskJson.ARN).logging().hasAuthorizerLogs()).isFalse();
    }

    @Test
    void aBrokerOnlyChangeSendsTheAuthorizerLogsBackUnchanged() {
        describes(AuthorizerLogsJson.provisioned(MskJson.ARN, "orders", AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET));
        acceptsUpdates();

        apply(LoggingInfo.of(LogDelivery.NONE.withFirehose(FirehoseDestination.to("orders-logs"))));

        assertSentExactly(withLoggingInfo("""
                {"brokerLogs": {"cloudWatchLogs": {"enabled": false},
                               "firehose": {"enabled": true, "deliveryStream": "orders-logs"},
                               "s3": {"enabled": false}},
                 "authorizerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-authz"},
                                    "firehose": {"enabled": false},
                                    "s3": {"enabled": true, "bucket": "msk-audit", "prefix": "authz"}}}"""));
    }

    @Test
    void anAuthorizerChangeIsSentAsEdited() {
        describes(AuthorizerLogsJson.provisioned(MskJson.ARN, "orders", AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET));
        acceptsUpdates();
        LogDelivery broker = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));

        apply(new LoggingInfo(broker, AUTHORIZER.withS3(S3Destination.OFF)
                .withFirehose(FirehoseDestination.to("audit-stream"))));

        assertSentExactly(withLoggingInfo("""
                {"brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders"},
                               "firehose": {"enabled": false}, "s3": {"enabled": false}},
                 "authorizerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-authz"},
                                    "firehose": {"enabled": true, "deliveryStream": "audit-stream"},
                                    "s3": {"enabled": false}}}"""));
    }

    @Test
    void turningAuthorizerDeliveryOffSendsEveryDestinationOff() {
        describes(AuthorizerLogsJson.provisioned(MskJson.ARN, "orders", AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET));
        acceptsUpdates();
        LogDelivery broker = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));

        ApplyOutcome outcome = apply(new LoggingInfo(broker, LogDelivery.NONE));

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.SENT);
        assertSentExactly(withLoggingInfo("""
                {"brokerLogs": {"cloudWatchLogs": {"enabled": true, "logGroup": "/msk/orders"},
                               "firehose": {"enabled": false}, "s3": {"enabled": false}},
                 "authorizerLogs": {"cloudWatchLogs": {"enabled": false}, "firehose": {"enabled": false},
                                    "s3": {"enabled": false}}}"""));
    }

    @Test
    void aClusterWithoutAuthorizerLogsGetsNoneSentWhenOnlyBrokerLogsChange() {
        describes(MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));
        acceptsUpdates();

        apply(new LoggingInfo(LogDelivery.NONE, LogDelivery.NONE));

        assertSentExactly(withLoggingInfo("""
                {"brokerLogs": {"cloudWatchLogs": {"enabled": false},
                                "firehose": {"enabled": false}, "s3": {"enabled": false}}}"""));
    }

    @Test
    void theServicesRefusalOfAuthorizerLogsIsShownInItsOwnWords() {
        describes(MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));
        String words = "Authorizer logs are not supported for the Apache Kafka version of this cluster.";
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(json(400, MskJson.error(words,
                "loggingInfo.authorizerLogs")).withHeader("x-amzn-ErrorType", "BadRequestException")));
        LogDelivery broker = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));

        assertThatThrownBy(() -> apply(new LoggingInfo(broker, AUTHORIZER)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
                    assertThat(e.getMessage()).contains(words);
                });
    }

    @Test
    void describeClusterOperationV2ReadsBothKindsOfTheSourceAndTargetInfo() {
        msk.stubFor(get(urlPathEqualTo(MskJson.OPERATION_PATH)).willReturn(json(200, AuthorizerLogsJson.operation(
                AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET,
                "{\"cloudWatchLogs\": {\"enabled\": false}, \"firehose\": {\"enabled\": false}, \"s3\": {\"enabled\": false}}"))));

        ClusterOperation operation = gateway.describeOperation(MskJson.OPERATION_ARN);

        LogDelivery broker = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));
        assertThat(operation.sourceLogging()).isEqualTo(new LoggingInfo(broker, AUTHORIZER));
        assertThat(operation.targetLogging()).isEqualTo(new LoggingInfo(broker, LogDelivery.NONE));
    }
}
