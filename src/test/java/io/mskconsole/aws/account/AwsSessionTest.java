package io.mskconsole.aws.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.errors.SessionClosedException;
import io.mskconsole.aws.network.Ec2QueryClient;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kafka.KafkaClient;

class AwsSessionTest {
    static final String KEYS = "aws_access_key_id = " + StubAccount.ACCESS_KEY_ID
            + "\naws_secret_access_key = fakeSecretForTestsOnly\n";

    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path dir;

    AwsSession open(String config, String profile, Map<String, String> env, AwsClientSettings settings) {
        StubAccount.write(dir.resolve("config"), config);
        return AwsProfileDirectory.forFiles(dir.resolve("config"), dir.resolve("credentials"), env, settings)
                .open(profile);
    }

    AwsSession open(String config, String profile, Map<String, String> env) {
        return open(config, profile, env, AwsClientSettings.production());
    }

    @Test
    void regionsAreThoseOfTheProfilesPartition() {
        try (AwsSession useast = open("[profile p]\nregion = us-east-1\n", "p", Map.of())) {
            List<String> regions = useast.regions();
            assertThat(regions).contains("us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1")
                    .doesNotContain("cn-north-1", "us-gov-west-1", "aws-global", "aws-cn-global")
                    .isSorted();
        }
        try (AwsSession china = open("[profile p]\nregion = cn-north-1\n", "p", Map.of())) {
            assertThat(china.regions()).containsExactly("cn-north-1", "cn-northwest-1");
        }
    }

    @Test
    void regionsFollowTheEnvironmentWhenTheProfileHasNoRegionAndDefaultToTheAwsPartition() {
        try (AwsSession gov = open("[profile p]\n" + KEYS, "p", Map.of("AWS_REGION", "us-gov-west-1"))) {
            assertThat(gov.regions()).containsExactly("us-gov-east-1", "us-gov-west-1");
        }
        try (AwsSession none = open("[profile p]\n" + KEYS, "p", Map.of())) {
            assertThat(none.defaultRegion()).isEmpty();
            assertThat(none.regions()).contains("us-east-1", "eu-central-1").doesNotContain("cn-north-1");
        }
    }

    @Test
    void defaultRegionIsAwsRegionThenAwsDefaultRegionThenTheProfiles() {
        String withRegion = "[profile p]\nregion = eu-west-1\n";
        String without = "[profile p]\n" + KEYS;
        try (AwsSession s = open(withRegion, "p", Map.of("AWS_REGION", "us-west-2", "AWS_DEFAULT_REGION", "ap-south-1"))) {
            assertThat(s.defaultRegion()).as("the environment wins over the file").contains("us-west-2");
        }
        try (AwsSession s = open(withRegion, "p", Map.of("AWS_DEFAULT_REGION", "ap-south-1"))) {
            assertThat(s.defaultRegion()).contains("ap-south-1");
        }
        try (AwsSession s = open(withRegion, "p", Map.of("AWS_REGION", " ", "AWS_DEFAULT_REGION", ""))) {
            assertThat(s.defaultRegion()).as("blank variables count as unset").contains("eu-west-1");
        }
        try (AwsSession s = open(without, "p", Map.of("AWS_REGION", "us-west-2", "AWS_DEFAULT_REGION", "ap-south-1"))) {
            assertThat(s.defaultRegion()).contains("us-west-2");
        }
        try (AwsSession s = open(without, "p", Map.of("AWS_DEFAULT_REGION", "ap-south-1"))) {
            assertThat(s.defaultRegion()).contains("ap-south-1");
        }
        try (AwsSession s = open(withRegion, "p", Map.of("AWS_REGION", "cn-north-1"))) {
            assertThat(s.regions()).as("the partition follows the region that wins").contains("cn-north-1")
                    .doesNotContain("eu-west-1");
        }
    }

