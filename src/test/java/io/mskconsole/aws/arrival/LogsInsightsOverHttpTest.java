package io.mskconsole.aws.arrival;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.JSON_11;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.json;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.brokerlogs.InsightsQuery;
import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs Insights over real HTTP (JSON 1.1), each request exactly as sent: StartQuery with the range in epoch seconds,
 * the query text and the limit; GetQueryResults' rows, status and statistics; StopQuery; a refusal ACCESS_DENIED
 * naming the IAM action, a missing group NOT_FOUND.
 */
class LogsInsightsOverHttpTest {
    static final String START = "Logs_20140328.StartQuery";
    static final String RESULTS = "Logs_20140328.GetQueryResults";
    static final String STOP = "Logs_20140328.StopQuery";
    static final String GROUP = "/aws/vendedlogs/msk/orders";
    static final String STREAM = "orders-5a1b2c3d-4e5f-6789-abcd-ef0123456789-2-broker-1";
    static final String QUERY_ID = "12ab3456-12ab-123a-789e-1234567890ab";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    LogSourceGateway logs;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        logs = session.logSources(StubAccount.REGION);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    @Test
    void startQuerySendsTheGroupTheRangeInSecondsTheQueryAndItsLimit() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(START)).willReturn(json(200,
                "{\"queryId\": \"" + QUERY_ID + "\"}")));
        InsightsQuery query = new InsightsQuery(GROUP, List.of(STREAM), Instant.parse("2026-03-01T10:00:00.250Z"),
                Instant.parse("2026-03-01T11:00:00Z"), 10_000);

        String id = logs.startQuery(query);

        assertThat(id).isEqualTo(QUERY_ID);
        LoggedRequest sent = only(START);
        assertThat(sent.getHeader("Content-Type")).isEqualTo(JSON_11);
        assertThat(sent.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
        assertThat(signature(sent)).endsWith("/us-east-1/logs/aws4_request");
        assertThat(sent.getBodyAsString()).isEqualTo("{\"logGroupName\":\"" + GROUP + "\",\"startTime\":1772359200,"
                + "\"endTime\":1772362799,\"queryString\":\"fields @timestamp, @message, @logStream\\n| filter "
                + "@logStream in [\\\"" + STREAM + "\\\"]\\n| sort @timestamp desc\\n| limit 10000\","
                + "\"limit\":10000}");
    }

    @Test
    void resultsGiveTheStatusTheRowsAsEventsAndWhatWasScanned() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(RESULTS)).willReturn(json(200, """
                {"results": [
                  [{"field": "@timestamp", "value": "2026-03-01 10:59:58.123"},
                   {"field": "@message", "value": "[2026-03-01 10:59:58,123] WARN Shrinking ISR (kafka.cluster.Partition)"},
                   {"field": "@logStream", "value": "%1$s"},
                   {"field": "@ptr", "value": "CmAKJwojMTIzNDU2Nzg5MDEyOi9hd3MvdmVuZGVkbG9ncy9tc2svb3JkZXJz"}],
                  [{"field": "@timestamp", "value": "2026-03-01 10:00:01"},
                   {"field": "@message", "value": "[2026-03-01 10:00:01,000] INFO started (kafka.server.KafkaServer)"},
                   {"field": "@logStream", "value": "%1$s"}],
                  [{"field": "@message", "value": "a row without its time is left out"},
                   {"field": "@logStream", "value": "%1$s"}]
                ],
                "statistics": {"recordsMatched": 2.0, "recordsScanned": 5120.0, "estimatedRecordsSkipped": 0.0,
                               "bytesScanned": 1048576.0, "estimatedBytesSkipped": 0.0, "logGroupsScanned": 1.0},
                "status": "Complete"}
                """.formatted(STREAM))));

        InsightsResults results = logs.queryResults(QUERY_ID);

        assertThat(only(RESULTS).getBodyAsString()).isEqualTo("{\"queryId\":\"" + QUERY_ID + "\"}");
        assertThat(results.status()).isEqualTo(InsightsResults.Status.COMPLETE);
        assertThat(results.events()).containsExactly(
                new LogEvent(STREAM, Instant.parse("2026-03-01T10:59:58.123Z"),
                        "[2026-03-01 10:59:58,123] WARN Shrinking ISR (kafka.cluster.Partition)"),
                new LogEvent(STREAM, Instant.parse("2026-03-01T10:00:01Z"),
                        "[2026-03-01 10:00:01,000] INFO started (kafka.server.KafkaServer)"));
        assertThat(results.bytesScanned()).isEqualTo(1_048_576.0);
        assertThat(results.recordsScanned()).isEqualTo(5120.0);
        assertThat(results.recordsMatched()).isEqualTo(2.0);
    }

    @Test
    void aRunningQueryAndAStatusThisVersionDoesNotKnowAreToldApart() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(RESULTS)).willReturn(json(200,
                "{\"results\": [], \"status\": \"Running\"}")));
        assertThat(logs.queryResults(QUERY_ID).status()).isEqualTo(InsightsResults.Status.RUNNING);
        assertThat(logs.queryResults(QUERY_ID).bytesScanned()).as("no statistics yet").isZero();

        aws.resetAll();
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(RESULTS)).willReturn(json(200,
                "{\"results\": [], \"status\": \"Paused\"}")));
        InsightsResults odd = logs.queryResults(QUERY_ID);
        assertThat(odd.status()).isEqualTo(InsightsResults.Status.UNKNOWN);
        assertThat(odd.status().isFinal()).isTrue();
    }

    @Test
    void stopQuerySendsTheQueryId() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(STOP)).willReturn(json(200,
                "{\"success\": true}")));

        logs.stopQuery(QUERY_ID);

        assertThat(only(STOP).getBodyAsString()).isEqualTo("{\"queryId\":\"" + QUERY_ID + "\"}");
    }

    @Test
    void aQueryThatMayNotBeStartedIsAccessDeniedNamingLogsStartQuery() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(START)).willReturn(json(400,
                "{\"__type\": \"AccessDeniedException\", \"message\": \"User: arn:aws:iam::123456789012:user/ops is not"
                        + " authorized to perform: logs:StartQuery\"}")));

        assertThatThrownBy(() -> logs.startQuery(new InsightsQuery(GROUP, List.of(), Instant.parse(
                "2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T11:00:00Z"), 100)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.operation()).isEqualTo("StartQuery");
                    assertThat(e.getMessage()).contains("log group " + GROUP).endsWith("The identity of profile"
                            + " stub needs permission for logs:StartQuery on this resource.");
                });
    }

    @Test
    void aGroupThatDoesNotExistIsNotFound() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(START)).willReturn(json(400,
                "{\"__type\": \"ResourceNotFoundException\", \"message\": \"Log group '" + GROUP + "' does not exist"
                        + " for account ID '123456789012'\"}")));

        assertThatThrownBy(() -> logs.startQuery(new InsightsQuery(GROUP, List.of(), Instant.parse(
                "2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T11:00:00Z"), 100)))
                .isInstanceOfSatisfying(GatewayException.class, e ->
                        assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    }

    @Test
    void aRefusedStopIsAGatewayException() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(STOP)).willReturn(json(400,
                "{\"__type\": \"InvalidParameterException\", \"message\": \"Query is not running\"}")));

        assertThatThrownBy(() -> logs.stopQuery(QUERY_ID)).isInstanceOfSatisfying(GatewayException.class, e ->
                assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST));
    }

    /** The reader over HTTP: the cluster's streams, StartQuery, GetQueryResults until Complete. */
    @Test
    void theReaderAsksUntilCompleteOverHttpAndStopsTheQueryOnCancel() {
        String arn = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b2c3d-4e5f-6789-abcd-ef0123456789-2";
        io.mskconsole.core.clusters.Cluster orders = io.mskconsole.testing.FakeMsk.provisioned(arn, "orders",
                io.mskconsole.core.clusters.ClusterState.ACTIVE, "K1", io.mskconsole.core.delivery.LogDelivery.NONE
                        .withCloudWatchLogs(io.mskconsole.core.delivery.CloudWatchLogsDestination.to(GROUP)));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("Logs_20140328.DescribeLogStreams"))
                .willReturn(json(200, "{\"logStreams\": [{\"logStreamName\": \"" + STREAM + "\", "
                        + "\"lastEventTimestamp\": 1772359800000}]}")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(START)).willReturn(json(200,
                "{\"queryId\": \"" + QUERY_ID + "\"}")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(RESULTS)).inScenario("query")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(json(200, "{\"results\": [], \"status\": \"Running\"}")).willSetStateTo("done"));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(RESULTS)).inScenario("query")
                .whenScenarioStateIs("done").willReturn(json(200, """
                        {"results": [[{"field": "@timestamp", "value": "2026-03-01 10:30:00.000"},
                          {"field": "@message", "value": "[2026-03-01 10:30:00,000] WARN Shrinking ISR (kafka.cluster.Partition)"},
                          {"field": "@logStream", "value": "%s"}]],
                         "statistics": {"recordsMatched": 1.0, "recordsScanned": 10.0, "bytesScanned": 2048.0},
                         "status": "Complete"}""".formatted(STREAM))));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(STOP)).willReturn(json(200,
                "{\"success\": true}")));
        Instant from = Instant.parse("2026-03-01T10:00:00Z");
        Instant to = Instant.parse("2026-03-01T11:00:00Z");
        List<java.time.Duration> waits = new java.util.ArrayList<>();
        io.mskconsole.core.brokerlogs.BrokerLogReader reader = new io.mskconsole.core.brokerlogs.BrokerLogReader(
                logs, session.arrival(StubAccount.REGION), (wait, c) -> {
                    waits.add(wait);
                    return c.isCancelled();
                }, Runnable::run);

        var read = reader.query(orders, io.mskconsole.core.delivery.LogKind.BROKER, from, to,
                io.mskconsole.core.brokerlogs.LogFilter.ALL, 100, said -> { }, io.mskconsole.core.concurrent
                        .Cancellation.none());

        assertThat(read.lines()).singleElement().satisfies(l -> assertThat(l.text()).contains("Shrinking ISR"));
        assertThat(waits).containsExactly(java.time.Duration.ofSeconds(1));
        assertThat(aws.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(RESULTS))))
                .hasSize(2);
        assertThat(aws.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(STOP))))
                .as("a query that completed is not stopped").isEmpty();

        aws.resetRequests();
        aws.setScenarioState("query", com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED);
        io.mskconsole.core.concurrent.Cancellation cancel = new io.mskconsole.core.concurrent.Cancellation();
        io.mskconsole.core.brokerlogs.BrokerLogReader cancelling = new io.mskconsole.core.brokerlogs.BrokerLogReader(
                logs, session.arrival(StubAccount.REGION), (wait, c) -> {
                    cancel.cancel();
                    return true;
                }, Runnable::run);

        var stopped = cancelling.query(orders, io.mskconsole.core.delivery.LogKind.BROKER, from, to,
                io.mskconsole.core.brokerlogs.LogFilter.ALL, 100, said -> { }, cancel);

        assertThat(stopped.lines()).isEmpty();
        assertThat(only(STOP).getBodyAsString()).isEqualTo("{\"queryId\":\"" + QUERY_ID + "\"}");
    }

    private LoggedRequest only(String target) {
        List<LoggedRequest> sent = aws.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo(target)).withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }
}
