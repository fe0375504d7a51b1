package io.mskconsole.aws.arrival;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.JSON_11;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.json;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.signature;
import static io.mskconsole.aws.arrival.ArrivalOverHttpTest.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.brokerlogs.LogEventPage;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log viewer's reads over real HTTP, each request exactly as sent: FilterLogEvents (JSON 1.1) page after page,
 * GetObject (REST-XML, path-style against the stub) with its body streamed as stored; a missing group, bucket or key
 * NOT_FOUND naming it, a refusal ACCESS_DENIED naming the IAM action.
 */
class LogSourcesOverHttpTest {
    static final String FILTER = "Logs_20140328.FilterLogEvents";
    static final String GROUP = "/aws/vendedlogs/msk/orders";
    static final String STREAM = "orders-5a1b2c3d-4e5f-6789-abcd-ef0123456789-2-broker-1";
    static final Instant FROM = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant TO = Instant.parse("2026-03-01T10:15:00Z");
    static final String BUCKET = "msk-logs";
    static final String KEY = "AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/"
            + "orders-5a1b2c3d-4e5f-6789-abcd-ef0123456789-2/2026-03-01-10/Broker-1_10-05_1a2b3c4d.log.gz";

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

    // ---- CloudWatch Logs

    @Test
    void aFirstPageAsksTheStreamsBetweenTheTimesWithThePatternAndMapsItsEvents() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(FILTER)).willReturn(json(200, """
                {"events": [
                  {"logStreamName": "%1$s", "timestamp": 1772359201123, "ingestionTime": 1772359203000,
                   "message": "[2026-03-01 10:00:01,123] ERROR [ReplicaFetcher replicaId=1, leaderId=3, fetcherId=0] Error\\n\\tat kafka.server.X.run(X.scala:1)",
                   "eventId": "37849503812384729384723984729384723984723984723984723"},
                  {"logStreamName": "%1$s", "timestamp": 1772359211456, "ingestionTime": 1772359213000,
                   "message": "[2026-03-01 10:00:11,456] INFO Rolled new log segment (kafka.log.LocalLog)",
                   "eventId": "37849503812384729384723984729384723984723984723984724"}
                ],
                "searchedLogStreams": [],
                "nextToken": "Bxkq6kVGFtq2y_MoigeqscPOdhXVbhiVtLoAmXb5jCqnlh3kiDtqpZfjfxd7fa-ZD4yNNbeHbfFbKEYhMrZk6Q"}
                """.formatted(STREAM))));

        LogEventPage page = logs.events(GROUP, List.of(STREAM), FROM, TO, "ERROR", null, 500);

        assertThat(page.events()).containsExactly(
                new LogEvent(STREAM, Instant.parse("2026-03-01T10:00:01.123Z"), "[2026-03-01 10:00:01,123] ERROR"
                        + " [ReplicaFetcher replicaId=1, leaderId=3, fetcherId=0] Error\n\tat"
                        + " kafka.server.X.run(X.scala:1)"),
                new LogEvent(STREAM, Instant.parse("2026-03-01T10:00:11.456Z"),
                        "[2026-03-01 10:00:11,456] INFO Rolled new log segment (kafka.log.LocalLog)"));
        assertThat(page.nextToken()).isEqualTo("Bxkq6kVGFtq2y_MoigeqscPOdhXVbhiVtLoAmXb5jCqnlh3kiDtqpZfjfxd7fa-"
                + "ZD4yNNbeHbfFbKEYhMrZk6Q");
        LoggedRequest sent = only(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(FILTER))
                .withHeader("Content-Type", equalTo(JSON_11))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
        assertThat(sent.getBodyAsString()).as("endTime is inclusive: the last millisecond before to")
                .isEqualTo("{\"logGroupName\":\"" + GROUP + "\",\"logStreamNames\":[\"" + STREAM + "\"],"
                        + "\"startTime\":1772359200000,\"endTime\":1772360099999,\"filterPattern\":\"ERROR\","
                        + "\"limit\":500}");
        assertThat(signature(sent)).endsWith("/us-east-1/logs/aws4_request");
    }

    @Test
    void theNextPageSendsTheTokenAndLeavesOutNoStreamsAndNoPattern() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(FILTER)).willReturn(json(200,
                "{\"events\": [], \"searchedLogStreams\": []}")));

        LogEventPage page = logs.events(GROUP, List.of(), FROM, TO, null, "Bxkq6kVGFtq2y_Moig", 10_000);

        assertThat(page).isEqualTo(new LogEventPage(List.of(), null));
        assertThat(only(postRequestedFor(urlEqualTo("/"))).getBodyAsString()).isEqualTo("{\"logGroupName\":\"" + GROUP
                + "\",\"startTime\":1772359200000,\"endTime\":1772360099999,\"nextToken\":\"Bxkq6kVGFtq2y_Moig\","
                + "\"limit\":10000}");
    }

    @Test
    void aLogGroupThatDoesNotExistIsNotFoundSayingSo() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(FILTER)).willReturn(json(400,
                "{\"__type\": \"ResourceNotFoundException\","
                        + " \"message\": \"The specified log group does not exist.\"}")));

        assertThatThrownBy(() -> logs.events("/aws/vendedlogs/msk/gone", List.of(), FROM, TO, null, null, 100))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.operation()).isEqualTo("FilterLogEvents");
                    assertThat(e.serviceMessage()).isEqualTo("The specified log group does not exist.");
                    assertThat(e.getMessage()).isEqualTo("FilterLogEvents of log group /aws/vendedlogs/msk/gone in"
                            + " us-east-1 (profile stub) failed: log group /aws/vendedlogs/msk/gone does not exist in"
                            + " us-east-1 (The specified log group does not exist). It may have been deleted, or be in"
                            + " another region or account.");
                });
        aws.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aStreamNamedThatDoesNotExistIsNotFoundSayingItIsAStream() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(FILTER)).willReturn(json(400,
                "{\"__type\": \"ResourceNotFoundException\","
                        + " \"message\": \"The specified log stream does not exist.\"}")));

        assertThatThrownBy(() -> logs.events(GROUP, List.of("gone-broker-9"), FROM, TO, null, null, 100))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("FilterLogEvents of log group " + GROUP + " in us-east-1"
                            + " (profile stub) failed: a log stream asked for does not exist in log group " + GROUP
                            + " (The specified log stream does not exist). It may have been deleted, or be in another"
                            + " region or account.");
                });
    }

    @Test
    void eventsThatMayNotBeReadAreAccessDeniedNamingLogsFilterLogEvents() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(FILTER)).willReturn(json(400,
                "{\"__type\": \"AccessDeniedException\", \"message\": \"User: arn:aws:iam::123456789012:user/ops is not"
                        + " authorized to perform: logs:FilterLogEvents\"}")));

        assertThatThrownBy(() -> logs.events(GROUP, List.of(), FROM, TO, null, null, 100))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.getMessage()).endsWith("The identity of profile stub needs permission for"
                            + " logs:FilterLogEvents on this resource.");
                });
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> logs.events(GROUP, List.of(), FROM, TO, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> logs.events(GROUP, List.of(), FROM, TO, null, null, 10_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> logs.events(GROUP, List.of(), TO, FROM, null, null, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(logs.events(GROUP, List.of(), FROM, FROM, null, null, 10)).as("nothing lies in [from, from)")
                .isEqualTo(new LogEventPage(List.of(), null));
        aws.verify(0, anyRequestedFor(anyUrl()));
    }

    // ---- S3

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("[2026-03-01 10:05:").append(String.format("%02d", i % 60)).append(",000] INFO [LocalLog"
                    + " partition=orders-").append(i % 12).append(", dir=/kafka/datalogs] Rolled new log segment at"
                    + " offset ").append(1000 + i * 37).append(" in 3 ms. (kafka.log.LocalLog)\n");
        }
        return text.toString();
    }

    @Test
    void anObjectIsItsStoredBytesStreamedAndNotDecompressed() throws IOException {
        byte[] stored = gzip(lines(300));
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET + "/" + KEY)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-gzip").withHeader("Content-Encoding", "gzip")
                .withHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"").withBody(stored)));

        byte[] read;
        try (InputStream body = logs.open(BUCKET, KEY)) {
            read = body.readAllBytes();
        }

        assertThat(read).as("the gzip as S3 stores it").isEqualTo(stored);
        LoggedRequest sent = only(getRequestedFor(urlPathEqualTo("/" + BUCKET + "/" + KEY)));
        assertThat(sent.getUrl()).isEqualTo("/" + BUCKET + "/" + KEY);
        assertThat(sent.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
        assertThat(signature(sent)).endsWith("/us-east-1/s3/aws4_request");
    }

    @Test
    void anObjectCanBeReadInPartAndClosedAndTheNextReadStillWorks() throws IOException {
        byte[] stored = gzip(lines(20_000));
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET + "/" + KEY)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(stored)));

        try (InputStream body = logs.open(BUCKET, KEY)) {
            assertThat(body.readNBytes(10)).isEqualTo(java.util.Arrays.copyOf(stored, 10));
        }
        try (InputStream again = logs.open(BUCKET, KEY)) {
            assertThat(again.readAllBytes()).isEqualTo(stored);
        }
        aws.verify(2, getRequestedFor(urlPathEqualTo("/" + BUCKET + "/" + KEY)));
    }

    @Test
    void aKeyOrABucketThatDoesNotExistIsNotFoundNamingBoth() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET + "/" + KEY)).willReturn(xml(404, "<?xml version=\"1.0\""
                + " encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist."
                + "</Message><Key>" + KEY + "</Key><RequestId>4442587FB7D0A2F9</RequestId><HostId>hlT7CzKVw=</HostId>"
                + "</Error>")));
        aws.stubFor(get(urlPathEqualTo("/nobody-has-this/" + KEY)).willReturn(xml(404,
                ArrivalOverHttpTest.s3Error("NoSuchBucket", "The specified bucket does not exist"))));

        assertThatThrownBy(() -> logs.open(BUCKET, KEY)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
            assertThat(e.operation()).isEqualTo("GetObject");
            assertThat(e.getMessage()).isEqualTo("GetObject of object s3://" + BUCKET + "/" + KEY + " in us-east-1"
                    + " (profile stub) failed: bucket " + BUCKET + " has no object " + KEY + " (The specified key"
                    + " does not exist). It may have been deleted (or expired by the bucket's lifecycle rules), or"
                    + " the key may be mistyped.");
        });
        assertThatThrownBy(() -> logs.open("nobody-has-this", KEY)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("GetObject of object s3://nobody-has-this/" + KEY + " in"
                            + " us-east-1 (profile stub) failed: bucket nobody-has-this does not exist (The specified"
                            + " bucket does not exist). It may have been deleted, or belong to another account.");
                });
    }

    @Test
    void anObjectThatMayNotBeReadIsAccessDeniedNamingS3GetObject() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET + "/" + KEY)).willReturn(xml(403,
                ArrivalOverHttpTest.s3Error("AccessDenied", "Access Denied"))));

        assertThatThrownBy(() -> logs.open(BUCKET, KEY)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
            assertThat(e.operation()).isEqualTo("GetObject");
            assertThat(e.getMessage()).isEqualTo("GetObject of object s3://" + BUCKET + "/" + KEY + " in us-east-1"
                    + " (profile stub) failed: access denied (Access Denied). The identity of profile stub needs"
                    + " permission for s3:GetObject on this resource.");
        });
        aws.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void anObjectOfABucketInAnotherRegionIsReadWithThatRegionsClientAndAskedThereDirectlyNextTime()
            throws IOException {
        byte[] stored = gzip(lines(3));
        aws.stubFor(get(urlPathEqualTo("/eu-logs/" + KEY)).withHeader("Authorization", matching(".*/us-east-1/s3/.*"))
                .willReturn(xml(301, ArrivalOverHttpTest.s3Error("PermanentRedirect", "The bucket you are attempting"
                        + " to access must be addressed using the specified endpoint."))
                        .withHeader("x-amz-bucket-region", "eu-west-1")));
        aws.stubFor(get(urlPathEqualTo("/eu-logs/" + KEY)).withHeader("Authorization", matching(".*/eu-west-1/s3/.*"))
                .willReturn(aResponse().withStatus(200).withBody(stored)));

        for (int i = 0; i < 2; i++) {
            try (InputStream body = logs.open("eu-logs", KEY)) {
                assertThat(body.readAllBytes()).isEqualTo(stored);
            }
        }

        assertThat(aws.findAll(getRequestedFor(urlPathEqualTo("/eu-logs/" + KEY))))
                .extracting(r -> signature(r).split("/")[2])
                .as("redirected once, then asked in its own region")
                .containsExactly("us-east-1", "eu-west-1", "eu-west-1");
    }

    @Test
    void afterTheSessionClosesNothingIsSentAndEachReadIsAConfigurationFailure() {
        session.close();

        for (Runnable read : List.<Runnable>of(() -> logs.events(GROUP, List.of(), FROM, TO, null, null, 10),
                () -> logs.open(BUCKET, KEY))) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
        }
        aws.verify(0, anyRequestedFor(anyUrl()));
    }

    LoggedRequest only(RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = aws.findAll(pattern);
        assertThat(requests).hasSize(1);
        assertThat(aws.findAll(anyRequestedFor(anyUrl()))).as("nothing else was sent").hasSize(1);
        return requests.get(0);
    }
}
