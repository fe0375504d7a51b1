package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogDeliveryTest {

    @Test
    void missingDestinationsAreOff() {
        assertThat(new LogDelivery(null, null, null)).isEqualTo(LogDelivery.NONE);
    }

    @Test
    void blankNamesReadAsNoName() {
        assertThat(new S3Destination(true, "  ", "").bucket()).isNull();
        assertThat(new S3Destination(true, "b", " ").prefix()).isNull();
        assertThat(CloudWatchLogsDestination.to("").logGroup()).isNull();
    }

    @Test
    void forRequestDropsTheNamesOfDisabledDestinations() {
        LogDelivery logs = new LogDelivery(new CloudWatchLogsDestination(false, "/kept"), S3Destination.to("b-1", "p"),
                new FirehoseDestination(false, "kept"));
        assertThat(logs.forRequest()).isEqualTo(LogDelivery.NONE.withS3(S3Destination.to("b-1", "p")));
    }

    @Test
    void sameDeliveryIgnoresNamesKeptWhileDisabled() {
        LogDelivery editing = LogDelivery.NONE.withCloudWatchLogs(new CloudWatchLogsDestination(false, "/typed"));
        assertThat(editing.sameDeliveryAs(LogDelivery.NONE)).isTrue();
        assertThat(editing.sameDeliveryAs(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/typed")))).isFalse();
    }

    @Test
    void enabledTypesAndResourceNames() {
        LogDelivery logs = LogDelivery.NONE.withFirehose(FirehoseDestination.to("s-1")).withS3(S3Destination.to("b-1", null));
        assertThat(logs.enabledTypes()).containsExactly(DestinationType.S3, DestinationType.FIREHOSE);
        assertThat(logs.anyEnabled()).isTrue();
        assertThat(logs.resourceName(DestinationType.FIREHOSE)).isEqualTo("s-1");
        assertThat(logs.resourceName(DestinationType.CLOUDWATCH_LOGS)).isNull();
        assertThat(LogDelivery.NONE.anyEnabled()).isFalse();
    }
}
