package io.mskconsole.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingInfoRoundTripTest {
    private static final BrokerLogs FULL = LoggingInfoFormatTest.FULL;

    @Test
    void cliDocumentParsesBackToTheSameSettings() throws Exception {
        assertThat(LoggingInfoFormat.parse(LoggingInfoFormat.toCliJson(FULL))).isEqualTo(FULL);
    }

    @Test
    void apiDocumentParsesToTheSameSettings() throws Exception {
        String api = LoggingInfoFormat.toCompactJson(FULL, JsonCasing.API);
        assertThat(api).contains("\"brokerLogs\"", "\"cloudWatchLogs\"", "\"s3\"");
        assertThat(LoggingInfoFormat.parse(api)).isEqualTo(FULL);
    }

    @Test
    void nothingEnabledRoundTrips() throws Exception {
        assertThat(LoggingInfoFormat.parse(LoggingInfoFormat.toCliJson(BrokerLogs.NONE))).isEqualTo(BrokerLogs.NONE);
    }

    @Test
    void theAwsDocumentationExampleParses() throws Exception {
        String example = """
                {
                  "BrokerLogs": {
                    "S3": {
                      "Bucket": "ExampleBucketName",
                      "Prefix": "ExamplePrefix",
                      "Enabled": true
                    },
                    "Firehose": {
                      "DeliveryStream": "ExampleDeliveryStreamName",
                      "Enabled": true
                    },
                    "CloudWatchLogs": {
                      "Enabled": true,
                      "LogGroup": "ExampleLogGroupName"
                    }
                  }
                }
                """;
        assertThat(LoggingInfoFormat.parse(example)).isEqualTo(new BrokerLogs(
                CloudWatchLogsDestination.to("ExampleLogGroupName"),
                S3Destination.to("ExampleBucketName", "ExamplePrefix"),
                FirehoseDestination.to("ExampleDeliveryStreamName")));
    }

    @Test
    void mixedCasingIsAccepted() throws Exception {
        String mixed = "{\"brokerLogs\": {\"CloudWatchLogs\": {\"enabled\": true, \"LogGroup\": \"/msk/prod\"},"
                + " \"s3\": {\"Enabled\": false}}}";
        assertThat(LoggingInfoFormat.parse(mixed))
                .isEqualTo(BrokerLogs.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod")));
    }

    @Test
    void leftOutDestinationsAreOff() throws Exception {
        assertThat(LoggingInfoFormat.parse("{\"BrokerLogs\": {\"Firehose\": {\"Enabled\": true, \"DeliveryStream\": \"s\"}}}"))
                .isEqualTo(BrokerLogs.NONE.withFirehose(FirehoseDestination.to("s")));
    }
}
