package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** ListClustersV2 over real HTTP: every page, and the mapping of each kind of cluster. */
class ListClustersOverHttpTest {
    static final String PATH = "/api/v2/clusters";
    static final String ARN_ORDERS = MskJson.ARN;
    static final String ARN_EVENTS = "arn:aws:kafka:us-east-1:123456789012:cluster/events/0b7c-serverless-1";
    static final String ARN_FAST = "arn:aws:kafka:us-east-1:123456789012:cluster/fast/9e8d-express-3";
    static final String ARN_BARE = "arn:aws:kafka:us-east-1:123456789012:cluster/bare/1234-bare-1";

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
    void readsEveryPageAndMapsEachKindOfCluster() {
        stubPages(0);

        List<Cluster> clusters = gateway.listClusters(Cancellation.none());

        List<LoggedRequest> requests = msk.findAll(getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(3);
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.queryParameter("maxResults").values()).containsExactly("100");
            assertThat(request.getHeader("Authorization")).matches(StubAccount.SIGNED_BY_STUB);
        });
        assertThat(requests).extracting(r -> r.queryParameter("nextToken").isPresent()
                ? r.queryParameter("nextToken").firstValue() : null).containsExactly(null, "token-2", "token-3");
        assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(
                PATH + "?maxResults=100", PATH + "?maxResults=100&nextToken=token-2",
                PATH + "?maxResults=100&nextToken=token-3");

        assertThat(clusters).extracting(Cluster::name).containsExactly("orders", "events", "fast", "bare");

        Cluster orders = clusters.get(0);
        assertThat(orders).isEqualTo(new Cluster(ARN_ORDERS, "orders", ClusterType.PROVISIONED, ClusterState.ACTIVE,
                "K3AEGXETSR30VB", "3.6.0", "kafka.m7g.large", 3,
                LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"))),
                new MonitoringSettings("PER_TOPIC_PER_BROKER", new OpenMonitoring(true, false)), null,
                Instant.parse("2024-03-01T10:15:30Z")));
        assertThat(orders.isExpress()).isFalse();
        assertThat(orders.supportsBrokerLogs()).isTrue();

        Cluster events = clusters.get(1);
        assertThat(events.type()).isEqualTo(ClusterType.SERVERLESS);
        assertThat(events.kafkaVersion()).isNull();
        assertThat(events.brokerInstanceType()).isNull();
        assertThat(events.brokerCount()).isZero();
        assertThat(events.brokerLogs()).isEqualTo(LogDelivery.NONE);
        assertThat(events.monitoring()).isEqualTo(MonitoringSettings.NONE);
        assertThat(events.supportsBrokerLogs()).isFalse();

        Cluster fast = clusters.get(2);
        assertThat(fast.type()).isEqualTo(ClusterType.PROVISIONED);
        assertThat(fast.brokerInstanceType()).isEqualTo("express.m7g.large");
        assertThat(fast.isExpress()).isTrue();
        assertThat(fast.state()).isEqualTo(ClusterState.UPDATING);
        assertThat(fast.activeOperationArn()).isEqualTo(MskJson.OPERATION_ARN);

        Cluster bare = clusters.get(3);
        assertThat(bare.state()).as("a state the enum does not know").isEqualTo(ClusterState.UNKNOWN);
        assertThat(bare.brokerLogs()).as("no loggingInfo at all").isEqualTo(LogDelivery.NONE);
        assertThat(bare.monitoring()).isEqualTo(new MonitoringSettings("DEFAULT", null));
        assertThat(bare.brokerCount()).as("numberOfBrokerNodes absent").isZero();
        assertThat(bare.kafkaVersion()).isNull();
    }

    @Test
    void stopsBeforeTheNextPageOnceCancelled() throws Exception {
        stubPages(600);
        Cancellation cancellation = Cancellation.none();
        RequestPatternBuilder secondPage = getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("nextToken",
                equalTo("token-2"));
        CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
            while (msk.findAll(secondPage).isEmpty()) {
                Thread.onSpinWait();
            }
            cancellation.cancel();
        });

        List<Cluster> clusters = gateway.listClusters(cancellation);

        canceller.get(5, TimeUnit.SECONDS);
        assertThat(clusters).as("a cancelled listing returns nothing, as the port says").isEmpty();
        msk.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
        msk.verify(0, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("nextToken", equalTo("token-3")));
    }

    @Test
    void sendsNothingWhenCancelledBeforeStarting() {
        stubPages(0);
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();

        assertThat(gateway.listClusters(cancellation)).isEmpty();
        msk.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
    }

    /** Three pages; the second answers after {@code secondPageDelayMillis}. */
    private static void stubPages(int secondPageDelayMillis) {
        String express = MskJson.provisioned(ARN_FAST, "fast", "K2EXPRESS0001", "UPDATING", "express.m7g.large")
                .replace("\"tags\": {},", "\"tags\": {}, \"activeOperationArn\": \"" + MskJson.OPERATION_ARN + "\",");
        String bare = """
                {"clusterArn": "%s", "clusterName": "bare", "clusterType": "PROVISIONED", "state": "SOMETHING_NEW",
                 "currentVersion": "K9BARE", "creationTime": "2023-01-01T00:00:00.000Z",
                 "provisioned": {"brokerNodeGroupInfo": {"instanceType": "kafka.t3.small"},
                                 "enhancedMonitoring": "DEFAULT"}}""".formatted(ARN_BARE);
        msk.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("nextToken", absent())
                .willReturn(page("token-2", MskJson.provisioned(ARN_ORDERS, "orders", "K3AEGXETSR30VB", "ACTIVE",
                        "kafka.m7g.large"))));
        msk.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("nextToken", equalTo("token-2"))
                .willReturn(page("token-3", MskJson.serverless(ARN_EVENTS, "events"), express)
                        .withFixedDelay(secondPageDelayMillis)));
        msk.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("nextToken", equalTo("token-3"))
                .willReturn(page(null, bare)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder page(String nextToken,
                                                                                        String... clusters) {
        String body = "{\"clusterInfoList\": [" + String.join(", ", clusters) + "]"
                + (nextToken == null ? "" : ", \"nextToken\": \"" + nextToken + "\"") + "}";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