    @Test
    void pollsOperationsEveryTenSeconds() {
        try (AwsSession s = open("[profile p]\n", "p", Map.of())) {
            assertThat(s.operationPollInterval()).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void aProfilesEndpointUrlIsHonouredWithoutAnyOverride() {
        stubEmptyList();
        String config = "[profile local]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:" + msk.getPort()
                + "\n" + KEYS;
        AwsClientSettings noOverride = StubAccount.settings(msk.baseUrl()).withEndpointOverride(null);
        assertThat(noOverride.endpointOverride()).isNull();
        assertThat(noOverride.credentialsOverride()).isNull();

        try (AwsSession session = open(config, "local", Map.of(), noOverride)) {
            List<Cluster> clusters = session.clusters("us-east-1").listClusters(Cancellation.none());

            assertThat(clusters).extracting(Cluster::name).containsExactly("orders");
        }
        msk.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters"))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
    }

    @Test
    void aServiceSpecificEndpointUrlOfTheProfileIsHonouredToo() {
        stubEmptyList();
        String config = "[profile local]\nregion = us-east-1\nservices = local-stubs\n" + KEYS
                + "[services local-stubs]\nkafka =\n  endpoint_url = http://127.0.0.1:" + msk.getPort() + "\n";

        try (AwsSession session = open(config, "local", Map.of(),
                StubAccount.settings(msk.baseUrl()).withEndpointOverride(null))) {
            assertThat(session.clusters("us-east-1").listClusters(Cancellation.none())).hasSize(1);
        }
        msk.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters")));
    }

    @Test
    void aConnectionFailureToAProfileEndpointNamesThatHost() {
        String config = "[profile local]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9\n" + KEYS;

        try (AwsSession session = open(config, "local", Map.of(),
                StubAccount.settings(msk.baseUrl()).withEndpointOverride(null))) {
            assertThatThrownBy(() -> session.clusters("us-east-1").describeCluster(MskJson.ARN))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                        assertThat(e.getMessage()).startsWith("Could not reach MSK in us-east-1 (127.0.0.1:9): ");
                    });
        }
    }

