package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoggingChangesTest {

    @Test
    void comparesEverySettingRowByRow() {
        List<SettingChange> rows = LoggingChanges.compare(LoggingInfo.of(LogDelivery.NONE), LoggingInfo.of(LoggingInfoFormatTest.FULL));
        assertThat(rows).extracting(r -> r.kind() + " " + r.destination() + " " + r.setting() + ": " + r.current()
                        + " -> " + r.proposed())
                .containsExactly(
                        "BROKER CLOUDWATCH_LOGS Delivery: Off -> On",
                        "BROKER CLOUDWATCH_LOGS Log group: — -> /msk/prod",
                        "BROKER S3 Delivery: Off -> On",
                        "BROKER S3 Bucket: — -> logs-bucket",
                        "BROKER S3 Prefix: — -> kafka",
                        "BROKER FIREHOSE Delivery: Off -> On",
                        "BROKER FIREHOSE Delivery stream: — -> stream-1",
                        "AUTHORIZER CLOUDWATCH_LOGS Delivery: Off -> Off",
                        "AUTHORIZER CLOUDWATCH_LOGS Log group: — -> —",
                        "AUTHORIZER S3 Delivery: Off -> Off",
                        "AUTHORIZER S3 Bucket: — -> —",
                        "AUTHORIZER S3 Prefix: — -> —",
                        "AUTHORIZER FIREHOSE Delivery: Off -> Off",
                        "AUTHORIZER FIREHOSE Delivery stream: — -> —");
        assertThat(rows.subList(0, 7)).allMatch(SettingChange::changed);
        assertThat(rows.subList(7, 14)).noneMatch(SettingChange::changed);
    }

    @Test
    void onlyTheChangedRowsAreMarked() {
        LogDelivery current = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/a"));
        LogDelivery proposed = current.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/b"));
        List<SettingChange> changed = LoggingChanges.compare(LoggingInfo.of(current), LoggingInfo.of(proposed)).stream().filter(SettingChange::changed).toList();
        assertThat(changed).singleElement().satisfies(row -> {
            assertThat(row.setting()).isEqualTo("Log group");
            assertThat(row.current()).isEqualTo("/msk/a");
            assertThat(row.proposed()).isEqualTo("/msk/b");
        });
    }

    @Test
    void aNameKeptWhileDisabledIsNotAChangeOfName() {
        LogDelivery current = LogDelivery.NONE.withFirehose(FirehoseDestination.to("stream-1"));
        LogDelivery proposed = LogDelivery.NONE.withFirehose(new FirehoseDestination(false, "stream-1"));
        List<SettingChange> changed = LoggingChanges.compare(LoggingInfo.of(current), LoggingInfo.of(proposed)).stream().filter(SettingChange::changed).toList();
        assertThat(changed).extracting(SettingChange::setting).containsExactly("Delivery", "Delivery stream");
        assertThat(changed.get(1).proposed()).isEqualTo("—");
    }

    @Test
    void summaryNamesTheEnabledDestinationsInOrder() {
        assertThat(LoggingChanges.summary(LoggingInfoFormatTest.FULL))
                .isEqualTo("CloudWatch Logs: /msk/prod · Amazon S3: logs-bucket/kafka · Kinesis Data Firehose: stream-1");
    }

    @Test
    void summaryOfNothingEnabledIsOff() {
        assertThat(LoggingChanges.summary(LogDelivery.NONE)).isEqualTo("Off");
    }

    @Test
    void summaryOfABucketWithoutPrefixOrAnUnnamedDestination() {
        assertThat(LoggingChanges.summary(LogDelivery.NONE.withS3(S3Destination.to("b-1", null)))).isEqualTo("Amazon S3: b-1");
        assertThat(LoggingChanges.summary(LogDelivery.NONE.withCloudWatchLogs(new CloudWatchLogsDestination(true, null))))
                .isEqualTo("CloudWatch Logs: (no name)");
    }
}
