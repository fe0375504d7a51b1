package io.mskconsole.aws.arrival;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.arrival.StreamActivity;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery health's reads over real HTTP, each request exactly as sent: DescribeLogStreams (JSON 1.1),
 * ListObjectsV2 (REST-XML, path-style against the stub) and GetMetricData (Smithy RPC v2 CBOR, see
 * {@link MetricsWire}); their answers mapped, a missing group or bucket empty, a refusal ACCESS_DENIED naming the
 * IAM action.
 */
class ArrivalOverHttpTest {
    static final String DESCRIBE_STREAMS = "Logs_20140328.DescribeLogStreams";
    static final String JSON_11 = "application/x-amz-json-1.1";
    static final String S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    static final String GROUP = "/aws/vendedlogs/msk/orders";
    static final String BUCKET = "msk-logs";
    static final String FOLDER = "AWSLogs/123456789012/KafkaBrokerLogs/us-east-1/"
            + "orders-5a1b2c3d-4e5f-6789-abcd-ef0123456789-2/2026-03-01-10/";
    static final String FOLDER_QUERY = "list-type=2&max-keys=1000&prefix=AWSLogs%2F123456789012%2FKafkaBrokerLogs"
            + "%2Fus-east-1%2Forders-5a1b2c3d-4e5f-6789-abcd-ef0123456789-2%2F2026-03-01-10%2F";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    ArrivalGateway gateway;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        gateway = session.arrival(StubAccount.REGION);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    // ---- CloudWatch Logs

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "5f1b2c3d-0000-4000-8000-000000000001").withBody(body);
    }

    @Test
    void newestStreamsAreAskedNewestEventFirstAndTheirEpochMillisecondsMapped() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE_STREAMS)).willReturn(json(200, """
                {"logStreams": [
                  {"logStreamName": "broker-2", "creationTime": 1740000000000, "firstEventTimestamp": 1740000001000,
                   "lastEventTimestamp": 1772359800123, "lastIngestionTime": 1772359805456,
                   "uploadSequenceToken": "4961", "arn": "arn:aws:logs:us-east-1:123456789012:log-group:%1$s:log-stream:broker-2",
                   "storedBytes": 0},
                  {"logStreamName": "broker-1", "creationTime": 1740000000000, "lastIngestionTime": 1772359000000,
                   "arn": "arn:aws:logs:us-east-1:123456789012:log-group:%1$s:log-stream:broker-1", "storedBytes": 0},
                  {"logStreamName": "broker-3", "creationTime": 1740000000000,
                   "arn": "arn:aws:logs:us-east-1:123456789012:log-group:%1$s:log-stream:broker-3", "storedBytes": 0}
                ]}""".formatted(GROUP))));

        Optional<List<LogStreamInfo>> streams = gateway.newestStreams(GROUP, 50);

        assertThat(streams).contains(List.of(
                new LogStreamInfo("broker-2", Instant.parse("2026-03-01T10:10:00.123Z"),
                        Instant.parse("2026-03-01T10:10:05.456Z")),
                new LogStreamInfo("broker-1", null, Instant.parse("2026-03-01T09:56:40Z")),
                new LogStreamInfo("broker-3", null, null)));
        LoggedRequest sent = only(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE_STREAMS))
                .withHeader("Content-Type", equalTo(JSON_11))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
        assertThat(sent.getBodyAsString()).isEqualTo("{\"logGroupName\":\"" + GROUP + "\",\"orderBy\":\"LastEventTime\","
                + "\"descending\":true,\"limit\":50}");
        assertThat(signature(sent)).endsWith("/us-east-1/logs/aws4_request");
    }

    @Test
    void moreThanFiftyStreamsArePagedWithTheNextTokenAndNoPageMoreThanNeeded() {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            first.append(i == 0 ? "" : ",").append("{\"logStreamName\": \"s").append(i)
                    .append("\", \"lastEventTimestamp\": ").append(1772359800000L - i * 1000).append('}');
        }
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE_STREAMS))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("nextToken"))
                .willReturn(json(200, "{\"logStreams\": [" + first + "], \"nextToken\": \"page-2\"}")));
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE_STREAMS))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("page-2"))
                .willReturn(json(200, "{\"logStreams\": [{\"logStreamName\": \"s50\", \"lastEventTimestamp\": "
                        + "1772359700000}, {\"logStreamName\": \"s51\"}], \"nextToken\": \"page-3\"}")));

        assertThat(gateway.newestStreams(GROUP, 50).orElseThrow()).hasSize(50);
        assertThat(aws.findAll(postRequestedFor(urlEqualTo("/")))).as("fifty need one page").hasSize(1);

        aws.resetRequests();
        List<LogStreamInfo> more = gateway.newestStreams(GROUP, 51).orElseThrow();

        assertThat(more).hasSize(51);
        assertThat(more.get(50).name()).isEqualTo("s50");
        List<LoggedRequest> sent = aws.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getBodyAsString()).isEqualTo("{\"logGroupName\":\"" + GROUP + "\",\"orderBy\":"
                + "\"LastEventTime\",\"descending\":true,\"nextToken\":\"page-2\",\"limit\":50}");
        assertThatThrownBy(() -> gateway.newestStreams(GROUP, 201)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGroupThatDoesNotExistIsEmpty() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE_STREAMS)).willReturn(json(400,
                "{\"__type\": \"ResourceNotFoundException\", \"message\": \"The specified log group does not exist.\"}")));

        assertThat(gateway.newestStreams("/aws/vendedlogs/msk/gone", 5)).isEmpty();

        assertThat(only(postRequestedFor(urlEqualTo("/"))).getBodyAsString()).isEqualTo("{\"logGroupName\":"
                + "\"/aws/vendedlogs/msk/gone\",\"orderBy\":\"LastEventTime\",\"descending\":true,\"limit\":5}");
    }

    @Test
    void streamsThatMayNotBeReadAreAccessDeniedNamingLogsDescribeLogStreams() {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(DESCRIBE_STREAMS)).willReturn(json(400,
                "{\"__type\": \"AccessDeniedException\", \"message\": \"User: arn:aws:iam::123456789012:user/ops is not"
                        + " authorized to perform: logs:DescribeLogStreams\"}")));

        assertThatThrownBy(() -> gateway.newestStreams(GROUP, 50)).isInstanceOfSatisfying(GatewayException.class, e -> {
            assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
            assertThat(e.operation()).isEqualTo("DescribeLogStreams");
            assertThat(e.getMessage()).isEqualTo("DescribeLogStreams of log group " + GROUP + " in us-east-1 (profile"
                    + " stub) failed: access denied (User: arn:aws:iam::123456789012:user/ops is not authorized to"
                    + " perform: logs:DescribeLogStreams). The identity of profile stub needs permission for"
                    + " logs:DescribeLogStreams on this resource.");
        });
    }

    // ---- S3

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody(body);
    }

    static String listing(String prefix, String... contents) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"" + S3_NS + "\"><Name>" + BUCKET
                + "</Name><Prefix>" + prefix + "</Prefix><KeyCount>" + contents.length + "</KeyCount><MaxKeys>1000"
                + "</MaxKeys><IsTruncated>false</IsTruncated>" + String.join("", contents) + "</ListBucketResult>";
    }

    static String object(String key, String lastModified, long size) {
        return "<Contents><Key>" + key + "</Key><LastModified>" + lastModified + "</LastModified><ETag>"
                + "&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm>"
                + "<ChecksumType>FULL_OBJECT</ChecksumType><Size>" + size + "</Size><StorageClass>STANDARD"
                + "</StorageClass></Contents>";
    }

    static String s3Error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                + "</Message><BucketName>" + BUCKET + "</BucketName><RequestId>4442587FB7D0A2F9</RequestId>"
                + "<HostId>hlT7CzKVwMIVPE4p0bUjrbUWzYXl9Ba2FDJfJrmHLnSXbWnY1l5qj6XpGZH5Y8lXnjm9EwUGXmQ=</HostId></Error>";
    }

    @Test
    void objectsAreOnePageOfOneFolderWithTheirSizesAndTimes() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(xml(200, listing(FOLDER,
                object(FOLDER + "2026-03-01-10-05-12-1a2b3c4d.log.gz", "2026-03-01T10:05:14.000Z", 48213),
                object(FOLDER + "2026-03-01-10-10-12-5e6f7a8b.log.gz", "2026-03-01T10:10:13.250Z", 51077)))));

        Optional<List<StoredObject>> objects = gateway.objects(BUCKET, FOLDER, 1000);

        assertThat(objects).contains(List.of(
                new StoredObject(FOLDER + "2026-03-01-10-05-12-1a2b3c4d.log.gz", 48213,
                        Instant.parse("2026-03-01T10:05:14Z")),
                new StoredObject(FOLDER + "2026-03-01-10-10-12-5e6f7a8b.log.gz", 51077,
                        Instant.parse("2026-03-01T10:10:13.250Z"))));
        LoggedRequest sent = only(getRequestedFor(urlPathEqualTo("/" + BUCKET)));
        assertThat(sent.getUrl()).isEqualTo("/" + BUCKET + "?" + FOLDER_QUERY);
        assertThat(sent.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
        assertThat(signature(sent)).endsWith("/us-east-1/s3/aws4_request");
    }

    @Test
    void aBucketThatDoesNotExistIsEmpty() {
        aws.stubFor(get(urlPathEqualTo("/nobody-has-this")).willReturn(xml(404,
                s3Error("NoSuchBucket", "The specified bucket does not exist"))));

        assertThat(gateway.objects("nobody-has-this", FOLDER, 10)).isEmpty();

        assertThat(only(getRequestedFor(urlPathEqualTo("/nobody-has-this"))).getUrl())
                .isEqualTo("/nobody-has-this?list-type=2&max-keys=10&prefix=" + FOLDER_QUERY.split("prefix=")[1]);
    }

    @Test
    void aBucketThatMayNotBeListedIsAccessDeniedNamingS3ListBucket() {
        aws.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(xml(403, s3Error("AccessDenied", "Access Denied"))));

        assertThatThrownBy(() -> gateway.objects(BUCKET, FOLDER, 1000)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.operation()).isEqualTo("ListObjectsV2");
                    assertThat(e.getMessage()).isEqualTo("ListObjectsV2 of bucket " + BUCKET + " in us-east-1 (profile"
                            + " stub) failed: access denied (Access Denied). The identity of profile stub needs"
                            + " permission for s3:ListBucket on this resource.");
                });
        aws.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBucketOfAnotherRegionIsListedWithThatRegionsClientAndAskedThereDirectlyNextTime() {
        String bucket = "eu-logs";
        aws.stubFor(get(urlPathEqualTo("/" + bucket)).withHeader("Authorization", matching(".*/us-east-1/s3/.*"))
                .willReturn(xml(301, s3Error("PermanentRedirect", "The bucket you are attempting to access must be"
                        + " addressed using the specified endpoint. Please send all future requests to this endpoint."))
                        .withHeader("x-amz-bucket-region", "eu-west-1")));
        aws.stubFor(get(urlPathEqualTo("/" + bucket)).withHeader("Authorization", matching(".*/eu-west-1/s3/.*"))
                .willReturn(xml(200, listing(FOLDER, object(FOLDER + "a.log.gz", "2026-03-01T10:05:14.000Z", 7)))));

        List<StoredObject> first = gateway.objects(bucket, FOLDER, 1000).orElseThrow();
        List<StoredObject> again = gateway.objects(bucket, FOLDER, 1000).orElseThrow();

        assertThat(first).containsExactly(new StoredObject(FOLDER + "a.log.gz", 7, Instant.parse("2026-03-01T10:05:14Z")));
        assertThat(again).isEqualTo(first);
        assertThat(aws.findAll(getRequestedFor(urlPathEqualTo("/" + bucket))))
                .extracting(r -> signature(r).split("/")[2] + " " + r.getUrl())
                .as("redirected once, then asked in its own region")
                .containsExactly("us-east-1 /eu-logs?" + FOLDER_QUERY, "eu-west-1 /eu-logs?" + FOLDER_QUERY,
                        "eu-west-1 /eu-logs?" + FOLDER_QUERY);
    }

    @Test
    void aListingWithoutAPrefixIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> gateway.objects(BUCKET, "", 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gateway.objects(BUCKET, null, 1000)).isInstanceOf(IllegalArgumentException.class);
        aws.verify(0, anyRequestedFor(anyUrl()));
    }

    // ---- CloudWatch metrics

    static final String STREAM = "msk-broker-logs-stream";
    static final Instant FROM = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant TO = Instant.parse("2026-03-01T11:00:00Z");

    static Instant at(String time) {
        return Instant.parse("2026-03-01T" + time + ":00Z");
    }

    @Test
    void streamActivityIsOneGetMetricDataOverRpcV2CborWithBothSumsAndTheNewestPeriodWithARecord() {
        aws.stubFor(post(urlEqualTo(MetricsWire.GET_METRIC_DATA)).willReturn(MetricsWire.answer(MetricsWire.map(
                "MetricDataResults", List.of(
                        MetricsWire.result("records", "IncomingRecords", List.of(at("10:55"), at("10:50"), at("10:45"),
                                at("10:05")), List.of(0.0, 12.0, 30.0, 5.0)),
                        MetricsWire.result("bytes", "IncomingBytes", List.of(at("10:55"), at("10:50"), at("10:45"),
                                at("10:05")), List.of(0.0, 24576.0, 61440.0, 10240.0)),
                        MetricsWire.result("delivered", "DeliveryToS3.Records", List.of(at("10:55"), at("10:50")),
                                List.of(40.0, 5.0)),
                        MetricsWire.result("success", "DeliveryToS3.Success", List.of(at("10:55"), at("10:50")),
                                List.of(1.0, 0.5))),
                "Messages", List.of()))));

        StreamActivity activity = gateway.streamActivity(STREAM, FROM, TO);

        assertThat(activity).as("the newest period with a record started 10:50 and ended 10:55")
                .isEqualTo(new StreamActivity(47, 96256, at("10:55"), 45L, 0.75));
        LoggedRequest sent = only(postRequestedFor(urlEqualTo(MetricsWire.GET_METRIC_DATA))
                .withHeader("smithy-protocol", equalTo("rpc-v2-cbor"))
                .withHeader("Content-Type", equalTo(MetricsWire.CBOR))
                .withHeader("Accept", equalTo(MetricsWire.CBOR))
                .withHeader("x-amzn-query-mode", equalTo("true"))
                .withHeader("X-Amz-Target", absent())
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
        assertThat(signature(sent)).endsWith("/us-east-1/monitoring/aws4_request");
        Object body = Cbor.read(sent.getBody());
        Map<String, Object> expected = MetricsWire.map(
                "MetricDataQueries", List.of(MetricsWire.query("records", "IncomingRecords", STREAM),
                        MetricsWire.query("bytes", "IncomingBytes", STREAM),
                        MetricsWire.query("delivered", "DeliveryToS3.Records", STREAM),
                        MetricsWire.query("success", "DeliveryToS3.Success", "Average", STREAM)),
                "StartTime", new Cbor.Epoch(1772359200.0), "EndTime", new Cbor.Epoch(1772362800.0));
        assertThat(body).isEqualTo(expected);
        assertThat(body).as("the keys in this order").hasToString(expected.toString());
        assertThat(((Cbor.Epoch) expected.get("StartTime")).instant()).isEqualTo(FROM);
    }

    @Test
    void aPeriodStillRunningEndsAtToAndAStreamWithoutDataTookNothing() {
        Instant to = Instant.parse("2026-03-01T11:02:30Z");
        aws.stubFor(post(urlEqualTo(MetricsWire.GET_METRIC_DATA)).willReturn(MetricsWire.answer(MetricsWire.map(
                "MetricDataResults", List.of(
                        MetricsWire.result("records", "IncomingRecords", List.of(at("11:00")), List.of(3.0)),
                        MetricsWire.result("bytes", "IncomingBytes", List.of(at("11:00")), List.of(900.0))),
                "Messages", List.of()))));

        assertThat(gateway.streamActivity(STREAM, FROM, to)).isEqualTo(new StreamActivity(3, 900, to));

        aws.resetAll();
        aws.stubFor(post(urlEqualTo(MetricsWire.GET_METRIC_DATA)).willReturn(MetricsWire.answer(MetricsWire.map(
                "MetricDataResults", List.of(
                        MetricsWire.result("records", "IncomingRecords", List.of(), List.of()),
                        MetricsWire.result("bytes", "IncomingBytes", List.of(), List.of())),
                "Messages", List.of()))));

        assertThat(gateway.streamActivity("no-such-stream", FROM, TO)).isEqualTo(StreamActivity.NONE);
    }

    @Test
    void metricsThatMayNotBeReadAreAccessDeniedNamingCloudwatchGetMetricData() {
        aws.stubFor(post(urlEqualTo(MetricsWire.GET_METRIC_DATA)).willReturn(MetricsWire.error(403,
                "AccessDeniedException", "AccessDenied", "User: arn:aws:iam::123456789012:user/ops is not authorized"
                        + " to perform: cloudwatch:GetMetricData because no identity-based policy allows the"
                        + " cloudwatch:GetMetricData action")));

        assertThatThrownBy(() -> gateway.streamActivity(STREAM, FROM, TO)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.operation()).isEqualTo("GetMetricData");
                    assertThat(e.getMessage()).isEqualTo("GetMetricData of delivery stream " + STREAM + " in us-east-1"
                            + " (profile stub) failed: access denied (User: arn:aws:iam::123456789012:user/ops is not"
                            + " authorized to perform: cloudwatch:GetMetricData because no identity-based policy"
                            + " allows the cloudwatch:GetMetricData action). The identity of profile stub needs"
                            + " permission for cloudwatch:GetMetricData on this resource.");
                });
        aws.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void afterTheSessionClosesNothingIsSentAndEachReadIsAConfigurationFailure() {
        session.close();

        for (Runnable read : List.<Runnable>of(() -> gateway.newestStreams(GROUP, 50),
                () -> gateway.objects(BUCKET, FOLDER, 1000), () -> gateway.streamActivity(STREAM, FROM, TO))) {
            assertThatThrownBy(read::run).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
        }
        aws.verify(0, anyRequestedFor(anyUrl()));
    }

    // ---- helpers

    LoggedRequest only(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = aws.findAll(pattern);
        assertThat(requests).hasSize(1);
        assertThat(aws.findAll(anyRequestedFor(anyUrl()))).as("nothing else was sent").hasSize(1);
        return requests.get(0);
    }

    /** The credential scope of the SigV4 signature: "AKID/DATE/REGION/SERVICE/aws4_request". */
    static String signature(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        String credential = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length());
        return credential.substring(0, credential.indexOf(','));
    }
}
