package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Single gateway calls whose request or answer the apply test does not already pin down. */
class GatewayCallsOverHttpTest {
    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;
    ClusterGateway gateway;

    @BeforeEach
    void openStubProfile() {
        gateway = StubAccount.gateway(home, msk.baseUrl());
    }

    @Test
    void updateMonitoringWithoutOtherMonitoringSendsOnlyVersionAndLoggingInfo() {
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(ok(
                "{\"clusterArn\": \"" + MskJson.ARN + "\", \"clusterOperationArn\": \"" + MskJson.OPERATION_ARN + "\"}")));
        UpdateMonitoringRequest request = new UpdateMonitoringRequest(MskJson.ARN, "K3AEGXETSR30VB",
                MonitoringSettings.NONE, LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders"),
                S3Destination.to("msk-broker-logs", null), FirehoseDestination.to("msk-broker-logs-stream"))));

        String operationArn = gateway.updateMonitoring(request);

        assertThat(operationArn).isEqualTo(MskJson.OPERATION_ARN);
        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB))
                .withRequestBody(equalToJson(request.toApiBody().toString()))
                .withRequestBody(equalToJson("""
                        {"currentVersion": "K3AEGXETSR30VB", "loggingInfo": {"brokerLogs": {
                          "cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders"},
                          "firehose": {"enabled": true, "deliveryStream": "msk-broker-logs-stream"},
                          "s3": {"enabled": true, "bucket": "msk-broker-logs"}}}}""")));
    }

    @Test
    void anOperationInAStateNobodyKnowsIsKeptAsItIs() {
        msk.stubFor(get(urlPathEqualTo(MskJson.OPERATION_PATH)).willReturn(ok("""
                {"clusterOperationInfo": {"clusterArn": "%s", "clusterType": "SERVERLESS", "operationArn": "%s",
                  "operationState": "UPDATE_WAITING_FOR_SOMETHING_NEW", "operationType": "UPDATE_CONNECTIVITY",
                  "startTime": "2024-06-01T12:00:00.000Z", "serverless": {}}}"""
                .formatted(MskJson.ARN, MskJson.OPERATION_ARN))));

        ClusterOperation operation = gateway.describeOperation(MskJson.OPERATION_ARN);

        assertThat(operation).isEqualTo(new ClusterOperation(MskJson.OPERATION_ARN, MskJson.ARN, "UPDATE_CONNECTIVITY",
                "UPDATE_WAITING_FOR_SOMETHING_NEW", Instant.parse("2024-06-01T12:00:00Z"), null, null, null, null));
        assertThat(operation.isFinished()).isFalse();
    }

    @Test
    void aFailedOperationCarriesItsErrorInfoAndSteps() {
        msk.stubFor(get(urlPathEqualTo(MskJson.OPERATION_PATH)).willReturn(ok(
                MskJson.operation("UPDATE_FAILED", "InvalidLogGroup", "The specified log group does not exist."))));

        ClusterOperation operation = gateway.describeOperation(MskJson.OPERATION_ARN);

        assertThat(operation.isFailed()).isTrue();
        assertThat(operation.endTime()).isEqualTo(Instant.parse("2024-06-01T12:09:00Z"));
        assertThat(operation.describeOutcome())
                .isEqualTo("UPDATE_FAILED: The specified log group does not exist. (code: InvalidLogGroup)");
        assertThat(operation.steps()).hasSize(2);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
