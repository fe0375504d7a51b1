package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The apply use case over real HTTP: describe, UpdateMonitoring, poll the operation, describe again. */
class BrokerLogUpdateOverHttpTest {
    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;
    ClusterGateway gateway;

    /** The draft a person edited: CloudWatch Logs switched off (its name kept), S3 switched on. */
    final LogDelivery draft = new LogDelivery(new CloudWatchLogsDestination(false, "/msk/orders"),
            S3Destination.to("msk-broker-logs", "orders"), FirehoseDestination.OFF);

    @BeforeEach
    void openStubProfile() {
        gateway = StubAccount.gateway(home, msk.baseUrl());
    }

    @Test
    void appliesWithTheExactRequestAndFollowsTheOperationToCompletion() {
        String before = MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large");
        String after = before.replace("K3AEGXETSR30VB", "K1PA6795UKM4S8")
                .replace("\"cloudWatchLogs\": {\"enabled\": true, \"logGroup\": \"/msk/orders\"}",
                        "\"cloudWatchLogs\": {\"enabled\": false}")
                .replace("\"s3\": {\"enabled\": false}",
                        "\"s3\": {\"enabled\": true, \"bucket\": \"msk-broker-logs\", \"prefix\": \"orders\"}");
        stubInOrder("describe", get(urlPathEqualTo(MskJson.DESCRIBE_PATH)), Scenario.STARTED, "described",
                MskJson.describeCluster(before));
        stubInOrder("update", put(urlPathEqualTo(MskJson.UPDATE_PATH)), "described", "updated",
                "{\"clusterArn\": \"" + MskJson.ARN + "\", \"clusterOperationArn\": \"" + MskJson.OPERATION_ARN + "\"}");
        stubInOrder("poll 1", get(urlPathEqualTo(MskJson.OPERATION_PATH)), "updated", "polled once",
                MskJson.operation("UPDATE_IN_PROGRESS", null, null));
        stubInOrder("poll 2", get(urlPathEqualTo(MskJson.OPERATION_PATH)), "polled once", "done",
                MskJson.operation("UPDATE_COMPLETE", null, null));
        stubInOrder("describe after", get(urlPathEqualTo(MskJson.DESCRIBE_PATH)), "done", "done",
                MskJson.describeCluster(after));

        ApplyOutcome outcome = new LogDeliveryUpdate(gateway, Duration.ofMillis(20))
                .apply(MskJson.ARN, LoggingInfo.of(draft), true, new RecordingProgress(), Cancellation.none());

        String expectedBody = """
                {"currentVersion": "K3AEGXETSR30VB",
                 "enhancedMonitoring": "PER_TOPIC_PER_BROKER",
                 "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                   "nodeExporter": {"enabledInBroker": false}}},
                 "loggingInfo": {"brokerLogs": {
                   "cloudWatchLogs": {"enabled": false},
                   "firehose": {"enabled": false},
                   "s3": {"enabled": true, "bucket": "msk-broker-logs", "prefix": "orders"}}}}""";
        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB))
                .withRequestBody(equalToJson(outcome.request().toApiBody().toString()))
                .withRequestBody(equalToJson(expectedBody)));
        assertThat(outcome.request().httpPath()).isEqualTo(MskJson.UPDATE_PATH);
        assertThat(msk.getAllServeEvents()).extracting(event -> event.getRequest().getMethod().getName() + " "
                + event.getRequest().getUrl()).as("the raw request lines, newest first").containsExactly(
                "GET " + MskJson.DESCRIBE_PATH, "GET " + MskJson.OPERATION_PATH, "GET " + MskJson.OPERATION_PATH, "PUT " + MskJson.UPDATE_PATH,
                "GET " + MskJson.DESCRIBE_PATH);
        msk.verify(2, getRequestedFor(urlPathEqualTo(MskJson.DESCRIBE_PATH))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
        msk.verify(2, getRequestedFor(urlPathEqualTo(MskJson.OPERATION_PATH))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.COMPLETED);
        assertThat(outcome.operationArn()).isEqualTo(MskJson.OPERATION_ARN);
        assertThat(outcome.operation().state()).isEqualTo("UPDATE_COMPLETE");
        assertThat(outcome.operation().type()).isEqualTo("UPDATE_MONITORING");
        assertThat(outcome.operation().steps()).containsExactly(new OperationStep("INITIALIZE_UPDATE", "SUCCEEDED"),
                new OperationStep("UPDATE_APPLICATION", "SUCCEEDED"));
        assertThat(outcome.cluster().currentVersion()).isEqualTo("K1PA6795UKM4S8");
        assertThat(outcome.cluster().brokerLogs().sameDeliveryAs(draft)).isTrue();
        assertThat(draft.cloudWatchLogs().logGroup()).as("the draft keeps its disabled name").isEqualTo("/msk/orders");
    }

    @Test
    void followsAFailedOperationToItsErrorText() {
        stubInOrder("describe", get(urlPathEqualTo(MskJson.DESCRIBE_PATH)), Scenario.STARTED, "described", MskJson.describeCluster(
                MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m5.large")));
        stubInOrder("update", put(urlPathEqualTo(MskJson.UPDATE_PATH)), "described", "updated",
                "{\"clusterArn\": \"" + MskJson.ARN + "\", \"clusterOperationArn\": \"" + MskJson.OPERATION_ARN + "\"}");
        stubInOrder("poll 1", get(urlPathEqualTo(MskJson.OPERATION_PATH)), "updated", "polled once",
                MskJson.operation("UPDATE_IN_PROGRESS", null, null));
        stubInOrder("poll 2", get(urlPathEqualTo(MskJson.OPERATION_PATH)), "polled once", "done",
                MskJson.operation("UPDATE_FAILED", "InvalidBucket",
                        "The specified S3 bucket msk-broker-logs does not exist."));
        stubInOrder("describe after", get(urlPathEqualTo(MskJson.DESCRIBE_PATH)), "done", "done", MskJson.describeCluster(
                MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m5.large")));

        ApplyOutcome outcome = new LogDeliveryUpdate(gateway, Duration.ofMillis(20))
                .apply(MskJson.ARN, LoggingInfo.of(draft), true, new RecordingProgress(), Cancellation.none());

        assertThat(outcome.status()).isEqualTo(ApplyOutcome.Status.FAILED);
        assertThat(outcome.operation().errorCode()).isEqualTo("InvalidBucket");
        assertThat(outcome.operation().errorMessage()).isEqualTo("The specified S3 bucket msk-broker-logs does not exist.");
        assertThat(outcome.operation().describeOutcome()).isEqualTo(
                "UPDATE_FAILED: The specified S3 bucket msk-broker-logs does not exist. (code: InvalidBucket)");
        assertThat(outcome.operation().steps()).extracting(OperationStep::status).containsExactly("SUCCEEDED", "FAILED");
        msk.verify(2, getRequestedFor(urlPathEqualTo(MskJson.OPERATION_PATH)));
    }

    @Test
    void aStaleVersionIsReportedAsSuch() {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(json(200, MskJson.describeCluster(
                MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m5.large")))));
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(json(400, MskJson.error(
                "The version of the cluster isn't current. Check the current version and try again.", null))
                .withHeader("x-amzn-ErrorType", "BadRequestException")));

        assertThatThrownBy(() -> new LogDeliveryUpdate(gateway, Duration.ofMillis(20))
                .apply(MskJson.ARN, LoggingInfo.of(draft), true, new RecordingProgress(), Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.STALE_VERSION);
                    assertThat(e.operation()).isEqualTo("UpdateMonitoring");
                    assertThat(e.serviceMessage()).isEqualTo(
                            "The version of the cluster isn't current. Check the current version and try again.");
                    assertThat(e.getMessage()).contains("UpdateMonitoring of cluster " + MskJson.ARN,
                            "in us-east-1 (profile stub)", "Read the cluster again");
                });
        msk.verify(1, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH))
                .withRequestBody(equalToJson("{\"currentVersion\": \"K3AEGXETSR30VB\"}", true, true)));
    }

    @Test
    void expressClusterRefusalKeepsTheServiceMessageVerbatim() {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(json(200, MskJson.describeCluster(
                MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "express.m7g.large")))));
        msk.stubFor(put(urlPathEqualTo(MskJson.UPDATE_PATH)).willReturn(json(400, MskJson.error(
                "Broker logs are not supported for clusters with Express instance types.", "loggingInfo"))
                .withHeader("x-amzn-ErrorType", "BadRequestException")));

        assertThatThrownBy(() -> new LogDeliveryUpdate(gateway, Duration.ofMillis(20))
                .apply(MskJson.ARN, LoggingInfo.of(draft), false, new RecordingProgress(), Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
                    assertThat(e.serviceMessage())
                            .isEqualTo("Broker logs are not supported for clusters with Express instance types.");
                    assertThat(e.getMessage()).endsWith("was refused by MSK: Broker logs are not supported for"
                            + " clusters with Express instance types. (parameter: loggingInfo)");
                });
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static void stubInOrder(String name, com.github.tomakehurst.wiremock.client.MappingBuilder request,
                                    String state, String next, String body) {
        msk.stubFor(request.inScenario("apply").whenScenarioStateIs(state).willSetStateTo(next)
                .willReturn(json(200, body)).withName(name));
    }

    /** Keeps what the use case reports, so a test can look at it. */
    static final class RecordingProgress implements io.mskconsole.core.delivery.ApplyProgress {
        final java.util.List<String> stages = new java.util.ArrayList<>();

        @Override
        public void stage(String message) {
            stages.add(message);
        }
    }
}
