package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.mskconsole.aws.destinations.AwsWire.ACCOUNT;
import static io.mskconsole.aws.destinations.AwsWire.json;
import static io.mskconsole.aws.destinations.AwsWire.jsonError;
import static io.mskconsole.aws.destinations.AwsWire.jsonOk;
import static io.mskconsole.aws.destinations.AwsWire.jsonSent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.aws.errors.SessionClosedException;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/** Firehose (JSON 1.1, Firehose_20150804) over real HTTP: stream names page by page, a stream with type and tags. */
class DeliveryStreamsOverHttpTest {
    static final String LIST = "Firehose_20150804.ListDeliveryStreams";
    static final String DESCRIBE = "Firehose_20150804.DescribeDeliveryStream";
    static final String TAGS = "Firehose_20150804.ListTagsForDeliveryStream";

    @RegisterExtension
    static WireMockExtension aws = StubAccount.localMsk();

    @TempDir
    Path home;
    AwsSession session;
    DestinationGateway gateway;

    @BeforeEach
    void openStubProfile() {
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()));
        gateway = session.destinations(StubAccount.REGION).destinations();
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    static String arn(String name) {
        return "arn:aws:firehose:us-east-1:" + ACCOUNT + ":deliverystream/" + name;
    }

    static String description(String name, String type, String status) {
        return "{\"DeliveryStreamDescription\": {\"DeliveryStreamName\": \"" + name + "\", \"DeliveryStreamARN\": \""
                + arn(name) + "\", \"DeliveryStreamStatus\": \"" + status + "\", \"DeliveryStreamType\": \"" + type
                + "\", \"VersionId\": \"3\", \"CreateTimestamp\": 1.709288130E9, \"Destinations\": [{\"DestinationId\":"
                + " \"destinationId-000000000001\", \"ExtendedS3DestinationDescription\": {\"RoleARN\": \"arn:aws:iam::"
                + ACCOUNT + ":role/firehose\", \"BucketARN\": \"arn:aws:s3:::msk-logs\", \"BufferingHints\":"
                + " {\"SizeInMBs\": 5, \"IntervalInSeconds\": 300}, \"CompressionFormat\": \"GZIP\","
                + " \"EncryptionConfiguration\": {\"NoEncryptionConfig\": \"NoEncryption\"}}}],"
                + " \"HasMoreDestinations\": false}}";
    }

    @Test
    void listsNamesAndTakesTheLastNameAsTheNextPagesStart() {
        aws.stubFor(json(LIST).withRequestBody(equalToJson("{\"Limit\": 100}")).willReturn(jsonOk(
                "{\"DeliveryStreamNames\": [\"msk-a\", \"msk-b\"], \"HasMoreDeliveryStreams\": true}")));
        aws.stubFor(json(LIST).withRequestBody(equalToJson(
                        "{\"Limit\": 100, \"ExclusiveStartDeliveryStreamName\": \"msk-b\"}"))
                .willReturn(jsonOk("{\"DeliveryStreamNames\": [\"msk-c\"], \"HasMoreDeliveryStreams\": false}")));

        Page<String> first = gateway.deliveryStreams(null);
        Page<String> second = gateway.deliveryStreams(first.nextToken());

        assertThat(first.items()).containsExactly("msk-a", "msk-b");
        assertThat(first.nextToken()).isEqualTo("msk-b");
        assertThat(second.items()).containsExactly("msk-c");
        assertThat(second.hasMore()).isFalse();
        aws.verify(2, jsonSent(LIST));
    }

    @Test
    void aDirectPutStreamWithItsTagsFromEveryPage() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(description("msk-logs", "DirectPut", "ACTIVE"))));
        aws.stubFor(json(TAGS).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50}"))
                .willReturn(jsonOk("{\"Tags\": [{\"Key\": \"LogDeliveryEnabled\", \"Value\": \"true\"},"
                        + " {\"Key\": \"team\", \"Value\": \"streaming\"}], \"HasMoreTags\": true}")));
        aws.stubFor(json(TAGS).withRequestBody(equalToJson(
                        "{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50, \"ExclusiveStartTagKey\": \"team\"}"))
                .willReturn(jsonOk("{\"Tags\": [{\"Key\": \"owner\"}], \"HasMoreTags\": false}")));

        Optional<DeliveryStreamInfo> stream = gateway.deliveryStream("msk-logs");

        assertThat(stream).contains(new DeliveryStreamInfo("msk-logs", arn("msk-logs"), "DirectPut", "ACTIVE",
                Map.of("LogDeliveryEnabled", "true", "team", "streaming", "owner", "")));
        assertThat(stream.get().takesDirectPut()).isTrue();
        assertThat(stream.get().taggedForLogDelivery()).isTrue();
        aws.verify(1, jsonSent(DESCRIBE).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\"}")));
        aws.verify(2, jsonSent(TAGS));
    }

    @Test
    void aStreamFedByKinesisIsNotDirectPutAndHasNoTags() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(description("from-kinesis", "KinesisStreamAsSource", "CREATING"))));
        aws.stubFor(json(TAGS).willReturn(jsonOk("{\"Tags\": [], \"HasMoreTags\": false}")));

        DeliveryStreamInfo stream = gateway.deliveryStream("from-kinesis").orElseThrow();

        assertThat(stream.type()).isEqualTo("KinesisStreamAsSource");
        assertThat(stream.status()).isEqualTo("CREATING");
        assertThat(stream.tags()).isEmpty();
        assertThat(stream.takesDirectPut()).isFalse();
        assertThat(stream.taggedForLogDelivery()).isFalse();
    }

    @Test
    void aMissingStreamIsEmptyAndItsTagsAreNotAsked() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonError(400, "ResourceNotFoundException",
                "Firehose gone under account " + ACCOUNT + " not found.")));

        assertThat(gateway.deliveryStream("gone")).isEmpty();

        aws.verify(1, jsonSent(DESCRIBE).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"gone\"}")));
        aws.verify(0, jsonSent(TAGS));
    }

    @Test
    void tagsThatMayNotBeReadLeaveTheStreamAsDescribedWithTagsUnknown() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(description("msk-logs", "DirectPut", "ACTIVE"))));
        aws.stubFor(json(TAGS).willReturn(jsonError(400, "AccessDeniedException", "User: arn:aws:sts::" + ACCOUNT
                + ":assumed-role/Ops/s is not authorized to perform: firehose:ListTagsForDeliveryStream")));

        Optional<DeliveryStreamInfo> stream = gateway.deliveryStream("msk-logs");

        assertThat(stream).contains(new DeliveryStreamInfo("msk-logs", arn("msk-logs"), "DirectPut", "ACTIVE",
                Map.of(), false));
        assertThat(stream.get().takesDirectPut()).isTrue();
        aws.verify(1, jsonSent(DESCRIBE).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\"}")));
        aws.verify(1, jsonSent(TAGS).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50}")));
        assertThat(aws.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
    }

    @Test
    void tagsThrottledOnALaterPageAfterEveryRetryAreUnknownNotPartial() {
        session.close();
        session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()).withMaxAttempts(3));
        gateway = session.destinations(StubAccount.REGION).destinations();
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(description("msk-logs", "DirectPut", "ACTIVE"))));
        aws.stubFor(json(TAGS).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50}"))
                .willReturn(jsonOk("{\"Tags\": [{\"Key\": \"LogDeliveryEnabled\", \"Value\": \"true\"}],"
                        + " \"HasMoreTags\": true}")));
        aws.stubFor(json(TAGS).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50,"
                        + " \"ExclusiveStartTagKey\": \"LogDeliveryEnabled\"}"))
                .willReturn(jsonError(400, "ThrottlingException", "Rate exceeded")));

        DeliveryStreamInfo stream = gateway.deliveryStream("msk-logs").orElseThrow();

        assertThat(stream).isEqualTo(new DeliveryStreamInfo("msk-logs", arn("msk-logs"), "DirectPut", "ACTIVE",
                Map.of(), false));
        assertThat(stream.taggedForLogDelivery()).as("the first page's tag is not kept").isFalse();
        aws.verify(1, jsonSent(DESCRIBE));
        aws.verify(1, jsonSent(TAGS).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50}")));
        aws.verify(3, jsonSent(TAGS).withRequestBody(equalToJson("{\"DeliveryStreamName\": \"msk-logs\", \"Limit\": 50,"
                + " \"ExclusiveStartTagKey\": \"LogDeliveryEnabled\"}")));
    }

    @Test
    void aFailureOfDescribeDeliveryStreamStillFailsTheLookupAndTagsAreNotAsked() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonError(400, "AccessDeniedException",
                "User is not authorized to perform: firehose:DescribeDeliveryStream")));
        aws.stubFor(json(TAGS).willReturn(jsonOk("{\"Tags\": [], \"HasMoreTags\": false}")));

        assertThatThrownBy(() -> gateway.deliveryStream("msk-logs")).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.ACCESS_DENIED);
                    assertThat(e.operation()).isEqualTo("DescribeDeliveryStream");
                });
        aws.verify(1, jsonSent(DESCRIBE));
        aws.verify(0, jsonSent(TAGS));
    }

    @Test
    void aSessionClosedBetweenDescribeAndTagsStillFailsTheLookup() {
        aws.stubFor(json(DESCRIBE).willReturn(jsonOk(description("msk-logs", "DirectPut", "ACTIVE"))));
        aws.stubFor(json(TAGS).willReturn(jsonOk("{\"Tags\": [], \"HasMoreTags\": false}")));
        try (FirehoseClient firehose = FirehoseClient.builder().region(Region.US_EAST_1)
                .endpointOverride(StubAccount.settings(aws.baseUrl()).endpointOverride())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(StubAccount.ACCESS_KEY_ID, "fakeSecretForTestsOnly")))
                .build()) {
            var gateway = new AwsDestinationGateway(new ClosedAfterFirstFirehose(firehose), StubAccount.REGION,
                    StubAccount.PROFILE);

            assertThatThrownBy(() -> gateway.deliveryStream("msk-logs"))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                        assertThat(e.operation()).isEqualTo("ListTagsForDeliveryStream");
                        assertThat(e.getMessage()).contains("was not sent: the session of profile stub was closed");
                    });
        }
        aws.verify(1, jsonSent(DESCRIBE));
        aws.verify(0, jsonSent(TAGS));
    }

    /** Hands out the Firehose client once, then refuses as a closed session does. */
    private static final class ClosedAfterFirstFirehose implements DestinationClients {
        private final FirehoseClient firehose;
        private final AtomicInteger asked = new AtomicInteger();

        ClosedAfterFirstFirehose(FirehoseClient firehose) {
            this.firehose = firehose;
        }

        @Override
        public FirehoseClient firehose(String region) {
            if (asked.incrementAndGet() > 1) {
                throw new SessionClosedException(StubAccount.PROFILE);
            }
            return firehose;
        }

        @Override
        public CloudWatchLogsClient logs(String region) {
            throw new UnsupportedOperationException();
        }

        @Override
        public S3Client s3(String region) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KmsClient kms(String region) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IamClient iam(String region) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StsClient sts(String region) {
            throw new UnsupportedOperationException();
        }
    }
}
