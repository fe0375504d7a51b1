package io.mskconsole.core.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeNetwork;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterDraftRulesTest {
    private static List<DraftProblem> problems(ClusterDraft draft) {
        return ClusterDraftRules.check(draft, Drafts.facts());
    }

    private static List<String> messages(ClusterDraft draft, DraftField field) {
        return ClusterDraftRules.check(draft, Drafts.facts(), field).stream().map(DraftProblem::message).toList();
    }

    private static ClusterDraft brokers(UnaryOperator<BrokerNodes> change) {
        ClusterDraft draft = Drafts.valid();
        return draft.withBrokers(change.apply(draft.brokers()));
    }

    @Test
    void theSampleDraftsPass() {
        assertThat(problems(Drafts.valid())).isEmpty();
        assertThat(problems(Drafts.express())).isEmpty();
        assertThat(ClusterDraftRules.check(Drafts.valid(), RegionFacts.UNKNOWN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "orders-2", "Orders-Prod-EU", "x1234567890123456789012345678901234567890123456789012345678901234"})
    void goodNames(String name) {
        String trimmed = name.length() > 64 ? name.substring(0, 64) : name;
        assertThat(messages(Drafts.valid().withName(trimmed), DraftField.NAME)).isEmpty();
    }

    @Test
    void badNamesSayWhy() {
        assertThat(messages(Drafts.valid().withName(""), DraftField.NAME)).containsExactly("Required: name the new cluster.");
        assertThat(messages(Drafts.valid().withName("2orders"), DraftField.NAME))
                .containsExactly("Cluster names start with a letter.");
        assertThat(messages(Drafts.valid().withName("-orders"), DraftField.NAME))
                .containsExactly("Cluster names start with a letter.");
        assertThat(messages(Drafts.valid().withName("orders_new"), DraftField.NAME))
                .containsExactly("Cluster names use only letters, digits and hyphens (found \"_\" at position 7).");
        assertThat(messages(Drafts.valid().withName("orders new"), DraftField.NAME))
                .containsExactly("Cluster names use only letters, digits and hyphens (found a space at position 7).");
        assertThat(messages(Drafts.valid().withName("é-orders"), DraftField.NAME))
                .containsExactly("Cluster names start with a letter.");
        assertThat(messages(Drafts.valid().withName("a".repeat(65)), DraftField.NAME))
                .containsExactly("Cluster names are at most 64 characters (this one has 65).");
    }

    @Test
    void theKafkaVersionMustBeOfferedAndActive() {
        assertThat(messages(Drafts.valid().withKafkaVersion(""), DraftField.KAFKA_VERSION))
                .containsExactly("Required: choose a Kafka version.");
        assertThat(messages(Drafts.valid().withKafkaVersion("3.7.x"), DraftField.KAFKA_VERSION)).containsExactly(
                "MSK does not offer Kafka 3.7.x in us-east-1. Choose one of: 3.9.x, 3.8.x, 3.6.0.");
        assertThat(messages(Drafts.valid().withKafkaVersion("2.8.1"), DraftField.KAFKA_VERSION)).containsExactly(
                "Kafka 2.8.1 is DEPRECATED: MSK creates no new clusters with it. Choose a newer version.");
        assertThat(ClusterDraftRules.check(Drafts.valid().withKafkaVersion("3.7.x"), RegionFacts.UNKNOWN))
                .as("unknown versions are not guessed").isEmpty();
    }

    @Test
    void expressBrokersRunKafka36OrLater() {
        RegionFacts any = RegionFacts.UNKNOWN;
        assertThat(ClusterDraftRules.check(Drafts.express().withKafkaVersion("3.5.1"), any))
                .extracting(DraftProblem::message).containsExactly(
                        "Express brokers run Kafka 3.6 or later: choose a newer version, or standard brokers.");
        assertThat(ClusterDraftRules.check(Drafts.express().withKafkaVersion("3.6.0"), any)).isEmpty();
        assertThat(ClusterDraftRules.check(Drafts.express().withKafkaVersion("4.0.x.kraft"), any)).isEmpty();
    }

    @Test
    void theBrokerTypeMustBeAnMskOne() {
        assertThat(messages(brokers(b -> b.withInstanceType("")), DraftField.INSTANCE_TYPE))
                .containsExactly("Required: choose a broker type.");
        assertThat(messages(brokers(b -> b.withInstanceType("m5.large")), DraftField.INSTANCE_TYPE)).containsExactly(
                "\"m5.large\" is not an MSK broker type: e.g. kafka.m7g.large, kafka.t3.small or express.m7g.large.");
        assertThat(messages(brokers(b -> b.withInstanceType("kafka.t3.small")), DraftField.INSTANCE_TYPE)).isEmpty();
        assertThat(messages(brokers(b -> b.withInstanceType("kafka.m8g.large")), DraftField.INSTANCE_TYPE))
                .as("a size AWS adds later follows the naming").isEmpty();
    }

    @Test
    void brokersAreAMultipleOfTheZones() {
        assertThat(messages(brokers(b -> b.withCount(6)), DraftField.BROKER_COUNT)).isEmpty();
        assertThat(messages(brokers(b -> b.withCount(4)), DraftField.BROKER_COUNT)).containsExactly(
                "MSK spreads brokers evenly over the zones: 4 brokers over 3 zones is uneven. Use a multiple of 3 "
                        + "(e.g. 3 or 6).");
        assertThat(messages(brokers(b -> b.withCount(2)), DraftField.BROKER_COUNT)).containsExactly(
                "MSK spreads brokers evenly over the zones: 2 brokers over 3 zones is uneven. Use a multiple of 3 "
                        + "(e.g. 3).");
        assertThat(messages(brokers(b -> b.withCount(0)), DraftField.BROKER_COUNT))
                .containsExactly("Required: at least one broker in each zone.");
        ClusterDraft twoZones = brokers(b -> b.withClientSubnets(List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B))
                .withCount(4));
        assertThat(problems(twoZones)).isEmpty();
        assertThat(twoZones.brokers().perZone()).isEqualTo(2);
    }

    @Test
    void twoOrThreeSubnetsInDistinctZonesOfOneVpc() {
        assertThat(messages(brokers(b -> b.withClientSubnets(List.of())), DraftField.CLIENT_SUBNETS))
                .containsExactly("Required: two or three subnets, each in its own zone.");
        assertThat(messages(brokers(b -> b.withClientSubnets(List.of(FakeNetwork.SUBNET_A)).withCount(1)),
                DraftField.CLIENT_SUBNETS)).containsExactly(
                "Choose two or three subnets, each in its own zone (these are 1).");
        assertThat(messages(brokers(b -> b.withClientSubnets(List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B,
                FakeNetwork.SUBNET_C, "subnet-0b00000d4")).withCount(4)), DraftField.CLIENT_SUBNETS)).contains(
                "Choose two or three subnets, each in its own zone (these are 4).",
                "Subnet subnet-0b00000d4 does not exist in us-east-1.");
        assertThat(messages(brokers(b -> b.withClientSubnets(List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_A))
                .withCount(2)), DraftField.CLIENT_SUBNETS)).containsExactly("subnet-0b00000a1 is listed twice.");
        assertThat(messages(brokers(b -> b.withClientSubnets(List.of(FakeNetwork.SUBNET_A, "net-1")).withCount(2)),
                DraftField.CLIENT_SUBNETS)).containsExactly("\"net-1\" is not a subnet id (subnet-0123abcd...).");
        assertThat(messages(brokers(b -> b.withClientSubnets(List.of(FakeNetwork.DEFAULT_SUBNET_A, FakeNetwork.SUBNET_B))
                .withCount(2)), DraftField.CLIENT_SUBNETS)).containsExactly(
                "The subnets are in different VPCs (vpc-0aaa00001, vpc-0bbb00002): choose subnets of one VPC.");
    }

    @Test
    void subnetsInTheSameZoneAreNamedWithTheirZone() {
        RegionFacts facts = Drafts.facts();
        java.util.List<Subnet> subnets = new java.util.ArrayList<>(facts.subnets().values());
        subnets.add(new Subnet("subnet-0b00000a9", FakeNetwork.VPC, "us-east-1a", "az1", "10.20.9.0/24", null));
        RegionFacts withSecondA = RegionFacts.of("us-east-1", subnets, List.copyOf(facts.securityGroups().values()),
                facts.kafkaVersions());
        ClusterDraft draft = brokers(b -> b.withClientSubnets(List.of(FakeNetwork.SUBNET_A, "subnet-0b00000a9"))
                .withCount(2));
        assertThat(ClusterDraftRules.check(draft, withSecondA)).extracting(DraftProblem::message).containsExactly(
                "subnet-0b00000a1 and subnet-0b00000a9 are both in us-east-1a (az1): each subnet must be in its own zone.");
    }

    @Test
    void expressBrokersNeedThreeZonesAndNoStorage() {
        ClusterDraft twoZones = Drafts.express().withBrokers(Drafts.express().brokers()
                .withClientSubnets(List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B)).withCount(2));
        assertThat(messages(twoZones, DraftField.CLIENT_SUBNETS))
                .containsExactly("Express brokers need three subnets in three zones (these are 2).");
        ClusterDraft withStorage = Drafts.express().withBrokers(Drafts.express().brokers().withVolumeSizeGiB(100));
        assertThat(messages(withStorage, DraftField.STORAGE)).containsExactly(
                "Express brokers have no storage settings: MSK manages their storage. Leave storage out.");
    }

    @Test
    void securityGroupsExistInTheSubnetsVpc() {
        assertThat(messages(brokers(b -> b.withSecurityGroups(List.of())), DraftField.SECURITY_GROUPS))
                .as("MSK takes the VPC's default group then").isEmpty();
        assertThat(messages(brokers(b -> b.withSecurityGroups(List.of(FakeNetwork.DEFAULT_GROUP))),
                DraftField.SECURITY_GROUPS)).containsExactly("Security group sg-0a0000001 (default) belongs to "
                + "vpc-0aaa00001, not to the subnets' VPC vpc-0bbb00002.");
        assertThat(messages(brokers(b -> b.withSecurityGroups(List.of("sg-0c0000009"))), DraftField.SECURITY_GROUPS))
                .containsExactly("Security group sg-0c0000009 does not exist in us-east-1.");
        assertThat(messages(brokers(b -> b.withSecurityGroups(List.of("default"))), DraftField.SECURITY_GROUPS))
                .containsExactly("\"default\" is not a security group id (sg-0123abcd...).");
    }

    @Test
    void storageWithinTheBrokerTypesRange() {
        assertThat(messages(brokers(b -> b.withVolumeSizeGiB(1)), DraftField.STORAGE)).isEmpty();
        assertThat(messages(brokers(b -> b.withVolumeSizeGiB(16384)), DraftField.STORAGE)).isEmpty();
        assertThat(messages(brokers(b -> b.withVolumeSizeGiB(16385)), DraftField.STORAGE)).containsExactly(
                "Storage per broker is 1 to 16,384 GiB for kafka.m7g.large (this is 16,385).");
        assertThat(messages(brokers(b -> b.withVolumeSizeGiB(0)), DraftField.STORAGE)).containsExactly(
                "Storage per broker is 1 to 16,384 GiB for kafka.m7g.large (this is 0).");
        assertThat(messages(brokers(b -> b.withVolumeSizeGiB(null)), DraftField.STORAGE))
                .containsExactly("Required: storage per broker, 1 to 16,384 GiB.");
    }

    @Test
    void atLeastOneAccessControlMethodWithTlsWhereItNeedsIt() {
        ClusterDraft none = Drafts.valid().withAccess(new ClientAccess(false, false, false, false, List.of()));
        assertThat(messages(none, DraftField.ACCESS_CONTROL)).containsExactly(
                "Turn on at least one access control method: unauthenticated, IAM, SASL/SCRAM or TLS.");
        ClusterDraft open = none.withAccess(none.access().withUnauthenticated(true))
                .withEncryption(ClientBrokerEncryption.PLAINTEXT);
        assertThat(problems(open)).isEmpty();
        assertThat(messages(Drafts.valid().withEncryption(ClientBrokerEncryption.PLAINTEXT),
                DraftField.ENCRYPTION_IN_TRANSIT)).containsExactly(
                "IAM works over TLS: choose TLS, or TLS and plaintext, between clients and brokers.");
        assertThat(problems(Drafts.valid().withEncryption(ClientBrokerEncryption.TLS_PLAINTEXT))).isEmpty();
    }

    @Test
    void tlsClientAuthenticationNamesItsCertificateAuthorities() {
        ClusterDraft tls = Drafts.valid().withAccess(ClientAccess.IAM_ONLY.withTls(true, List.of()));
        assertThat(messages(tls, DraftField.CERTIFICATE_AUTHORITIES)).containsExactly(
                "TLS client authentication needs at least one ACM Private CA certificate authority (its ARN).");
        assertThat(problems(tls.withAccess(tls.access().withTls(true, List.of(Drafts.CA_ARN))))).isEmpty();
        assertThat(messages(tls.withAccess(tls.access().withTls(true, List.of("my-ca"))),
                DraftField.CERTIFICATE_AUTHORITIES)).containsExactly("\"my-ca\" is not an ACM Private CA ARN "
                + "(arn:aws:acm-pca:REGION:ACCOUNT:certificate-authority/ID).");
    }

    @Test
    void monitoringConfigurationAndTags() {
        assertThat(messages(Drafts.valid().withMonitoring(new MonitoringSettings("PER_CLUSTER", null)),
                DraftField.ENHANCED_MONITORING)).containsExactly("\"PER_CLUSTER\" is not a monitoring level: DEFAULT, "
                + "PER_BROKER, PER_TOPIC_PER_BROKER, PER_TOPIC_PER_PARTITION.");
        assertThat(messages(Drafts.valid().withConfiguration(new ConfigurationRef(
                "arn:aws:kafka:us-east-1:123456789012:configuration/tuning/abc-1", 0)), DraftField.CONFIGURATION))
                .containsExactly("Configuration revisions start at 1 (this is 0).");
        assertThat(messages(Drafts.valid().withConfiguration(new ConfigurationRef("tuning", 1)),
                DraftField.CONFIGURATION)).containsExactly(
                "\"tuning\" is not an MSK configuration ARN (arn:aws:kafka:REGION:ACCOUNT:configuration/NAME/ID).");
        assertThat(messages(Drafts.valid().withTags(Map.of("aws:owner", "me")), DraftField.TAGS))
                .containsExactly("Tag keys may not begin with \"aws:\" (reserved by AWS): aws:owner.");
    }

    @Test
    void brokerLogProblemsComeAtTheirDestinationField() {
        ClusterDraft draft = Drafts.valid().withBrokerLogs(Drafts.valid().brokerLogs()
                .withS3(S3Destination.to("Bad_Bucket", null)));
        List<DraftProblem> problems = problems(draft);
        assertThat(problems).hasSize(1);
        DraftProblem problem = problems.get(0);
        assertThat(problem.field()).isEqualTo(DraftField.BROKER_LOGS);
        assertThat(problem.destinationField()).isEqualTo(DestinationField.BUCKET);
        assertThat(problem.path()).isEqualTo("Provisioned.LoggingInfo.BrokerLogs.S3.Bucket");
        assertThat(problem.describe()).startsWith("Broker logs, Amazon S3 bucket: Bucket names use only lowercase letters");
    }

    @Test
    void authorizerLogProblemsComeAtTheirOwnField() {
        ClusterDraft draft = Drafts.valid().withLogging(Drafts.valid().logging().withAuthorizerLogs(
                io.mskconsole.core.delivery.LogDelivery.NONE.withS3(S3Destination.to("Bad_Bucket", null))));
        List<DraftProblem> problems = problems(draft);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(DraftField.AUTHORIZER_LOGS);
            assertThat(problem.path()).isEqualTo("Provisioned.LoggingInfo.AuthorizerLogs.S3.Bucket");
            assertThat(problem.describe()).startsWith("Authorizer logs, Amazon S3 bucket: Bucket names use only");
        });
    }

    @Test
    void everyProblemSaysWhereItIsInTheFile() {
        ClusterDraft draft = Drafts.valid().withName("").withBrokers(Drafts.valid().brokers().withCount(4));
        assertThat(problems(draft)).extracting(DraftProblem::path)
                .containsExactly("ClusterName", "Provisioned.NumberOfBrokerNodes");
    }
}
