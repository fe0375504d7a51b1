package io.mskconsole.ui.delivery;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.ui.common.Notice;
import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationField;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.OperationScript;
import io.mskconsole.testing.RecordingDialogs;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerLogEditorViewModelTest {
    private final FakeMsk msk = FakeMsk.withSampleClusters();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Cluster> reads = new ArrayList<>();
    private final FakeDestinations destinations = existingDestinations();
    private final BrokerLogEditorViewModel model = new BrokerLogEditorViewModel(msk.cluster(FakeMsk.ARN),
            new EditorTarget(msk, "us-east-1", CliAccount.named("prod"), Duration.ofMillis(1), destinations.services()),
            new ImmediateTaskExecutor(), dialogs, reads::add);

    private static FakeDestinations existingDestinations() {
        FakeDestinations destinations = new FakeDestinations("us-east-1");
        destinations.everythingExists = true;
        return destinations;
    }

    private void turnOnS3(String bucket) {
        model.draft().broker().s3EnabledProperty().set(true);
        model.draft().broker().bucketProperty().set(bucket);
    }

    @Test
    void startsFromTheClustersSettingsAndIsNotDirty() {
        assertThat(model.draft().broker().cloudWatchEnabledProperty().get()).isTrue();
        assertThat(model.draft().broker().logGroupProperty().get()).isEqualTo("/aws/vendedlogs/msk/orders");
        assertThat(model.draft().broker().s3EnabledProperty().get()).isFalse();
        assertThat(model.dirtyBinding().get()).isFalse();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.EDIT);
    }

    @Test
    void validatesAsThePersonTypes() {
        model.draft().broker().s3EnabledProperty().set(true);
        assertThat(model.draft().broker().problem(DestinationField.BUCKET).get()).startsWith("Required");
        model.draft().broker().bucketProperty().set("Bad_Bucket");
        assertThat(model.draft().broker().problem(DestinationField.BUCKET).get()).contains("lowercase");
        assertThat(model.draft().validBinding().get()).isFalse();
        model.draft().broker().bucketProperty().set("good-bucket");
        assertThat(model.draft().broker().problem(DestinationField.BUCKET).get()).isEmpty();
        assertThat(model.draft().validBinding().get()).isTrue();
        model.draft().broker().s3EnabledProperty().set(false);
        model.draft().broker().bucketProperty().set("Bad_Again");
        assertThat(model.draft().broker().problem(DestinationField.BUCKET).get()).as("off destinations are not checked").isEmpty();
    }

    @Test
    void reviewRefusesInvalidDraftsWithoutCallingAws() {
        model.draft().broker().s3EnabledProperty().set(true);
        model.review();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.EDIT);
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(msk.count("describeCluster")).isZero();
    }

    @Test
    void reviewReadsTheClusterAgainAndShowsChangesJsonAndCommand() {
        turnOnS3("orders-prod-broker-logs");
        model.draft().broker().prefixProperty().set("kafka");
        model.review();
        assertThat(msk.count("describeCluster")).isEqualTo(1);
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.REVIEW);
        assertThat(model.content().hasChangesProperty().get()).isTrue();
        assertThat(model.content().changes()).filteredOn(c -> c.changed())
                .extracting(c -> c.setting() + "=" + c.proposed())
                .containsExactly("Delivery=On", "Bucket=orders-prod-broker-logs", "Prefix=kafka");
        assertThat(model.content().cliJsonProperty().get()).contains("\"S3\": {", "\"Bucket\": \"orders-prod-broker-logs\"");
        assertThat(model.content().cliCommandProperty().get())
                .startsWith("aws kafka update-monitoring --profile prod --region us-east-1 --cluster-arn " + FakeMsk.ARN)
                .contains("--current-version K3AEGXETSR30VB", "--enhanced-monitoring PER_BROKER");
        model.content().copyCommand();
        assertThat(dialogs.clipboard).isEqualTo(model.content().cliCommandProperty().get());
    }

    @Test
    void reviewOfAnUnchangedDraftOffersNoApply() {
        model.review();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.REVIEW);
        assertThat(model.content().hasChangesProperty().get()).isFalse();
        assertThat(model.noticeProperty().get().text()).contains("No change");
        model.apply();
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void applySendsTheFreshVersionFollowsTheOperationAndReportsTheNewCluster() {
        turnOnS3("orders-prod-broker-logs");
        model.review();
        msk.put(msk.cluster(FakeMsk.ARN).withState(ClusterState.ACTIVE));
        model.apply();

        assertThat(msk.updates).hasSize(1);
        UpdateMonitoringRequest sent = msk.updates.get(0);
        assertThat(sent.currentVersion()).isEqualTo("K3AEGXETSR30VB");
        assertThat(sent.monitoring()).isEqualTo(FakeMsk.MONITORING);
        assertThat(sent.logging().brokerLogs().s3()).isEqualTo(S3Destination.to("orders-prod-broker-logs", null));
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.DONE);
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.tracker().operationStateProperty().get()).isEqualTo("UPDATE_COMPLETE");
        assertThat(model.tracker().fractionProperty().get()).isEqualTo(1.0);
        assertThat(model.tracker().operationArnProperty().get()).contains(":cluster-operation/orders-prod/");
        assertThat(model.tracker().stageProperty().get()).matches("Operation ended UPDATE_COMPLETE at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\.");
        assertThat(model.dirtyBinding().get()).as("applied settings are the new saved state").isFalse();
        Cluster last = reads.get(reads.size() - 1);
        assertThat(last.brokerLogs().s3().enabled()).isTrue();
        assertThat(last.currentVersion()).isNotEqualTo("K3AEGXETSR30VB");
    }

    @Test
    void anEditorOpenedOnAStaleListNeverOffersToSetTheClusterBack() {
        // someone (or this app, a moment ago) changed the delivery after the list was read
        Cluster listed = msk.cluster(FakeMsk.ARN);
        msk.put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE,
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/lambda/orders-enricher"))));
        assertThat(model.draft().broker().logGroupProperty().get()).isEqualTo(listed.brokerLogs().cloudWatchLogs()
                .logGroup());

        model.review();

        assertThat(model.stepProperty().get()).as("no review that would set it back").isEqualTo(EditorStep.EDIT);
        assertThat(model.draft().broker().logGroupProperty().get()).isEqualTo("/aws/lambda/orders-enricher");
        assertThat(model.noticeProperty().get().text()).startsWith("The delivery of orders-prod changed since this "
                + "editor opened");
        model.review();
        assertThat(model.content().hasChangesProperty().get()).as("reviewing it as it is now changes nothing")
                .isFalse();
    }

    @Test
    void whileAnOperationIsFollowedTheHeaderSaysUpdatingAndStopFollowingIsOffered() {
        turnOnS3("orders-prod-broker-logs");
        model.review();
        assertThat(model.followingBinding().get()).as("nothing to follow yet").isFalse();
        List<String> seen = new ArrayList<>();
        msk.onPoll = poll -> seen.add(model.clusterProperty().get().state() + " " + model.followingBinding().get()
                + " " + model.stepProperty().get());
        model.apply();
        assertThat(seen).first().isEqualTo("UPDATING true APPLYING");
        assertThat(model.followingBinding().get()).isFalse();
        assertThat(model.clusterProperty().get().state()).as("read again at the end").isEqualTo(ClusterState.ACTIVE);
    }

    @Test
    void aChangeBySomeoneElseBetweenReviewAndApplyIsNotOverwritten() {
        turnOnS3("orders-prod-broker-logs");
        model.review();
        msk.put(FakeMsk.provisioned(FakeMsk.ARN, "orders-prod", ClusterState.ACTIVE, LogDelivery.NONE));
        int checksBefore = destinations.calls.size();
        model.apply();
        assertThat(msk.updates).isEmpty();
        assertThat(destinations.calls).as("found before the destination checks run").hasSize(checksBefore);
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.EDIT);
        assertThat(model.noticeProperty().get().text()).isEqualTo("The log delivery of orders-prod changed since the "
                + "review (now: Broker logs: Off). Nothing was sent: review again before applying.");
        assertThat(model.clusterProperty().get().brokerLogs()).as("the cluster is read again").isEqualTo(LogDelivery.NONE);
        assertThat(model.draft().value().brokerLogs().s3()).isEqualTo(S3Destination.to("orders-prod-broker-logs", null));
    }

    @Test
    void otherSettingsChangedSinceTheReviewAreSaidAndAskedAboutBeforeTheChecks() {
        turnOnS3("orders-prod-broker-logs");
        model.review();
        Cluster reviewed = msk.cluster(FakeMsk.ARN);
        msk.put(new Cluster(reviewed.arn(), reviewed.name(), reviewed.type(), reviewed.state(),
                "K3AEGXETSR30VC", reviewed.kafkaVersion(), reviewed.brokerInstanceType(), reviewed.brokerCount(),
                reviewed.logging(), new io.mskconsole.core.clusters.MonitoringSettings("DEFAULT",
                reviewed.monitoring().openMonitoring()), null, reviewed.creationTime()));
        int checksBefore = destinations.calls.size();
        dialogs.answer = false;
        model.apply();
        assertThat(dialogs.confirmations).singleElement().asString().isEqualTo("Apply anyway?: Since the review, "
                + "someone changed enhanced monitoring PER_BROKER → DEFAULT on orders-prod. Apply sends these settings "
                + "as the cluster has them now, with your log delivery.");
        assertThat(destinations.calls).as("asked before the destination checks run").hasSize(checksBefore);
        assertThat(msk.updates).isEmpty();
        assertThat(model.noticeProperty().get().text()).isEqualTo("Not applied: enhanced monitoring PER_BROKER → "
                + "DEFAULT changed since the review. Nothing was sent.");

        dialogs.answer = true;
        model.apply();
        assertThat(msk.updates).singleElement().satisfies(sent -> {
            assertThat(sent.monitoring().enhancedMonitoring()).as("as the cluster has it now").isEqualTo("DEFAULT");
            assertThat(sent.currentVersion()).isEqualTo("K3AEGXETSR30VC");
        });
    }

    @Test
    void aFailedOperationKeepsTheDraftAndShowsTheServicesError() {
        msk.script = OperationScript.endingAt(2, "UPDATE_FAILED");
        turnOnS3("orders-prod-broker-logs");
        model.review();
        model.apply();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.EDIT);
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).contains("UPDATE_FAILED", "The specified log group does not exist.");
        assertThat(model.draft().broker().bucketProperty().get()).isEqualTo("orders-prod-broker-logs");
        assertThat(model.dirtyBinding().get()).isTrue();
    }

    @Test
    void refusedRequestsLeaveTheDraftAndSayNothingChanged() {
        for (Failure failure : List.of(Failure.STALE_VERSION, Failure.ACCESS_DENIED, Failure.THROTTLED,
                Failure.EXPIRED_CREDENTIALS, Failure.BAD_REQUEST)) {
            msk.failures.put("updateMonitoring", new GatewayException(failure, "UpdateMonitoring", "It failed: " + failure));
            turnOnS3("orders-prod-broker-logs");
            model.review();
            model.apply();
            assertThat(model.stepProperty().get()).as(failure.name()).isEqualTo(EditorStep.REVIEW);
            assertThat(model.noticeProperty().get().text()).isEqualTo("Nothing was changed: It failed: " + failure);
            assertThat(model.draft().value().brokerLogs().s3()).isEqualTo(S3Destination.to("orders-prod-broker-logs", null));
            assertThat(model.busyProperty().get()).isFalse();
            model.back();
        }
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void aLostAnswerBeforeMskTookTheChangeSaysNothingWasAppliedAndKeepsTheReview() {
        for (Failure failure : List.of(Failure.TIMEOUT, Failure.CONNECTION, Failure.SERVICE_UNAVAILABLE)) {
            msk.failures.put("updateMonitoring", new GatewayException(failure, "UpdateMonitoring",
                    "UpdateMonitoring in us-east-1 failed: no answer (" + failure + "). Check the network, VPN or proxy."));
            turnOnS3("orders-prod-broker-logs");
            model.review();
            int readsBefore = reads.size();
            model.apply();
            assertThat(model.stepProperty().get()).as(failure.name()).isEqualTo(EditorStep.REVIEW);
            assertThat(model.noticeProperty().get().text()).as("one sentence on what the read after it found")
                    .startsWith("UpdateMonitoring for orders-prod got no answer (")
                    .endsWith("). The cluster is ACTIVE and its delivery is unchanged: nothing was applied, you can "
                            + "apply again.")
                    .doesNotContain("proxy.)", "failed: no answer");
            assertThat(reads.size()).as("the cluster is read again").isEqualTo(readsBefore + 1);
            assertThat(model.draft().value().brokerLogs().s3()).isEqualTo(S3Destination.to("orders-prod-broker-logs", null));
            model.back();
        }
        assertThat(msk.updates).isEmpty();
    }

    @Test
    void aLostAnswerAfterMskTookTheChangeFollowsTheClusterToItsEnd() {
        msk.loseAnswerAfterTaking = new GatewayException(Failure.SERVICE_UNAVAILABLE, "UpdateMonitoring",
                "UpdateMonitoring in us-east-1 failed: MSK answered HTTP 503. Try again.");
        msk.updatingReads = 2;
        turnOnS3("orders-prod-broker-logs");
        model.review();
        model.apply();

        assertThat(msk.updates).as("sent once, never again").hasSize(1);
        assertThat(msk.count("describeOperation")).as("there is no operation to follow").isZero();
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.DONE);
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.noticeProperty().get().text()).isEqualTo("Log delivery of orders-prod is updated: the "
                + "cluster is ACTIVE again and delivers as sent.");
        assertThat(reads).last().extracting(Cluster::state).isEqualTo(ClusterState.ACTIVE);
        assertThat(model.dirtyBinding().get()).isFalse();
    }

    @Test
    void applySendsWhatWasReviewedAndAnEditAfterTheReviewAsksForAnotherReview() {
        turnOnS3("reviewed-bucket");
        model.review();
        model.draft().broker().bucketProperty().set("typed-after-review");
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.EDIT);
        assertThat(model.noticeProperty().get().text()).contains("review them again");
        model.apply();
        assertThat(msk.updates).as("no apply from the edit page").isEmpty();
        model.draft().broker().bucketProperty().set("reviewed-bucket");
        model.review();
        model.apply();
        assertThat(msk.updates).singleElement().extracting(r -> r.logging().brokerLogs().s3().bucket()).isEqualTo("reviewed-bucket");
    }

    @Test
    void anErrorWhileFollowingSaysTheChangeWasSent() {
        msk.failures.put("describeOperation",
                new GatewayException(Failure.ACCESS_DENIED, "DescribeClusterOperationV2", "Access denied."));
        turnOnS3("orders-prod-broker-logs");
        model.review();
        model.apply();
        assertThat(msk.updates).hasSize(1);
        assertThat(model.stepProperty().get()).isEqualTo(EditorStep.DONE);
        assertThat(model.noticeProperty().get().text()).contains("The change was sent", "cluster-operation/", "Access denied.");
    }

    @Test
    void aClusterThatIsNotActiveIsRefusedWithItsState() {
        msk.put(msk.cluster(FakeMsk.ARN).withState(ClusterState.UPDATING));
        turnOnS3("orders-prod-broker-logs");
        model.review();
        assertThat(model.noticeProperty().get().text()).contains("UPDATING", "ACTIVE");
        model.apply();
        assertThat(msk.updates).isEmpty();
        assertThat(model.noticeProperty().get().text()).contains("Nothing was changed", "is UPDATING");
    }

    @Test
    void closingAnUnsavedEditAsksFirst() {
        assertThat(model.confirmClose()).isTrue();
        assertThat(dialogs.confirmations).isEmpty();
        model.draft().broker().logGroupProperty().set("/msk/other");
        dialogs.answer = false;
        assertThat(model.confirmClose()).isFalse();
        assertThat(dialogs.confirmations).singleElement().asString().contains("Discard");
    }

    @Test
    void importReplacesTheDraftAndARefusedFileLeavesItAlone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path good = dir.resolve("good.json");
        java.nio.file.Files.writeString(good, "{\"brokerLogs\":{\"firehose\":{\"enabled\":true,\"deliveryStream\":\"s1\"},"
                + "\"cloudWatchLogs\":{\"enabled\":false}}}");
        model.files().importFrom(good);
        assertThat(model.draft().value().brokerLogs()).isEqualTo(new LogDelivery(CloudWatchLogsDestination.OFF, S3Destination.OFF,
                io.mskconsole.core.delivery.FirehoseDestination.to("s1")));

        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{\n  \"BrokerLogs\": {\n    \"S3\": {\"Enabled\": true, \"Buckett\": \"x\"}\n  }\n}");
        model.files().importFrom(bad);
        assertThat(model.noticeProperty().get().text()).contains("bad.json", "Line 3", "Buckett", "Nothing was imported");
        assertThat(model.draft().value().brokerLogs().firehose().deliveryStream()).isEqualTo("s1");
    }

    @Test
    void exportWritesTheCliFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("out.json");
        dialogs.fileToSave = out;
        model.files().exportFile();
        String written = java.nio.file.Files.readString(out);
        assertThat(io.mskconsole.core.delivery.LoggingInfoFormat.parse(written).brokerLogs()).isEqualTo(msk.cluster(FakeMsk.ARN).brokerLogs().forRequest());
        assertThat(written).contains("\"BrokerLogs\"", "\"LogGroup\": \"/aws/vendedlogs/msk/orders\"");
    }
}
