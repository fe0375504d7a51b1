package io.mskconsole.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoggingChangesTest {

    @Test
    void comparesEverySettingRowByRow() {
        List<SettingChange> rows = LoggingChanges.compare(BrokerLogs.NONE, LoggingInfoFormatTest.FULL);
        assertThat(rows).extracting(r -> r.destination() + " " + r.setting() + ": " + r.current() + " -> " + r.proposed())
                .containsExactly(
                        "CLOUDWATCH_LOGS Delivery: Off -> On",
                        "CLOUDWATCH_LOGS Log group: — -> /msk/prod",
                        "S3 Delivery: Off -> On",
                        "S3 Bucket: — -> logs-bucket",
                        "S3 Prefix: — -> kafka",
                        "FIREHOSE Delivery: Off -> On",
                        "FIREHOSE Delivery stream: — -> stream-1");
        assertThat(rows).allMatch(SettingChange::changed);
    }

    @Test
    void onlyTheChangedRowsAreMarked() {
        BrokerLogs current = BrokerLogs.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/a"));
        BrokerLogs proposed = current.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/b"));
        List<SettingChange> changed = LoggingChanges.compare(current, proposed).stream().filter(SettingChange::changed).toList();
        assertThat(changed).singleElement().satisfies(row -> {
            assertThat(row.setting()).isEqualTo("Log group");
            assertThat(row.current()).isEqualTo("/msk/a");
            assertThat(row.proposed()).isEqualTo("/msk/b");
        });
    }

    @Test
    void aNameKeptWhileDisabledIsNotAChangeOfName() {
        BrokerLogs current = BrokerLogs.NONE.withFirehose(FirehoseDestination.to("stream-1"));
        BrokerLogs proposed = BrokerLogs.NONE.withFirehose(new FirehoseDestination(false, "stream-1"));
        List<SettingChange> changed = LoggingChanges.compare(current, proposed).stream().filter(SettingChange::changed).toList();
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
        assertThat(LoggingChanges.summary(BrokerLogs.NONE)).isEqualTo("Off");
    }

    @Test
    void summaryOfABucketWithoutPrefixOrAnUnnamedDestination() {
        assertThat(LoggingChanges.summary(BrokerLogs.NONE.withS3(S3Destination.to("b-1", null)))).isEqualTo("Amazon S3: b-1");
        assertThat(LoggingChanges.summary(BrokerLogs.NONE.withCloudWatchLogs(new CloudWatchLogsDestination(true, null))))
                .isEqualTo("CloudWatch Logs: (no name)");
    }
}
