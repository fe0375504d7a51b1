package io.mskconsole.aws.kafka.authorizerlogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.kafka.KafkaClusterGateway;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;

/** Authorizer logs in ListClustersV2 pages and in CreateClusterV2; an MSK client without the workaround is refused. */
class AuthorizerLogsListCreateOverHttpTest {
    static final String OTHER_ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/events/7c1d-plain-1";

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    @Test
    void listClustersV2ReadsEachClustersAuthorizerLogsOverEveryPage() {
        msk.stubFor(get(urlPathEqualTo("/api/v2/clusters")).withQueryParam("nextToken", equalTo("page-2"))
                .willReturn(json("{\"clusterInfoList\": [" + MskJson.provisioned(OTHER_ARN, "events", "K1", "ACTIVE",
                        "kafka.m5.large") + "]}")));
        msk.stubFor(get(urlPathEqualTo("/api/v2/clusters")).withQueryParam("nextToken", com.github.tomakehurst
                        .wiremock.client.WireMock.absent())
                .willReturn(json("{\"clusterInfoList\": [" + AuthorizerLogsJson.provisioned(MskJson.ARN, "orders",
                        AuthorizerLogsJson.TO_LOG_GROUP_AND_BUCKET) + "], \"nextToken\": \"page-2\"}")));

        List<Cluster> clusters = StubAccount.gateway(home, msk.baseUrl()).listClusters(Cancellation.none());

        assertThat(clusters).extracting(Cluster::name).containsExactly("orders", "events");
        assertThat(clusters.get(0).logging().authorizerLogs()).isEqualTo(AuthorizerLogsOverHttpTest.AUTHORIZER);
        assertThat(clusters.get(1).logging().hasAuthorizerLogs()).isFalse();
    }

    @Test
    void createClusterV2SendsBothKindsInsideProvisionedLoggingInfo() {
        msk.stubFor(post(urlPathEqualTo("/api/v2/clusters")).willReturn(json("{\"clusterArn\": \"" + MskJson.ARN
                + "\", \"clusterName\": \"orders\", \"state\": \"CREATING\", \"clusterType\": \"PROVISIONED\"}")));
        LogDelivery broker = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));
        CreateClusterRequest request = new CreateClusterRequest(new ClusterDraft("orders", "3.6.0",
                new BrokerNodes("kafka.m7g.large", 3, List.of("subnet-1", "subnet-2", "subnet-3"), List.of(), 1000),
                ClientAccess.IAM_ONLY, Encryption.DEFAULT, MonitoringSettings.NONE,
                new LoggingInfo(broker, AuthorizerLogsOverHttpTest.AUTHORIZER), null, Map.of()));

        StubAccount.open(home, StubAccount.settings(msk.baseUrl())).clusterCreation(StubAccount.REGION)
                .createCluster(request);

        msk.verify(1, postRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withRequestBody(equalToJson(request.toApiBody().toString()))
                .withRequestBody(matchingJsonPath("$.provisioned.loggingInfo.authorizerLogs", equalToJson("""
                        {"cloudWatchLogs": {"enabled": true, "logGroup": "/aws/vendedlogs/msk/orders-authz"},
                         "firehose": {"enabled": false},
                         "s3": {"enabled": true, "bucket": "msk-audit", "prefix": "authz"}}""")))
                .withRequestBody(matchingJsonPath("$.provisioned.loggingInfo.brokerLogs.cloudWatchLogs.logGroup",
                        equalTo("/msk/orders"))));
    }

    @Test
    void anMskClientWithoutTheWorkaroundIsRefusedBeforeAnythingIsSent() {
        KafkaClient bare = KafkaClient.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create(msk.baseUrl().replace("//localhost:", "//127.0.0.1:")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake")))
                .build();
        KafkaClusterGateway gateway = new KafkaClusterGateway(bare, StubAccount.REGION, null);

        assertThatThrownBy(() -> gateway.updateMonitoring(new UpdateMonitoringRequest(MskJson.ARN, "K3AEGXETSR30VB",
                MonitoringSettings.NONE, LoggingInfo.of(LogDelivery.NONE))))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.getMessage()).contains("was not sent", "RawAnswers");
                });
        assertThatThrownBy(() -> gateway.describeCluster(MskJson.ARN)).isInstanceOf(GatewayException.class);
        msk.verify(0, anyRequestedFor(anyUrl()));
        bare.close();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
