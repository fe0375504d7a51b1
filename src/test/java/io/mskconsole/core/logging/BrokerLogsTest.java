package io.mskconsole.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokerLogsTest {

    @Test
    void missingDestinationsAreOff() {
        assertThat(new BrokerLogs(null, null, null)).isEqualTo(BrokerLogs.NONE);
    }

    @Test
    void blankNamesReadAsNoName() {
        assertThat(new S3Destination(true, "  ", "").bucket()).isNull();
        assertThat(new S3Destination(true, "b", " ").prefix()).isNull();
        assertThat(CloudWatchLogsDestination.to("").logGroup()).isNull();
    }

    @Test
    void forRequestDropsTheNamesOfDisabledDestinations() {
        BrokerLogs logs = new BrokerLogs(new CloudWatchLogsDestination(false, "/kept"), S3Destination.to("b-1", "p"),
                new FirehoseDestination(false, "kept"));
        assertThat(logs.forRequest()).isEqualTo(BrokerLogs.NONE.withS3(S3Destination.to("b-1", "p")));
    }

    @Test
    void sameDeliveryIgnoresNamesKeptWhileDisabled() {
        BrokerLogs editing = BrokerLogs.NONE.withCloudWatchLogs(new CloudWatchLogsDestination(false, "/typed"));
        assertThat(editing.sameDeliveryAs(BrokerLogs.NONE)).isTrue();
        assertThat(editing.sameDeliveryAs(BrokerLogs.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/typed")))).isFalse();
    }

    @Test
    void enabledTypesAndResourceNames() {
        BrokerLogs logs = BrokerLogs.NONE.withFirehose(FirehoseDestination.to("s-1")).withS3(S3Destination.to("b-1", null));
        assertThat(logs.enabledTypes()).containsExactly(DestinationType.S3, DestinationType.FIREHOSE);
        assertThat(logs.anyEnabled()).isTrue();
        assertThat(logs.resourceName(DestinationType.FIREHOSE)).isEqualTo("s-1");
        assertThat(logs.resourceName(DestinationType.CLOUDWATCH_LOGS)).isNull();
        assertThat(BrokerLogs.NONE.anyEnabled()).isFalse();
    }
}
