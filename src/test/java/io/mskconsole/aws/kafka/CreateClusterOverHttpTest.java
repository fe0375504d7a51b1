package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.ClusterCreation;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ConfigurationRef;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreateOutcomeUnknownException;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.CreationOutcome;
import io.mskconsole.core.create.CreationProgress;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.create.KafkaVersion;
import io.mskconsole.core.create.StartFromExisting;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Creating a cluster over real HTTP: the exact CreateClusterV2 request, ListKafkaVersions, polling to its end. */
class CreateClusterOverHttpTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders-new/6b2c0e5e-aaaa-bbbb-cccc-0123456789ab-1";
    static final String DESCRIBE_PATH = "/api/v2/clusters/arn%3Aaws%3Akafka%3Aus-east-1%3A123456789012%3Acluster"
            + "%2Forders-new%2F6b2c0e5e-aaaa-bbbb-cccc-0123456789ab-1";

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    /** Three brokers over three zones, IAM and TLS, CloudWatch Logs and S3 on, a disabled Firehose with a kept name. */
    static ClusterDraft draft() {
        return new ClusterDraft("orders-new", "3.6.0",
                new BrokerNodes("kafka.m7g.large", 3, List.of("subnet-0a1b2c3d", "subnet-1a1b2c3d", "subnet-2a1b2c3d"),
                        List.of("sg-0a1b2c3d"), 1000),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT,
                new MonitoringSettings("PER_BROKER", new OpenMonitoring(true, false)),
                LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-new"),
                        S3Destination.to("msk-broker-logs", "orders"), new FirehoseDestination(false, "kept-name"))),
                null, Map.of("team", "orders"));
    }

    CreationGateway gateway(AwsClientSettings settings) {
        return StubAccount.open(home, settings).clusterCreation(StubAccount.REGION);
    }

    CreationGateway gateway() {
        return gateway(StubAccount.settings(msk.baseUrl()));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static String created() {
        return "{\"clusterArn\": \"" + ARN + "\", \"clusterName\": \"orders-new\", \"state\": \"CREATING\", "
                + "\"clusterType\": \"PROVISIONED\"}";
    }

    /** DescribeClusterV2 of the new cluster in a state, with stateInfo when given. */
    static String described(String state, String code, String message) {
        String stateInfo = code == null ? "" : ", \"stateInfo\": {\"code\": \"%s\", \"message\": \"%s\"}"
                .formatted(code, message);
        return """
                {"clusterInfo": {"clusterArn": "%s", "clusterName": "orders-new", "clusterType": "PROVISIONED",
                  "state": "%s"%s, "currentVersion": "K3NEWCLUSTER01", "creationTime": "2026-01-05T10:00:00.000Z",
                  "tags": {"team": "orders"},
                  "provisioned": {
                    "brokerNodeGroupInfo": {"instanceType": "kafka.m7g.large", "brokerAZDistribution": "DEFAULT",
                      "clientSubnets": ["subnet-0a1b2c3d", "subnet-1a1b2c3d", "subnet-2a1b2c3d"],
                      "securityGroups": ["sg-0a1b2c3d"],
                      "storageInfo": {"ebsStorageInfo": {"volumeSize": 1000}}},
                    "currentBrokerSoftwareInfo": {"kafkaVersion": "3.6.0"},
                    "clientAuthentication": {"sasl": {"iam": {"enabled": true}, "scram": {"enabled": false}},
                      "tls": {"enabled": false, "certificateAuthorityArnList": []}, "unauthenticated": {"enabled": false}},
                    "encryptionInfo": {"encryptionAtRest": {"dataVolumeKMSKeyId": "arn:aws:kms:us-east-1:123456789012:key/aws-kafka"},
                      "encryptionInTransit": {"clientBroker": "TLS", "inCluster": true}},
                    "enhancedMonitoring": "PER_BROKER",
                    "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                      "nodeExporter": {"enabledInBroker": false}}},
                    "loggingInfo": {"brokerLogs": {
                      "cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-new"},
                      "firehose": {"enabled": false},
                      "s3": {"enabled": true, "bucket": "msk-broker-logs", "prefix": "orders"}}},
                    "numberOfBrokerNodes": 3,
                    "storageMode": "LOCAL"}}}""".formatted(ARN, state, stateInfo);
    }

    @Test
    void sendsTheExactCreateClusterV2RequestOnce() {
        msk.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json(200, created())));
        CreateClusterRequest request = new CreateClusterRequest(draft());

        String arn = gateway().createCluster(request);

        String expected = """
                {"clusterName": "orders-new",
                 "tags": {"team": "orders"},
                 "provisioned": {
                   "kafkaVersion": "3.6.0",
                   "numberOfBrokerNodes": 3,
                   "brokerNodeGroupInfo": {"instanceType": "kafka.m7g.large",
                     "clientSubnets": ["subnet-0a1b2c3d", "subnet-1a1b2c3d", "subnet-2a1b2c3d"],
                     "securityGroups": ["sg-0a1b2c3d"],
                     "storageInfo": {"ebsStorageInfo": {"volumeSize": 1000}}},
                   "clientAuthentication": {"sasl": {"iam": {"enabled": true}, "scram": {"enabled": false}},
                     "tls": {"enabled": false}, "unauthenticated": {"enabled": false}},
                   "encryptionInfo": {"encryptionInTransit": {"clientBroker": "TLS", "inCluster": true}},
                   "enhancedMonitoring": "PER_BROKER",
                   "openMonitoring": {"prometheus": {"jmxExporter": {"enabledInBroker": true},
                                                     "nodeExporter": {"enabledInBroker": false}}},
                   "loggingInfo": {"brokerLogs": {
                     "cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-new"},
                     "firehose": {"enabled": false},
                     "s3": {"enabled": true, "bucket": "msk-broker-logs", "prefix": "orders"}}}}}""";
        msk.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB))
                .withRequestBody(equalToJson(expected))
                .withRequestBody(equalToJson(request.toApiBody().toString())));
        assertThat(arn).isEqualTo(ARN);
    }

    @Test
    void expressTlsAndAConfigurationAreSentAsDrafted() {
        msk.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json(200, created())));
        String ca = "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/0a1b";
        ClusterDraft express = draft().withBrokers(draft().brokers().withInstanceType("express.m7g.large"))
                .withAccess(new ClientAccess(false, false, true, true, List.of(ca)))
                .withEncryption(new Encryption(ClientBrokerEncryption.TLS_PLAINTEXT, false, "alias/msk"))
                .withConfiguration(new ConfigurationRef("arn:aws:kafka:us-east-1:123456789012:configuration/t/c-1", 4))
                .withTags(Map.of());

        gateway().createCluster(new CreateClusterRequest(express));

        msk.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withRequestBody(equalToJson("""
                        {"provisioned": {
                           "brokerNodeGroupInfo": {"instanceType": "express.m7g.large",
                             "clientSubnets": ["subnet-0a1b2c3d", "subnet-1a1b2c3d", "subnet-2a1b2c3d"],
                             "securityGroups": ["sg-0a1b2c3d"]},
                           "clientAuthentication": {"sasl": {"iam": {"enabled": false}, "scram": {"enabled": true}},
                             "tls": {"enabled": true, "certificateAuthorityArnList": ["%s"]},
                             "unauthenticated": {"enabled": false}},
                           "encryptionInfo": {"encryptionAtRest": {"dataVolumeKMSKeyId": "alias/msk"},
                             "encryptionInTransit": {"clientBroker": "TLS_PLAINTEXT", "inCluster": false}},
                           "configurationInfo": {"arn": "arn:aws:kafka:us-east-1:123456789012:configuration/t/c-1",
                                                 "revision": 4}}}""".formatted(ca), true, true))
                .withRequestBody(matching("^(?!.*storageInfo)(?!.*\"tags\").*$")));
    }

    @Test
    void aLostAnswerIsNotRetriedAndLeavesTheOutcomeUnknown() {
        msk.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json(503, "{\"message\": \"busy\"}")
                .withHeader("x-amzn-ErrorType", "ServiceUnavailableException")));
        AwsClientSettings retrying = new AwsClientSettings(StubAccount.settings(msk.baseUrl()).endpointOverride(), null,
                3, Duration.ofMillis(5), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(3),
                Duration.ofSeconds(10));
        ClusterCreation creation = new ClusterCreation(gateway(retrying), Duration.ofMillis(5));

        assertThatThrownBy(() -> creation.send(new CreateClusterRequest(draft()), CreationProgress.IGNORE,
                Cancellation.none())).isInstanceOf(CreateOutcomeUnknownException.class);
        msk.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/clusters")));
    }

    @Test
    void refusalsKeepTheServicesWords() {
        msk.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json(409,
                "{\"message\": \"A cluster with the name orders-new already exists.\"}")
                .withHeader("x-amzn-ErrorType", "ConflictException")));
        assertThatThrownBy(() -> gateway().createCluster(new CreateClusterRequest(draft())))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFLICT);
                    assertThat(e.operation()).isEqualTo("CreateClusterV2");
                    assertThat(e.getMessage()).contains("CreateClusterV2 of cluster orders-new in us-east-1",
                            "A cluster with the name orders-new already exists");
                });
        msk.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json(400,
                "{\"message\": \"The specified subnet does not exist.\", \"invalidParameter\": \"clientSubnets\"}")
                .withHeader("x-amzn-ErrorType", "BadRequestException")));
        assertThatThrownBy(() -> gateway().createCluster(new CreateClusterRequest(draft())))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
                    assertThat(e.getMessage()).endsWith(
                            "was refused by MSK: The specified subnet does not exist. (parameter: clientSubnets)");
                });
    }

    @Test
    void listsEveryPageOfKafkaVersions() {
        msk.stubFor(get(urlPathEqualTo("/v1/kafka-versions")).withQueryParam("nextToken", absent())
                .willReturn(json(200, """
                        {"kafkaVersions": [{"version": "2.8.1", "status": "DEPRECATED"},
                                           {"version": "3.6.0", "status": "ACTIVE"}],
                         "nextToken": "page-2"}""")));
        msk.stubFor(get(urlPathEqualTo("/v1/kafka-versions")).withQueryParam("nextToken", equalTo("page-2"))
                .willReturn(json(200, "{\"kafkaVersions\": [{\"version\": \"3.9.x\", \"status\": \"ACTIVE\"}]}")));

        assertThat(gateway().listKafkaVersions()).containsExactly(new KafkaVersion("2.8.1", "DEPRECATED"),
                new KafkaVersion("3.6.0", "ACTIVE"), new KafkaVersion("3.9.x", "ACTIVE"));
        msk.verify(2, getRequestedFor(urlPathEqualTo("/v1/kafka-versions"))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
    }

    @Test
    void followsTheNewClusterFromCreatingToActive() {
        inOrder("first", Scenario.STARTED, "polled", described("CREATING", null, null));
        inOrder("second", "polled", "done", described("ACTIVE", null, null));

        CreationOutcome outcome = new ClusterCreation(gateway(), Duration.ofMillis(5))
                .follow(ARN, CreationProgress.IGNORE, Cancellation.none());

        assertThat(outcome.status()).isEqualTo(CreationOutcome.Status.ACTIVE);
        assertThat(outcome.last().cluster().brokerLogs().s3().bucket()).isEqualTo("msk-broker-logs");
        msk.verify(2, getRequestedFor(urlPathEqualTo(DESCRIBE_PATH)));
    }

    @Test
    void followsTheNewClusterToFailedWithItsStateInfo() {
        inOrder("first", Scenario.STARTED, "polled", described("CREATING", null, null));
        inOrder("second", "polled", "done", described("FAILED", "InvalidS3Bucket",
                "The specified S3 bucket msk-broker-logs does not exist."));

        CreationOutcome outcome = new ClusterCreation(gateway(), Duration.ofMillis(5))
                .follow(ARN, CreationProgress.IGNORE, Cancellation.none());

        assertThat(outcome.status()).isEqualTo(CreationOutcome.Status.FAILED);
        assertThat(outcome.last().state()).isEqualTo(ClusterState.FAILED);
        assertThat(outcome.last().stateCode()).isEqualTo("InvalidS3Bucket");
        assertThat(outcome.last().describeState()).isEqualTo(
                "FAILED: The specified S3 bucket msk-broker-logs does not exist. (code: InvalidS3Bucket)");
    }

    @Test
    void aDescribedClusterStartsANewDraftWithAllItsSettings() {
        String tiered = described("ACTIVE", null, null).replace("\"storageMode\": \"LOCAL\"", "\"storageMode\": \"TIERED\"")
                .replace("\"currentBrokerSoftwareInfo\": {\"kafkaVersion\": \"3.6.0\"}",
                        "\"currentBrokerSoftwareInfo\": {\"kafkaVersion\": \"3.6.0\", \"configurationArn\": "
                                + "\"arn:aws:kafka:us-east-1:123456789012:configuration/t/c-1\", \"configurationRevision\": 2}");
        msk.stubFor(get(urlPathEqualTo(DESCRIBE_PATH)).willReturn(json(200, tiered)));

        ClusterDetails details = gateway().describeCluster(ARN);
        StartFromExisting.StartingPoint start = StartFromExisting.copy(details);

        ClusterDraft expected = draft().withName("")
                .withBrokerLogs(draft().brokerLogs().withFirehose(FirehoseDestination.OFF))
                .withEncryption(Encryption.DEFAULT.withAtRestKmsKey("arn:aws:kms:us-east-1:123456789012:key/aws-kafka"))
                .withConfiguration(new ConfigurationRef("arn:aws:kafka:us-east-1:123456789012:configuration/t/c-1", 2));
        assertThat(start.draft()).isEqualTo(expected);
        assertThat(start.notCopied()).containsExactly("tiered storage");
        assertThat(details.cluster().currentVersion()).isEqualTo("K3NEWCLUSTER01");
    }

    private static void inOrder(String name, String from, String to, String body) {
        msk.stubFor(get(urlPathEqualTo(DESCRIBE_PATH)).inScenario("poll").whenScenarioStateIs(from)
                .willSetStateTo(to).willReturn(json(200, body)).withName(name));
    }
}
