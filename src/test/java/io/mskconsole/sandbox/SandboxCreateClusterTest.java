package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClusterCreation;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ClusterDraftRules;
import io.mskconsole.core.create.CreateClusterRequest;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.CreationOutcome;
import io.mskconsole.core.create.CreationProgress;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.create.KafkaVersions;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.create.RegionFacts;
import io.mskconsole.core.create.StartFromExisting;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.create.Vpc;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxCreateClusterTest {
    static final String REGION = SandboxData.US_EAST_1;
    final SandboxFixture sandbox = new SandboxFixture();
    final CreationGateway creation = sandbox.session.clusterCreation(REGION);
    final NetworkGateway network = sandbox.session.network(REGION);

    /** Three kafka.m5.large brokers in msk-network, delivering to a log group and a bucket that exist. */
    ClusterDraft draft(String name, LogDelivery logs) {
        List<String> subnets = SandboxNetwork.mskSubnets(REGION).stream().map(Subnet::id).toList();
        return new ClusterDraft(name, "3.8.x", new BrokerNodes("kafka.m5.large", 3, subnets,
                List.of(SandboxNetwork.brokersGroupId(REGION)), 500), ClientAccess.IAM_ONLY, Encryption.DEFAULT,
                null, LoggingInfo.of(logs), null, Map.of("team", "sandbox"));
    }

    static LogDelivery existingDestinations() {
        return new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders-prod"),
                S3Destination.to("msk-logs-111122223333-us-east-1", "new"), FirehoseDestination.OFF);
    }

    @Test
    void eachRegionHasTwoVpcsWithSubnetsInThreeZonesAndSecurityGroups() {
        List<Vpc> vpcs = network.vpcs(Cancellation.none());
        assertThat(vpcs).hasSize(2).filteredOn(Vpc::isDefault).hasSize(1);
        Vpc msk = vpcs.stream().filter(v -> !v.isDefault()).findFirst().orElseThrow();
        assertThat(msk.name()).isEqualTo("msk-network");
        List<Subnet> subnets = network.subnets(msk.id(), Cancellation.none());
        assertThat(subnets).extracting(Subnet::availabilityZone).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(subnets).extracting(Subnet::zoneId).containsExactly("use1-az1", "use1-az2", "use1-az3");
        assertThat(network.subnets(null, Cancellation.none())).hasSize(6);
        assertThat(network.securityGroups(msk.id(), Cancellation.none())).extracting(g -> g.name())
                .containsExactly("default", "msk-brokers", "msk-clients");
        assertThat(sandbox.session.network(SandboxData.EU_WEST_1).subnets(null, Cancellation.none()))
                .extracting(Subnet::id).doesNotContainAnyElementsOf(subnets.stream().map(Subnet::id).toList());
    }

    @Test
    void kafkaVersionsWithTheNewestActiveOneRecommended() {
        assertThat(KafkaVersions.choices(creation.listKafkaVersions())).extracting(KafkaVersions.Choice::label)
                .containsExactly("4.0.x (recommended)", "3.9.x", "3.8.x", "3.7.x", "3.6.0", "3.5.1",
                        "2.8.1 (deprecated)");
    }

    @Test
    void aNewClusterIsCreatingThenActiveAndListedWithItsLogDestinations() {
        ClusterDraft draft = draft("orders-copy", existingDestinations());
        String arn = creation.createCluster(new CreateClusterRequest(draft));

        Cluster listed = sandbox.cluster(REGION, "orders-copy");
        assertThat(listed.arn()).isEqualTo(arn).startsWith("arn:aws:kafka:us-east-1:111122223333:cluster/orders-copy/");
        assertThat(listed.state()).isEqualTo(ClusterState.CREATING);
        assertThat(listed.brokerLogs()).isEqualTo(existingDestinations());

        sandbox.clock.advance(SandboxFixture.OPERATION);
        ClusterDetails details = creation.describeCluster(arn);
        assertThat(details.state()).isEqualTo(ClusterState.ACTIVE);
        assertThat(details.stateCode()).isNull();
        assertThat(details.settings()).isEqualTo(draft);
        assertThat(sandbox.cluster(REGION, "orders-copy").state()).isEqualTo(ClusterState.ACTIVE);
    }

    @Test
    void aMissingDestinationMakesTheNewClusterFail() {
        LogDelivery missing = existingDestinations().withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/nowhere"));
        ClusterCreation flow = new ClusterCreation(creation, Duration.ZERO);
        String arn = flow.send(new CreateClusterRequest(draft("doomed", missing)), CreationProgress.IGNORE,
                Cancellation.none());
        CreationOutcome outcome = flow.follow(arn, new CreationProgress() {
            @Override
            public void state(ClusterDetails cluster, Duration elapsed) {
                sandbox.clock.advance(Duration.ofSeconds(1));
            }
        }, Cancellation.none());

        assertThat(outcome.status()).isEqualTo(CreationOutcome.Status.FAILED);
        assertThat(outcome.last().describeState())
                .isEqualTo("FAILED: The specified log group /msk/nowhere does not exist in us-east-1. (code: InvalidLogGroup)");
        assertThat(sandbox.cluster(REGION, "doomed").state()).isEqualTo(ClusterState.FAILED);
    }

    @Test
    void refusesWhatMskRefusesAtOnce() {
        assertThatThrownBy(() -> creation.createCluster(new CreateClusterRequest(draft("orders-prod",
                existingDestinations())))).isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONFLICT);
                    assertThat(e.serviceMessage()).isEqualTo("A cluster with the name orders-prod already exists in this Region.");
                });
        ClusterDraft unknownSubnet = draft("new-one", existingDestinations());
        unknownSubnet = unknownSubnet.withBrokers(unknownSubnet.brokers().withClientSubnets(List.of(
                "subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2")));
        ClusterDraft refused = unknownSubnet;
        assertThatThrownBy(() -> creation.createCluster(new CreateClusterRequest(refused)))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
                    assertThat(e.serviceMessage()).isEqualTo("Subnet subnet-0123456789abcdef0 does not exist in us-east-1.");
                    assertThat(e.getMessage()).endsWith("(parameter: Provisioned.BrokerNodeGroupInfo.ClientSubnets)");
                });
        assertThat(sandbox.gateway(REGION).listClusters(Cancellation.none())).extracting(Cluster::name)
                .doesNotContain("new-one");
    }

    @Test
    void sampleClustersStartNewOnesWithAllTheirSettings() {
        Cluster orders = sandbox.cluster(REGION, "orders-prod");
        StartFromExisting.StartingPoint start = StartFromExisting.copy(creation.describeCluster(orders.arn()));
        ClusterDraft copy = start.draft();

        assertThat(copy.name()).isEmpty();
        assertThat(copy.kafkaVersion()).isEqualTo("3.6.0");
        assertThat(copy.brokers().clientSubnets()).hasSize(3);
        assertThat(copy.brokers().volumeSizeGiB()).isEqualTo(1000);
        assertThat(copy.configuration()).isEqualTo(SandboxData.ORDERS_CONFIGURATION);
        assertThat(copy.brokerLogs()).isEqualTo(orders.brokerLogs());
        assertThat(copy.tags()).containsEntry("team", "orders");
        RegionFacts facts = RegionFacts.of(REGION, network.subnets(null, Cancellation.none()),
                network.securityGroups(null, Cancellation.none()), creation.listKafkaVersions());
        assertThat(ClusterDraftRules.check(copy.withName("orders-prod-2"), facts)).isEmpty();

        String arn = creation.createCluster(new CreateClusterRequest(copy.withName("orders-prod-2")));
        assertThat(arn).contains(":cluster/orders-prod-2/");

        Cluster express = sandbox.cluster(REGION, "clickstream-express");
        assertThat(StartFromExisting.copy(creation.describeCluster(express.arn())).draft().brokers().volumeSizeGiB())
                .isNull();
    }
}
