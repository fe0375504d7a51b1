package io.mskconsole.ui.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.DeliveryStreamInfo;
import io.mskconsole.core.destinations.LogGroupInfo;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.QueuedTaskExecutor;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationPickerViewModelTest {
    final FakeDestinations aws = new FakeDestinations("eu-west-1");

    {
        aws.logGroups.put("/aws/vendedlogs/msk/orders", new LogGroupInfo("/aws/vendedlogs/msk/orders", null, 30,
                5L * 1024 * 1024, null));
        aws.logGroups.put("/msk/orders", new LogGroupInfo("/msk/orders", null, null, 0, null));
        aws.logGroups.put("/msk/payments", new LogGroupInfo("/msk/payments", null, 7, 2048, "arn:aws:kms:k"));
        aws.buckets.put("logs-eu", new BucketInfo("logs-eu", "eu-west-1", BucketEncryption.SSE_KMS, "arn:aws:kms:key/1"));
        aws.buckets.put("logs-us", new BucketInfo("logs-us", "us-east-1", BucketEncryption.SSE_S3, null));
        aws.buckets.put("audit-eu", new BucketInfo("audit-eu", "eu-west-1", BucketEncryption.SSE_S3, null));
        aws.streams.put("broker-logs", new DeliveryStreamInfo("broker-logs", null, "DirectPut", "ACTIVE",
                Map.of("LogDeliveryEnabled", "true", "team", "kafka")));
    }

    DestinationPickerViewModel picker(DestinationType type) {
        return new DestinationPickerViewModel(type, aws, new ImmediateTaskExecutor(), Duration.ZERO);
    }

    @Test
    void logGroupsComeAPageAtATimeWithTheirRetentionAndSize() {
        aws.pageSize = 2;
        DestinationPickerViewModel model = picker(DestinationType.CLOUDWATCH_LOGS);
        model.open();

        assertThat(model.items()).extracting(PickerItem::name).containsExactly("/aws/vendedlogs/msk/orders", "/msk/orders");
        assertThat(model.items().get(0).detail()).isEqualTo("kept 30 days, 5.0 MB");
        assertThat(model.hasMoreProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("2 log groups in eu-west-1 so far (more to load)");

        model.loadMore();
        assertThat(model.items()).extracting(PickerItem::name).endsWith("/msk/payments");
        assertThat(model.hasMoreProperty().get()).isFalse();
        assertThat(aws.calls).containsExactly("logGroups null|null", "logGroups null|2");
    }

    @Test
    void theLogGroupSearchAsksCloudWatchLogsByPrefixOrByPartOfTheName() {
        DestinationPickerViewModel model = picker(DestinationType.CLOUDWATCH_LOGS);
        model.open();

        model.searchProperty().set("/msk/");
        assertThat(model.items()).extracting(PickerItem::name).containsExactly("/msk/orders", "/msk/payments");
        model.searchProperty().set("payments");
        assertThat(model.items()).extracting(PickerItem::name).containsExactly("/msk/payments");
        model.searchProperty().set("nothing-like-it");
        assertThat(model.statusProperty().get())
                .isEqualTo("No log groups in eu-west-1 match \"nothing-like-it\". You can still type a name.");
        assertThat(aws.calls).containsExactly("logGroups null|null", "logGroups /msk/|null", "logGroups payments|null",
                "logGroups nothing-like-it|null");
    }

    @Test
    void pickingALogGroupShowsItsSummaryWithoutAnotherCall() {
        DestinationPickerViewModel model = picker(DestinationType.CLOUDWATCH_LOGS);
        model.open();
        model.selectedProperty().set(model.items().get(2));

        assertThat(model.summaryProperty().get()).isEqualTo(
                "Log group /msk/payments\nRetention: kept 7 days\nStored: 2.0 KB\nKMS key: arn:aws:kms:k");
        assertThat(aws.calls).hasSize(1);
    }

    @Test
    void onlyBucketsOfTheClustersRegionAreListedAndTheFilterWorksOnWhatIsLoaded() {
        DestinationPickerViewModel model = picker(DestinationType.S3);
        model.open();

        assertThat(model.items()).extracting(PickerItem::toString)
                .containsExactly("logs-eu  ·  eu-west-1", "audit-eu  ·  eu-west-1");
        model.searchProperty().set("AUDIT");
        assertThat(model.items()).extracting(PickerItem::name).containsExactly("audit-eu");
        assertThat(model.statusProperty().get()).isEqualTo("1 bucket in eu-west-1");
        assertThat(aws.calls).containsExactly("buckets null");
    }

    @Test
    void pickingABucketReadsItsEncryptionAndKey() {
        DestinationPickerViewModel model = picker(DestinationType.S3);
        model.open();
        model.selectedProperty().set(model.items().get(0));

        assertThat(model.summaryProperty().get()).isEqualTo("Bucket logs-eu\nRegion: eu-west-1\n"
                + "Default encryption: SSE-KMS\nKMS key: arn:aws:kms:key/1");
        assertThat(aws.calls).containsExactly("buckets null", "bucket logs-eu");
    }

    @Test
    void pickingAStreamShowsTypeStatusAndTags() {
        DestinationPickerViewModel model = picker(DestinationType.FIREHOSE);
        model.open();
        model.selectedProperty().set(model.items().get(0));

        assertThat(model.summaryProperty().get()).isEqualTo("Delivery stream broker-logs\nType: DirectPut\n"
                + "Status: ACTIVE\nTags: LogDeliveryEnabled=true, team=kafka");
    }

    @Test
    void aListingThatFailsSaysWhyAndLeavesTypingPossible() {
        aws.failures.put("deliveryStreams", FakeDestinations.denied("ListDeliveryStreams"));
        DestinationPickerViewModel model = picker(DestinationType.FIREHOSE);
        model.open();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(
                "Could not list delivery streams: Access denied to ListDeliveryStreams. You can still type a name.");
    }

    @Test
    void loadingHappensInTheBackgroundAndShowsThatItIsLoading() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        DestinationPickerViewModel model = new DestinationPickerViewModel(DestinationType.S3, aws, executor,
                Duration.ZERO);
        model.open();

        assertThat(aws.calls).isEmpty();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Loading buckets of eu-west-1…");
        executor.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.items()).hasSize(2);
    }

    @Test
    void aSearchSupersedesTheListingUnderWay() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        DestinationPickerViewModel model = new DestinationPickerViewModel(DestinationType.CLOUDWATCH_LOGS, aws,
                executor, Duration.ZERO);
        model.open();
        model.searchProperty().set("/msk/p");
        executor.runAll();

        assertThat(model.items()).extracting(PickerItem::name).containsExactly("/msk/payments");
    }

    @Test
    void aLogGroupKnownOnlyByNameIsLookedUpForItsSummary() {
        FakeDestinations patternOnly = new FakeDestinations("eu-west-1") {
            @Override
            public io.mskconsole.core.destinations.Page<LogGroupInfo> logGroups(String search, String token) {
                return new io.mskconsole.core.destinations.Page<>(java.util.List.of(
                        LogGroupInfo.nameOnly("/msk/payments", null)), null);
            }
        };
        patternOnly.logGroups.put("/msk/payments", aws.logGroups.get("/msk/payments"));
        DestinationPickerViewModel model = new DestinationPickerViewModel(DestinationType.CLOUDWATCH_LOGS, patternOnly,
                new ImmediateTaskExecutor(), Duration.ZERO);
        model.open();

        assertThat(model.items()).containsExactly(new PickerItem("/msk/payments", ""));
        model.selectedProperty().set(model.items().get(0));
        assertThat(model.summaryProperty().get()).startsWith("Log group /msk/payments\nRetention: kept 7 days");
        assertThat(patternOnly.calls).containsExactly("logGroup /msk/payments");
    }

    @Test
    void aPageOfOtherRegionsBucketsOnlyIsSkippedToTheNext() {
        aws.buckets.clear();
        aws.buckets.put("us-1", new BucketInfo("us-1", "us-east-1", BucketEncryption.SSE_S3, null));
        aws.buckets.put("us-2", new BucketInfo("us-2", "us-east-1", BucketEncryption.SSE_S3, null));
        aws.buckets.put("eu-1", new BucketInfo("eu-1", "eu-west-1", BucketEncryption.SSE_S3, null));
        aws.pageSize = 2;
        DestinationPickerViewModel model = picker(DestinationType.S3);
        model.open();

        assertThat(model.items()).extracting(PickerItem::name).containsExactly("eu-1");
        assertThat(aws.calls).containsExactly("buckets null", "buckets 2");
    }

    @Test
    void aClosedEditorRunsNoMoreChecks() {
        FakeDestinations checked = new FakeDestinations("eu-west-1");
        PreflightViewModel preflight = new PreflightViewModel(checked.services(), null, false,
                new ImmediateTaskExecutor(), new io.mskconsole.testing.RecordingDialogs(), Duration.ZERO);
        preflight.close();
        preflight.draftChanged(LoggingInfo.of(io.mskconsole.core.delivery.LogDelivery.NONE.withS3(
                io.mskconsole.core.delivery.S3Destination.to("b", null))));

        assertThat(checked.calls).isEmpty();
        assertThat(preflight.checkingProperty().get()).isFalse();
    }
}
