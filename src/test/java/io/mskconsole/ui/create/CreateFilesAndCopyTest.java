package io.mskconsole.ui.create;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.clusters.OpenMonitoring;
import io.mskconsole.core.create.BrokerNodes;
import io.mskconsole.core.create.ClientAccess;
import io.mskconsole.core.create.ClientBrokerEncryption;
import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.ConfigurationRef;
import io.mskconsole.core.create.CreateClusterFile;
import io.mskconsole.core.create.DraftField;
import io.mskconsole.core.create.Encryption;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.testing.FakeNetwork;
import io.mskconsole.ui.common.Notice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and load of the request file, and starting from an existing cluster's settings. */
class CreateFilesAndCopyTest {
    private static final String SOURCE_ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders-prod/0a1b-1";
    private final CreateFixture fixture = new CreateFixture();
    private final CreateClusterViewModel model = fixture.model();
    @TempDir
    Path dir;

    /** Every setting away from the window's proposals. */
    private static ClusterDraft everything(String name) {
        return new ClusterDraft(name, "3.8.x",
                new BrokerNodes("kafka.m5.xlarge", 6, List.of(FakeNetwork.SUBNET_A, FakeNetwork.SUBNET_B,
                        FakeNetwork.SUBNET_C), List.of(FakeNetwork.GROUP), 2500),
                new ClientAccess(false, true, true, false, List.of()),
                new Encryption(ClientBrokerEncryption.TLS_PLAINTEXT, true, "arn:aws:kms:us-east-1:123456789012:key/k1"),
                new MonitoringSettings("PER_TOPIC_PER_BROKER", new OpenMonitoring(true, true)),
                LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to(CreateFixture.LOG_GROUP),
                        S3Destination.to("orders-logs", "kafka"), FirehoseDestination.OFF)),
                new ConfigurationRef("arn:aws:kafka:us-east-1:123456789012:configuration/orders/abc-1", 2),
                Map.of("team", "orders"));
    }

    @Test
    void savedThenLoadedIsTheSameRequestAndTheCommandNamesTheFile() throws Exception {
        fixture.executor.runAll();
        model.form().load(everything("orders-copy"));
        Path file = dir.resolve("orders-copy.json");
        fixture.dialogs.fileToSave = file;
        model.files().save();
        fixture.executor.runAll();
        assertThat(Files.readString(file)).isEqualTo(CreateClusterFile.write(everything("orders-copy")));
        assertThat(model.noticeProperty().get().text()).startsWith("Saved to " + file + ". Send it with: aws kafka "
                + "create-cluster-v2 --cli-input-json file://orders-copy.json");
        assertThat(model.dirtyBinding().get()).isFalse();

        model.form().load(ClusterDraft.newDraft());
        fixture.dialogs.fileToOpen = file;
        model.files().load();
        fixture.executor.runAll();
        assertThat(model.form().value()).isEqualTo(everything("orders-copy"));
        assertThat(model.form().brokersPerZoneProperty().get()).isEqualTo(2);
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.info("Loaded orders-copy.json. Review it before "
                + "creating."));
        model.review();
        assertThat(model.reviewContent().commandProperty().get()).endsWith("--cli-input-json file://orders-copy.json");
    }

    @Test
    void aBadFileIsRefusedSayingWhereAndTheEditsStay() throws Exception {
        fixture.executor.runAll();
        model.form().nameProperty().set("my-edit");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"ClusterName\": \"x\",\n \"Provisioned\": {\"NumberOfBrokerNodes\": \"three\"}}");
        fixture.dialogs.fileToOpen = file;
        model.files().load();
        fixture.executor.runAll();

        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).startsWith("broken.json: Provisioned.NumberOfBrokerNodes")
                .endsWith("Nothing was loaded: the settings are as they were.");
        assertThat(model.form().nameProperty().get()).isEqualTo("my-edit");

        Files.writeString(file, "{ not json");
        model.files().loadFrom(file);
        fixture.executor.runAll();
        assertThat(model.noticeProperty().get().text()).startsWith("broken.json: Line 1, column 3: not valid JSON");
        model.files().loadFrom(dir.resolve("missing.json"));
        fixture.executor.runAll();
        assertThat(model.noticeProperty().get().text()).startsWith("missing.json: File not found: ");
        assertThat(model.form().nameProperty().get()).isEqualTo("my-edit");
    }

    @Test
    void aLoadedFileWithBrokenRulesShowsThemAtTheFields() throws Exception {
        fixture.executor.runAll();
        ClusterDraft uneven = everything("orders-copy");
        uneven = uneven.withBrokers(uneven.brokers().withCount(4));
        Path file = dir.resolve("uneven.json");
        Files.writeString(file, CreateClusterFile.write(uneven));
        model.files().loadFrom(file);
        fixture.executor.runAll();
        assertThat(model.form().brokerCountProperty().get()).as("kept as the file says").isEqualTo(4);
        assertThat(model.checks().at(DraftField.BROKER_COUNT).get()).contains("4 brokers over 3 zones is uneven");
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.warning("Loaded uneven.json. Fix 1 setting: Brokers."));
    }

    @Test
    void startingFromAClusterCopiesEverythingButTheName() {
        Cluster source = new Cluster(SOURCE_ARN, "orders-prod", ClusterType.PROVISIONED, ClusterState.ACTIVE, "K1",
                "3.8.x", "kafka.m5.xlarge", 6, null, null, null, Instant.EPOCH);
        fixture.creation.existing.put(SOURCE_ARN, new ClusterDetails(source, everything("orders-prod"),
                List.of("tiered storage"), null, null));
        model.startFrom(source);
        fixture.executor.runAll();

        assertThat(model.form().value()).isEqualTo(everything(""));
        assertThat(model.sourceProperty().get()).isEqualTo("orders-prod");
        assertThat(model.network().vpcProperty().get().id()).isEqualTo(FakeNetwork.VPC);
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.warning("Settings of orders-prod copied. Name the "
                + "new cluster. Not copied (set them after creation): tiered storage."));
        assertThat(model.checks().at(DraftField.NAME).get()).isEqualTo("Required: name the new cluster.");
        assertThat(model.dirtyBinding().get()).isFalse();
        model.form().nameProperty().set("orders-prod-2");
        assertThat(model.checks().problems().get()).isEmpty();
    }

    @Test
    void aServerlessClusterCannotStartOne() {
        String arn = "arn:aws:kafka:us-east-1:123456789012:cluster/events/0a1b-2";
        Cluster serverless = new Cluster(arn, "events", ClusterType.SERVERLESS, ClusterState.ACTIVE, "K1", null,
                null, 0, null, null, null, Instant.EPOCH);
        fixture.creation.existing.put(arn, new ClusterDetails(serverless, null, List.of(), null, null));
        model.startFrom(serverless);
        fixture.executor.runAll();
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.error("Could not copy the settings of events: "
                + "Cluster events is SERVERLESS: only a provisioned cluster's settings can start a new one. The "
                + "window starts from MSK's defaults instead."));
        assertThat(model.form().value().brokers().instanceType()).isEqualTo("kafka.m7g.large");
    }
}
