package io.mskconsole.ui.delivery;

import io.mskconsole.core.commandline.CliAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.SettingChange;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import io.mskconsole.testing.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor on a cluster that delivers authorizer logs: they are edited beside broker logs and never lost. */
class AuthorizerLogsEditorTest {
    static final LogDelivery BROKER = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));
    static final LogDelivery AUTHORIZER = LogDelivery.NONE.withS3(S3Destination.to("audit-bucket", "authz"));

    private final FakeMsk msk = new FakeMsk().put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
            "K3AEGXETSR30VB", new LoggingInfo(BROKER, AUTHORIZER)));
    private final BrokerLogEditorViewModel model = editor(msk);

    private static BrokerLogEditorViewModel editor(FakeMsk msk) {
        FakeDestinations destinations = new FakeDestinations("us-east-1");
        destinations.everythingExists = true;
        return new BrokerLogEditorViewModel(msk.cluster(FakeMsk.ARN), new EditorTarget(msk, "us-east-1", CliAccount.named("prod"),
                Duration.ofMillis(1), destinations.services()), new ImmediateTaskExecutor(), new RecordingDialogs(),
                cluster -> { });
    }

    private void reviewAndApply() {
        model.review();
        model.apply();
    }

    @Test
    void theDraftHoldsBothKindsAsTheClusterHasThemAndIsNotDirty() {
        assertThat(model.draft().value()).isEqualTo(new LoggingInfo(BROKER, AUTHORIZER));
        assertThat(model.draft().authorizer().s3EnabledProperty().get()).isTrue();
        assertThat(model.draft().authorizer().prefixProperty().get()).isEqualTo("authz");
        assertThat(model.dirtyBinding().get()).isFalse();
    }

    @Test
    void aBrokerOnlyEditSendsTheAuthorizerLogsUnchanged() {
        model.draft().broker().firehoseEnabledProperty().set(true);
        model.draft().broker().deliveryStreamProperty().set("orders-logs");

        reviewAndApply();

        assertThat(msk.updates).singleElement().extracting(r -> r.logging()).isEqualTo(new LoggingInfo(
                BROKER.withFirehose(FirehoseDestination.to("orders-logs")), AUTHORIZER));
    }

    @Test
    void anAuthorizerEditIsReviewedBesideTheBrokerRowsAndSent() {
        model.draft().authorizer().s3EnabledProperty().set(false);
        model.draft().authorizer().cloudWatchEnabledProperty().set(true);
        model.draft().authorizer().logGroupProperty().set("/msk/orders-authz");
        model.review();

        assertThat(model.content().changes()).filteredOn(SettingChange::changed)
                .allMatch(row -> row.kind() == LogKind.AUTHORIZER)
                .extracting(row -> row.destination().displayName() + " " + row.setting() + ": " + row.current()
                        + " -> " + row.proposed())
                .containsExactly("CloudWatch Logs Delivery: Off -> On", "CloudWatch Logs Log group: — -> /msk/orders-authz",
                        "Amazon S3 Delivery: On -> Off", "Amazon S3 Bucket: audit-bucket -> —",
                        "Amazon S3 Prefix: authz -> —");
        assertThat(model.content().cliJsonProperty().get()).contains("\"AuthorizerLogs\": {");
        assertThat(model.content().cliCommandProperty().get()).contains("\"AuthorizerLogs\":{\"CloudWatchLogs\":"
                + "{\"Enabled\":true,\"LogGroup\":\"/msk/orders-authz\"}");

        model.apply();

        assertThat(msk.updates).singleElement().extracting(r -> r.logging().authorizerLogs())
                .isEqualTo(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders-authz")));
        assertThat(model.dirtyBinding().get()).isFalse();
    }

    @Test
    void aClusterWithoutAuthorizerLogsKeepsNoneWhenTheyStayOff() {
        FakeMsk plain = new FakeMsk().put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
                "K3AEGXETSR30VB", LoggingInfo.of(BROKER)));
        BrokerLogEditorViewModel editor = editor(plain);
        assertThat(editor.dirtyBinding().get()).isFalse();

        editor.draft().broker().s3EnabledProperty().set(true);
        editor.draft().broker().bucketProperty().set("orders-bucket");
        editor.review();
        editor.apply();

        assertThat(plain.updates).singleElement().extracting(r -> r.logging().hasAuthorizerLogs()).isEqualTo(false);
    }

    @Test
    void someoneElsesAuthorizerChangeSinceTheWindowOpenedIsKeptByABrokerOnlyEdit() {
        LogDelivery theirs = LogDelivery.NONE.withFirehose(FirehoseDestination.to("their-stream"));
        msk.put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE, "K3AEGXETSR30VB",
                new LoggingInfo(BROKER, theirs)));
        model.draft().broker().firehoseEnabledProperty().set(true);
        model.draft().broker().deliveryStreamProperty().set("orders-logs");

        reviewAndApply();

        assertThat(msk.updates).singleElement().extracting(r -> r.logging()).isEqualTo(new LoggingInfo(
                BROKER.withFirehose(FirehoseDestination.to("orders-logs")), theirs));
    }

    @Test
    void authorizerLogsTurnedOnCanBeTurnedOffAgainInTheSameWindow() {
        FakeMsk plain = new FakeMsk().put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
                "K3AEGXETSR30VB", LoggingInfo.of(BROKER)));
        BrokerLogEditorViewModel editor = editor(plain);
        editor.draft().authorizer().cloudWatchEnabledProperty().set(true);
        editor.draft().authorizer().logGroupProperty().set("/msk/orders-authz");
        editor.review();
        editor.apply();
        assertThat(editor.stepProperty().get()).isEqualTo(EditorStep.DONE);
        assertThat(editor.dirtyBinding().get()).isFalse();

        editor.back();
        editor.draft().authorizer().cloudWatchEnabledProperty().set(false);
        assertThat(editor.dirtyBinding().get()).isTrue();
        editor.review();
        assertThat(editor.content().hasChangesProperty().get()).isTrue();
        editor.apply();

        assertThat(plain.updates).hasSize(2);
        assertThat(plain.updates.get(1).logging().authorizerLogs()).isEqualTo(LogDelivery.NONE);
    }

    @Test
    void anImportedFileWithoutAuthorizerLogsLeavesTheirFieldsAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broker-only.json");
        Files.writeString(file, "{\"BrokerLogs\": {\"Firehose\": {\"Enabled\": true, \"DeliveryStream\": \"s1\"}}}");

        model.files().importFrom(file);

        assertThat(model.noticeProperty().get().text()).contains("it has no AuthorizerLogs: the authorizer logs are "
                + "left as they were");
        assertThat(model.draft().value()).isEqualTo(new LoggingInfo(
                LogDelivery.NONE.withFirehose(FirehoseDestination.to("s1")), AUTHORIZER));
    }

    @Test
    void pickingForAuthorizerLogsFillsTheirFieldOnly() {
        model.usePicked(LogKind.AUTHORIZER, io.mskconsole.core.delivery.DestinationType.FIREHOSE, "audit-stream");

        assertThat(model.draft().authorizer().deliveryStreamProperty().get()).isEqualTo("audit-stream");
        assertThat(model.draft().authorizer().firehoseEnabledProperty().get()).isTrue();
        assertThat(model.draft().broker().firehoseEnabledProperty().get()).isFalse();
    }
}
