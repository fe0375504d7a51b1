package io.mskconsole.core.create;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.delivery.LoggingInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker types, the Kafka versions, start from an existing cluster, and the AWS CLI command line. */
class CreateCatalogueTest {
    @Test
    void brokerTypesWithTheirStorage() {
        assertThat(BrokerTypes.ALL).extracting(BrokerType::instanceType).contains("kafka.t3.small", "kafka.m5.large",
                "kafka.m5.24xlarge", "kafka.m7g.16xlarge", "express.m7g.large", "express.m7g.16xlarge");
        assertThat(BrokerTypes.of(BrokerType.Family.EXPRESS)).hasSize(7).allMatch(BrokerType::isExpress);
        BrokerType t3 = BrokerTypes.find("kafka.t3.small").orElseThrow();
        assertThat(t3.takesVolume(1)).isTrue();
        assertThat(t3.takesVolume(16384)).isTrue();
        assertThat(t3.takesVolume(16385)).isFalse();
        assertThat(BrokerTypes.find("express.m7g.large").orElseThrow().takesVolume(100)).isFalse();
        assertThat(BrokerTypes.isExpress("kafka.express.m7g.large")).isTrue();
        assertThat(BrokerTypes.find("t3.small")).isEmpty();
    }

    @Test
    void kafkaVersionsNewestFirstTheNewestActiveOneRecommended() {
        List<KafkaVersion> listed = List.of(new KafkaVersion("2.8.1", "DEPRECATED"), new KafkaVersion("3.6.0", "ACTIVE"),
                new KafkaVersion("3.10.0", "ACTIVE"), new KafkaVersion("3.7.x.kraft", "ACTIVE"),
                new KafkaVersion("3.7.x", "ACTIVE"), new KafkaVersion("4.0.x.kraft", "DEPRECATED"));
        assertThat(KafkaVersions.choices(listed)).extracting(KafkaVersions.Choice::label).containsExactly(
                "3.10.0 (recommended)", "3.7.x", "3.7.x.kraft", "3.6.0", "4.0.x.kraft (deprecated)", "2.8.1 (deprecated)");
        assertThat(KafkaVersions.recommended(listed)).contains("3.10.0");
        assertThat(KafkaVersions.recommended(List.of(new KafkaVersion("2.8.1", "DEPRECATED")))).isEmpty();
        assertThat(KafkaVersions.atLeast("3.6.0", 3, 6)).isTrue();
        assertThat(KafkaVersions.atLeast("3.5.1", 3, 6)).isFalse();
        assertThat(KafkaVersions.atLeast("4.0.x.kraft", 3, 6)).isTrue();
        assertThat(KafkaVersions.atLeast("latest", 3, 6)).isFalse();
    }

    @Test
    void startFromExistingCopiesEverythingButTheNameAndIdentifiers() {
        ClusterDraft settings = Drafts.valid().withName("orders-prod").withConfiguration(new ConfigurationRef(
                "arn:aws:kafka:us-east-1:123456789012:configuration/tuning/abc-1", 2));
        Cluster cluster = new Cluster("arn:aws:kafka:us-east-1:123456789012:cluster/orders-prod/abc-1", "orders-prod",
                ClusterType.PROVISIONED, ClusterState.ACTIVE, "K3AEGXETSR30VB", "3.6.0", "kafka.m7g.large", 3,
                LoggingInfo.of(settings.brokerLogs()), settings.monitoring(), null, Instant.EPOCH);
        ClusterDetails existing = new ClusterDetails(cluster, settings, List.of("tiered storage"), null, null);

        StartFromExisting.StartingPoint start = StartFromExisting.copy(existing);

        assertThat(start.draft()).isEqualTo(settings.withName(""));
        assertThat(start.draft().name()).isEmpty();
        assertThat(start.sourceName()).isEqualTo("orders-prod");
        assertThat(start.notCopied()).containsExactly("tiered storage");
        assertThat(CreateClusterFile.write(start.draft())).doesNotContain("K3AEGXETSR30VB", cluster.arn(),
                "orders-prod\"");
        assertThat(ClusterDraftRules.check(start.draft(), Drafts.facts())).extracting(DraftProblem::field)
                .containsExactly(DraftField.NAME);

        Cluster serverless = new Cluster("arn:aws:kafka:us-east-1:123456789012:cluster/events/e-1", "events",
                ClusterType.SERVERLESS, ClusterState.ACTIVE, "V1", null, null, 0, null, null, null, Instant.EPOCH);
        assertThatThrownBy(() -> StartFromExisting.copy(new ClusterDetails(serverless, null, null, null, null)))
                .hasMessage("Cluster events is SERVERLESS: only a provisioned cluster's settings can start a new one.");
    }

    @Test
    void theAwsCliCommandLineNamesTheFileProfileAndRegion() {
        assertThat(CreateCommandLine.createClusterV2("orders new.json", CliAccount.named("prod"), "eu-west-1")).isEqualTo(
                "aws kafka create-cluster-v2 --profile prod --region eu-west-1 --cli-input-json 'file://orders new.json'");
        assertThat(CreateCommandLine.createClusterV2(null, CliAccount.AS_FOUND, "us-east-1"))
                .isEqualTo("aws kafka create-cluster-v2 --region us-east-1 --cli-input-json file://create-cluster.json");
    }

    @Test
    void aNewDraftStartsWithTheConsolesChoices() {
        ClusterDraft draft = ClusterDraft.newDraft();
        assertThat(draft.brokers().instanceType()).isEqualTo("kafka.m7g.large");
        assertThat(draft.brokers().count()).isEqualTo(3);
        assertThat(draft.brokers().volumeSizeGiB()).isEqualTo(1000);
        assertThat(draft.access()).isEqualTo(ClientAccess.IAM_ONLY);
        assertThat(ClusterDraftRules.check(draft, RegionFacts.UNKNOWN)).extracting(DraftProblem::field)
                .containsExactly(DraftField.NAME, DraftField.KAFKA_VERSION, DraftField.CLIENT_SUBNETS);
    }
}
