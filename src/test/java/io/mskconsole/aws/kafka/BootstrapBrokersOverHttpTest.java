package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** GetBootstrapBrokers over HTTP: GET /v1/clusters/{arn}/bootstrap-brokers, every string of the answer kept. */
class BootstrapBrokersOverHttpTest {
    static final String PATH = "/v1/clusters/" + MskJson.ENCODED_ARN + "/bootstrap-brokers";
    static final String IAM = "b-1.orders.k3aegx.c2.kafka.us-east-1.amazonaws.com:9098,"
            + "b-2.orders.k3aegx.c2.kafka.us-east-1.amazonaws.com:9098";
    static final String PUBLIC_IAM = "b-1-public.orders.k3aegx.c2.kafka.us-east-1.amazonaws.com:9198";
    static final String TLS = "b-1.orders.k3aegx.c2.kafka.us-east-1.amazonaws.com:9094";

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
    void sendsTheExactRequestAndKeepsEveryString() {
        msk.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"bootstrapBrokerStringTls": "%s", "bootstrapBrokerStringSaslIam": "%s",
                         "bootstrapBrokerStringPublicSaslIam": "%s",
                         "bootstrapBrokerStringVpcConnectivitySaslIam": "vpc-iam:14001"}"""
                        .formatted(TLS, IAM, PUBLIC_IAM))));

        BootstrapBrokers brokers = gateway.bootstrapBrokers(MskJson.ARN);

        assertThat(brokers).isEqualTo(new BootstrapBrokers(null, TLS, null, IAM, null, null, PUBLIC_IAM, null, null,
                "vpc-iam:14001"));
        assertThat(brokers.authentications()).containsExactly(ClientAuth.IAM, ClientAuth.TLS);
        assertThat(brokers.choose(ClientAuth.IAM, BrokerAccess.AUTO)).contains(PUBLIC_IAM);
        assertThat(brokers.choose(ClientAuth.IAM, BrokerAccess.PRIVATE)).contains(IAM);
        msk.verify(1, getRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", matching(StubAccount.SIGNED_BY_STUB)));
        assertThat(msk.getAllServeEvents()).singleElement()
                .satisfies(event -> assertThat(event.getRequest().getBodyAsString()).isEmpty());
    }

    @Test
    void anUnknownClusterIsNotFoundWithMsksWords() {
        msk.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "NotFoundException")
                .withBody(MskJson.error("The specified cluster was not found.", "clusterArn"))));

        assertThatThrownBy(() -> gateway.bootstrapBrokers(MskJson.ARN)).isInstanceOfSatisfying(GatewayException.class,
                e -> {
                    assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND);
                    assertThat(e.operation()).isEqualTo("GetBootstrapBrokers");
                    assertThat(e.serviceMessage()).isEqualTo("The specified cluster was not found.");
                });
        assertThat(List.of(PATH)).containsExactly(msk.getAllServeEvents().get(0).getRequest().getUrl());
    }
}
