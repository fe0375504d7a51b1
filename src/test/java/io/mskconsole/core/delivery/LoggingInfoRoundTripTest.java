package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingInfoRoundTripTest {
    private static final LogDelivery FULL = LoggingInfoFormatTest.FULL;

    @Test
    void cliDocumentParsesBackToTheSameSettings() throws Exception {
        assertThat(LoggingInfoFormat.parse(LoggingInfoFormat.toCliJson(LoggingInfo.of(FULL)))).isEqualTo(LoggingInfo.of(FULL));
    }

    @Test
    void apiDocumentParsesToTheSameSettings() throws Exception {
        String api = LoggingInfoFormat.toCompactJson(LoggingInfo.of(FULL), JsonCasing.API);
        assertThat(api).contains("\"brokerLogs\"", "\"cloudWatchLogs\"", "\"s3\"");
        assertThat(LoggingInfoFormat.parse(api)).isEqualTo(LoggingInfo.of(FULL));
    }

    @Test
    void nothingEnabledRoundTrips() throws Exception {
        assertThat(LoggingInfoFormat.parse(LoggingInfoFormat.toCliJson(LoggingInfo.of(LogDelivery.NONE)))).isEqualTo(LoggingInfo.of(LogDelivery.NONE));
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
        assertThat(LoggingInfoFormat.parse(example)).isEqualTo(LoggingInfo.of(new LogDelivery(
                CloudWatchLogsDestination.to("ExampleLogGroupName"),
                S3Destination.to("ExampleBucketName", "ExamplePrefix"),
                FirehoseDestination.to("ExampleDeliveryStreamName"))));
    }

    @Test
    void mixedCasingIsAccepted() throws Exception {
        String mixed = "{\"brokerLogs\": {\"CloudWatchLogs\": {\"enabled\": true, \"LogGroup\": \"/msk/prod\"},"
                + " \"s3\": {\"Enabled\": false}}}";
        assertThat(LoggingInfoFormat.parse(mixed))
                .isEqualTo(LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod"))));
    }

    @Test
    void leftOutDestinationsAreOff() throws Exception {
        assertThat(LoggingInfoFormat.parse("{\"BrokerLogs\": {\"Firehose\": {\"Enabled\": true, \"DeliveryStream\": \"s\"}}}"))
                .isEqualTo(LoggingInfo.of(LogDelivery.NONE.withFirehose(FirehoseDestination.to("s"))));
    }
}