    @Test
    void buildsOneClientPerRegionOnFirstUseEvenUnderConcurrentCalls() throws Exception {
        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()))) {
            session.clusters("us-east-1");
            assertThat(session.clientCount()).as("asking for a gateway builds nothing").isZero();

            Set<KafkaClient> seen = ConcurrentHashMap.newKeySet();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                pool.submit(() -> {
                    start.await();
                    seen.add(session.client("eu-west-1"));
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            assertThat(seen).hasSize(1);
            assertThat(session.client("eu-west-1")).isSameAs(seen.iterator().next());
            assertThat(session.client("us-east-1")).isNotSameAs(seen.iterator().next());
            assertThat(session.clientCount()).isEqualTo(2);
            assertThat(session.client("eu-west-1").serviceClientConfiguration().region().id()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void closingClosesTheClientsAndRefusesFurtherUse() {
        AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()));
        var gateway = session.clusters("us-east-1");
        session.client("us-east-1");

        session.close();

        assertThat(session.clientCount()).isZero();
        assertThatThrownBy(() -> session.client("us-east-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> gateway.listClusters(Cancellation.none()))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.operation()).isEqualTo("ListClustersV2");
                    assertThat(e.getMessage()).isEqualTo("ListClustersV2 in us-east-1 (profile p) was not sent: the"
                            + " session of profile p was closed (another account was chosen or its window was"
                            + " closed). Choose the account again and retry.");
                });
    }

    @Test
    void anUpdateThroughAClosedSessionIsAConfigurationFailureAndSendsNothing() {
        AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()));
        var gateway = session.clusters("us-east-1");
        session.close();

        assertThatThrownBy(() -> gateway.updateMonitoring(new UpdateMonitoringRequest(MskJson.ARN, "K3AEGXETSR30VB",
                MonitoringSettings.NONE, LoggingInfo.of(LogDelivery.NONE))))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).as("not UNKNOWN: nothing can have been applied")
                            .isEqualTo(Failure.CONFIGURATION);
                    assertThat(e.getMessage()).contains("was not sent: the session of profile p was closed")
                            .contains("Choose the account again");
                });
        assertThatThrownBy(() -> gateway.describeCluster(MskJson.ARN)).isInstanceOf(GatewayException.class);
        msk.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theEc2QueryClientIsBuiltOncePerRegionAndClosedWithTheSession() {
        AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()));
        Ec2QueryClient useast = session.ec2("us-east-1");

        assertThat(session.ec2("us-east-1")).isSameAs(useast);
        assertThat(session.ec2("eu-west-1")).isNotSameAs(useast);
        assertThat(session.clientCount()).isEqualTo(2);
        assertThat(useast.endpoint()).isEqualTo(StubAccount.settings(msk.baseUrl()).endpointOverride());

        session.close();

        assertThat(session.clientCount()).isZero();
        assertThatThrownBy(() -> useast.call("DescribeVpcs", Map.of())).as("its credentials are closed")
                .isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> session.ec2("us-east-1")).isInstanceOf(SessionClosedException.class);
        msk.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRegionEc2CannotUseIsAConfigurationFailure() {
        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()).withEndpointOverride(null))) {
            assertThatThrownBy(() -> session.network("not a region!").vpcs(Cancellation.none()))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                        assertThat(e.getMessage()).isEqualTo("DescribeVpcs in not a region! (profile p) was not sent:"
                                + " the Amazon EC2 client for region not a region! could not be set up"
                                + " ('not%20a%20region%21' is not a region name). Check the region and the settings of profile p in the AWS"
                                + " config file.");
                    });
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()));
        session.client("us-east-1");
        session.client("eu-west-1");

        session.close();
        session.close();

        assertThat(session.clientCount()).isZero();
        assertThatThrownBy(() -> session.clusters("us-east-1").describeCluster(MskJson.ARN))
                .isInstanceOfSatisfying(GatewayException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
    }

    @Test
    void aRegionTheSdkCannotUseIsAGatewayFailureNotARawException() {
        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                StubAccount.settings(msk.baseUrl()).withEndpointOverride(null))) {
            assertThatThrownBy(() -> session.clusters("not a region!").describeCluster(MskJson.ARN))
                    .isInstanceOfSatisfying(GatewayException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION);
                        assertThat(e.operation()).isEqualTo("DescribeClusterV2");
                        assertThat(e.getMessage()).startsWith("DescribeClusterV2 of cluster " + MskJson.ARN
                                        + " in not a region! (profile p) was not sent: the MSK client for region not a"
                                        + " region! could not be set up (Configured region (not%20a%20region%21)")
                                .contains("invalid region configuration")
                                .endsWith("). Check the region and the settings of profile p in the AWS config file.")
                                .doesNotContain("Valid regions").doesNotContain("\n");
                    });
        }
        msk.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void stubSettingsSendToTheStubAndSignWithTheirOwnFakeKeyInsteadOfTheProfiles() {
        stubEmptyList();

        try (AwsSession session = open("[profile p]\nregion = us-east-1\n" + KEYS, "p", Map.of(),
                AwsClientSettings.forStub(java.net.URI.create("http://127.0.0.1:" + msk.getPort())))) {
            assertThat(session.clusters("us-east-1").listClusters(Cancellation.none())).hasSize(1);
        }
        msk.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/clusters")).withHeader("Authorization",
                matching("AWS4-HMAC-SHA256 Credential=" + AwsClientSettings.STUB_ACCESS_KEY_ID + "/\\d{8}/us-east-1/kafka/aws4_request, .*")));
    }

    @Test
    void productionSettingsUseTheSdksEndpointsAndTheProfilesCredentials() {
        AwsClientSettings production = AwsClientSettings.production();

        assertThat(production.endpointOverride()).isNull();
        assertThat(production.credentialsOverride()).isNull();
        assertThat(production.maxAttempts()).as("the standard strategy's own default").isZero();
        assertThat(production.connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(production.socketTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(production.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(production.apiCallTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(AwsClientSettings.forStub(java.net.URI.create("http://127.0.0.1:1")).toString())
                .contains("credentialsOverride=set").doesNotContain(AwsClientSettings.STUB_ACCESS_KEY_ID);
    }

    @Test
    void aMissingRegionIsAConfigurationFailure() {
        try (AwsSession session = open("[profile p]\n" + KEYS, "p", Map.of())) {
            assertThatThrownBy(() -> session.clusters(" ")).isInstanceOfSatisfying(GatewayException.class,
                    e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
        }
    }

    private static void stubEmptyList() {
        msk.stubFor(get(urlPathEqualTo("/api/v2/clusters")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"clusterInfoList\": [" + MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB",
                        "ACTIVE", "kafka.m5.large") + "]}")));
    }
}
