package io.mskconsole.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.create.KafkaVersions;
import io.mskconsole.core.create.Subnet;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.testing.FakeNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each field's problem appears at the field and clears; the region's lookups load, fail and are retried. */
class CreateFieldsTest {
    private final CreateFixture fixture = new CreateFixture();
    private final CreateClusterViewModel model = fixture.model();
    private final ClusterForm form = model.form();

    private String problem(DraftField field) {
        return model.checks().at(field).get();
    }

    @Test
    void startsWithTheConsolesProposalsAndTheNewestVersionOnceListed() {
        fixture.executor.runAll();
        assertThat(model.choices().versions()).extracting(KafkaVersions.Choice::label)
                .containsExactly("3.9.x (recommended)", "3.8.x", "3.6.0", "2.8.1 (deprecated)");
        assertThat(form.kafkaVersionProperty().get()).isEqualTo("3.9.x");
        assertThat(form.instanceTypeProperty().get()).isEqualTo("kafka.m7g.large");
        assertThat(form.brokerCountProperty().get()).isEqualTo(3);
        assertThat(form.storageProperty().get()).isEqualTo("1000");
        assertThat(form.iamProperty().get()).isTrue();
        assertThat(model.dirtyBinding().get()).as("proposals are not edits").isFalse();
        assertThat(model.network().vpcProperty().get().id()).as("the default VPC is proposed")
                .isEqualTo(FakeNetwork.DEFAULT_VPC);
    }

    @Test
    void theNameProblemAppearsAndClears() {
        fixture.executor.runAll();
        assertThat(problem(DraftField.NAME)).isEqualTo("Required: name the new cluster.");
        form.nameProperty().set("1orders");
        assertThat(problem(DraftField.NAME)).isEqualTo("Cluster names start with a letter.");
        form.nameProperty().set("orders_new");
        assertThat(problem(DraftField.NAME)).contains("only letters, digits and hyphens", "\"_\" at position 7");
        form.nameProperty().set("orders-new");
        assertThat(problem(DraftField.NAME)).isEmpty();
    }

    @Test
    void subnetsMustBeTwoOrThreeInDistinctZonesAndBrokersAMultipleOfThem() {
        fixture.executor.runAll();
        CreateFixture.fill(model);
        assertThat(model.checks().problems().get()).isEmpty();
        assertThat(model.checks().validBinding().get()).isTrue();

        form.chooseSubnet(FakeNetwork.SUBNET_C, false);
        assertThat(form.brokerCountProperty().get()).as("one broker per zone follows the zones").isEqualTo(2);
        assertThat(problem(DraftField.CLIENT_SUBNETS)).isEmpty();
        form.chooseSubnet(FakeNetwork.SUBNET_B, false);
        assertThat(problem(DraftField.CLIENT_SUBNETS)).contains("Choose two or three subnets", "(these are 1)");
        form.chooseSubnet(FakeNetwork.DEFAULT_SUBNET_A, true);
        assertThat(problem(DraftField.CLIENT_SUBNETS)).contains("different VPCs",
                FakeNetwork.SUBNET_A + " and " + FakeNetwork.DEFAULT_SUBNET_A + " are both in us-east-1a (az1)");
        form.chooseSubnet(FakeNetwork.DEFAULT_SUBNET_A, false);
        form.chooseSubnet(FakeNetwork.SUBNET_B, true);
        form.chooseSubnet(FakeNetwork.SUBNET_C, true);
        assertThat(problem(DraftField.CLIENT_SUBNETS)).isEmpty();

        form.brokersPerZoneProperty().set(2);
        assertThat(form.brokerCountProperty().get()).isEqualTo(6);
        form.brokerCountProperty().set(4);
        assertThat(problem(DraftField.BROKER_COUNT)).contains("4 brokers over 3 zones is uneven", "e.g. 3 or 6");
        assertThat(model.checks().validBinding().get()).isFalse();
        form.brokersPerZoneProperty().set(3);
        assertThat(form.brokerCountProperty().get()).isEqualTo(9);
        assertThat(problem(DraftField.BROKER_COUNT)).isEmpty();
    }

    @Test
    void storageIsAWholeNumberInRangeAndExpressBrokersHaveNone() {
        fixture.executor.runAll();
        CreateFixture.fill(model);
        form.storageProperty().set("lots");
        assertThat(problem(DraftField.STORAGE)).startsWith("Storage per broker is a whole number of GiB");
        form.storageProperty().set("20000");
        assertThat(problem(DraftField.STORAGE)).isEqualTo("Storage per broker is 1 to 16,384 GiB for kafka.m7g.large "
                + "(this is 20,000).");
        form.storageProperty().set("2,000");
        assertThat(problem(DraftField.STORAGE)).isEmpty();
        assertThat(form.value().brokers().volumeSizeGiB()).isEqualTo(2000);

        form.instanceTypeProperty().set("express.m7g.large");
        assertThat(form.storageProperty().get()).as("MSK manages Express storage").isEmpty();
        assertThat(problem(DraftField.STORAGE)).isEmpty();
        assertThat(model.preflight().expressBrokersProperty().get()).isTrue();
        fixture.executor.runAll();
        assertThat(model.preflight().findings()).as("the checks ran again for Express brokers")
                .extracting(io.mskconsole.core.destinations.Finding::checkId).contains("express-brokers");
        form.storageProperty().set("100");
        assertThat(problem(DraftField.STORAGE)).startsWith("Express brokers have no storage settings");
        form.storageProperty().set("");
        form.instanceTypeProperty().set("kafka.m5.large");
        assertThat(form.storageProperty().get()).as("the size before Express comes back").isEqualTo("2,000");
        assertThat(model.preflight().expressBrokersProperty().get()).isFalse();
    }

