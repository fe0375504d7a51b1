package io.mskconsole.aws.kafka;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.UpdateRefusedException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster whose monitoring settings carry members this version does not know (what MSK may add after it was built):
 * they are named, nothing is sent that would drop them, and a copy of the cluster says it leaves them out.
 */
class UnknownMembersOverHttpTest {
    @RegisterExtension
    static WireMockExtension msk = StubAccount.localMsk();

    @TempDir
    Path home;

    private void describes(String cluster) {
        msk.stubFor(get(urlPathEqualTo(MskJson.DESCRIBE_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(MskJson.describeCluster(cluster))));
    }

    /** orders with a controllerLogs kind of log delivery and a third Prometheus exporter, both unknown here. */
    static String withNewMembers() {
        return MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large")
                .replace("\"s3\": {\"enabled\": false}}}",
                        "\"s3\": {\"enabled\": false, \"versioning\": true}}, \"controllerLogs\": {\"s3\": {\"enabled\": true}}}")
                .replace("\"nodeExporter\": {\"enabledInBroker\": false}",
                        "\"nodeExporter\": {\"enabledInBroker\": false}, \"kafkaExporter\": {\"enabledInBroker\": true}");
    }

    @Test
    void membersThisVersionDoesNotKnowAreNamedAndNothingIsSent() {
        describes(withNewMembers());
        ClusterGateway gateway = StubAccount.gateway(home, msk.baseUrl());

        Cluster cluster = gateway.describeCluster(MskJson.ARN);
        assertThat(cluster.monitoring().unknownMembers()).containsExactly("loggingInfo.controllerLogs",
                "loggingInfo.brokerLogs.s3.versioning", "openMonitoring.prometheus.kafkaExporter");

        UpdateRefusedException refused = catchThrowableOfType(UpdateRefusedException.class,
                () -> new LogDeliveryUpdate(gateway, Duration.ofMillis(10)).apply(MskJson.ARN,
                        LoggingInfo.of(LogDelivery.NONE), false, ApplyProgress.IGNORE, Cancellation.none()));
        assertThat(refused.reason()).isEqualTo(UpdateRefusedException.Reason.UNKNOWN_SETTINGS);
        assertThat(refused.getMessage()).contains("loggingInfo.controllerLogs", "nothing is sent");
        msk.verify(0, putRequestedFor(urlPathEqualTo(MskJson.UPDATE_PATH)));
    }

    @Test
    void aClusterThisVersionKnowsInFullHasNoUnknownMembers() {
        describes(MskJson.provisioned(MskJson.ARN, "orders", "K3AEGXETSR30VB", "ACTIVE", "kafka.m7g.large"));

        assertThat(StubAccount.gateway(home, msk.baseUrl()).describeCluster(MskJson.ARN).monitoring().unknownMembers())
                .isEmpty();
    }

    @Test
    void aCopyOfTheClusterSaysWhatItLeavesOut() {
        describes(withNewMembers());

        ClusterDetails details = StubAccount.open(home, StubAccount.settings(msk.baseUrl()))
                .clusterCreation(StubAccount.REGION).describeCluster(MskJson.ARN);

        assertThat(details.notCopied()).contains("loggingInfo.controllerLogs (not known to this version)");
    }
}