    @Test
    void accessControlNeedsOneMethodAndTlsInTransitForIam() {
        fixture.executor.runAll();
        CreateFixture.fill(model);
        form.iamProperty().set(false);
        assertThat(problem(DraftField.ACCESS_CONTROL)).startsWith("Turn on at least one access control method");
        form.unauthenticatedProperty().set(true);
        assertThat(problem(DraftField.ACCESS_CONTROL)).isEmpty();
        form.iamProperty().set(true);
        form.inTransitProperty().set(ClientBrokerEncryption.PLAINTEXT);
        assertThat(problem(DraftField.ENCRYPTION_IN_TRANSIT)).startsWith("IAM works over TLS");
        form.inTransitProperty().set(ClientBrokerEncryption.TLS_PLAINTEXT);
        assertThat(problem(DraftField.ENCRYPTION_IN_TRANSIT)).isEmpty();
        form.tlsProperty().set(true);
        assertThat(problem(DraftField.CERTIFICATE_AUTHORITIES)).contains("at least one ACM Private CA");
        form.certificateAuthoritiesProperty().set("arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/ab");
        assertThat(problem(DraftField.CERTIFICATE_AUTHORITIES)).isEmpty();
    }

    @Test
    void brokerLogProblemsStandAtTheDestinationFields() {
        fixture.executor.runAll();
        CreateFixture.fill(model);
        form.logging().broker().s3EnabledProperty().set(true);
        assertThat(form.logging().broker().problem(DestinationField.BUCKET).get()).startsWith("Required");
        assertThat(model.checks().summaryBinding().get()).isEqualTo("Fix 1 setting: Amazon S3.");
        assertThat(model.checks().validBinding().get()).isFalse();
        form.logging().broker().bucketProperty().set("logs-bucket");
        assertThat(model.checks().validBinding().get()).isTrue();
    }

    @Test
    void choosingAnotherVpcDropsTheSubnetsAndGroupsOfTheOneBefore() {
        fixture.executor.runAll();
        CreateFixture.fill(model);
        assertThat(model.network().shownSubnets()).extracting(Subnet::id)
                .containsExactly(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B, FakeNetwork.SUBNET_C);
        assertThat(model.network().describe(model.network().shownSubnets().get(0)))
                .isEqualTo(FakeNetwork.SUBNET_A + " · us-east-1a (az1) · 10.20.1.0/24 · msk-a");
        model.network().vpcProperty().set(model.choices().vpcs().get(0));
        assertThat(form.subnets()).isEmpty();
        assertThat(form.securityGroups()).isEmpty();
        assertThat(model.network().shownSubnets()).extracting(Subnet::id).containsExactly(FakeNetwork.DEFAULT_SUBNET_A);
    }

    @Test
    void whileLookupsRunTheirRulesWaitAndAFailedLookupIsRetried() {
        fixture.network.failure = new GatewayException(Failure.ACCESS_DENIED, "DescribeSubnets",
                "Access denied to DescribeSubnets.");
        form.nameProperty().set("orders-new");
        form.subnets().setAll(List.of("subnet-0b00000a1", "subnet-0b00000b2"));
        assertThat(model.choices().networkLookupProperty().get().isLoading()).isTrue();
        assertThat(model.choices().versionsLookupProperty().get().isLoading()).isTrue();
        assertThat(problem(DraftField.CLIENT_SUBNETS)).as("not looked up: not judged").isEmpty();

        fixture.executor.runAll();
        assertThat(model.choices().versionsLookupProperty().get()).isEqualTo(Lookup.READY);
        Lookup failed = model.choices().networkLookupProperty().get();
        assertThat(failed.isFailed()).isTrue();
        assertThat(failed.message()).isEqualTo("Could not list the VPCs, subnets and security groups of us-east-1: "
                + "Access denied to DescribeSubnets.");
        assertThat(model.network().shownSubnets()).as("chosen ones still show, to be unchecked")
                .extracting(model.network()::describe)
                .containsExactly("subnet-0b00000a1 · not listed in us-east-1", "subnet-0b00000b2 · not listed in us-east-1");

        fixture.network.failure = null;
        model.choices().retry();
        assertThat(model.choices().networkLookupProperty().get().isLoading()).isTrue();
        fixture.executor.runAll();
        assertThat(model.choices().networkLookupProperty().get()).isEqualTo(Lookup.READY);
        assertThat(model.network().vpcProperty().get().id()).as("the chosen subnets' VPC").isEqualTo(FakeNetwork.VPC);
        assertThat(problem(DraftField.CLIENT_SUBNETS)).isEmpty();
        assertThat(fixture.creation.count("listKafkaVersions")).as("what worked is not asked again").isEqualTo(1);
    }

    @Test
    void aVersionTheRegionDoesNotOfferIsFlaggedOnceTheVersionsAreKnown() {
        form.kafkaVersionProperty().set("3.4.0");
        assertThat(problem(DraftField.KAFKA_VERSION)).isEmpty();
        fixture.executor.runAll();
        assertThat(form.kafkaVersionProperty().get()).as("a chosen version is kept").isEqualTo("3.4.0");
        assertThat(problem(DraftField.KAFKA_VERSION)).startsWith("MSK does not offer Kafka 3.4.0 in us-east-1");
        form.kafkaVersionProperty().set("2.8.1");
        assertThat(problem(DraftField.KAFKA_VERSION)).contains("DEPRECATED");
    }
}
