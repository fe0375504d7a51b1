package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingInfoFormatTest {
    static final LogDelivery FULL = new LogDelivery(CloudWatchLogsDestination.to("/msk/prod"),
            S3Destination.to("logs-bucket", "kafka"), FirehoseDestination.to("stream-1"));

    static final String FULL_CLI = """
            {
              "BrokerLogs": {
                "CloudWatchLogs": {
                  "Enabled": true,
                  "LogGroup": "/msk/prod"
                },
                "Firehose": {
                  "Enabled": true,
                  "DeliveryStream": "stream-1"
                },
                "S3": {
                  "Enabled": true,
                  "Bucket": "logs-bucket",
                  "Prefix": "kafka"
                }
              }
            }
            """;

    @Test
    void theCliDocumentOfAFullExampleIsExactlyAsExpected() {
        assertThat(LoggingInfoFormat.toCliJson(LoggingInfo.of(FULL))).isEqualTo(FULL_CLI);
    }

    @Test
    void disabledDestinationsKeepOnlyTheirEnabledFlag() {
        LogDelivery logs = new LogDelivery(new CloudWatchLogsDestination(false, "/kept/while/editing"),
                new S3Destination(false, "bucket", "prefix"), FirehoseDestination.to("stream-1"));
        assertThat(LoggingInfoFormat.toCliJson(LoggingInfo.of(logs))).isEqualTo("""
                {
                  "BrokerLogs": {
                    "CloudWatchLogs": {
                      "Enabled": false
                    },
                    "Firehose": {
                      "Enabled": true,
                      "DeliveryStream": "stream-1"
                    },
                    "S3": {
                      "Enabled": false
                    }
                  }
                }
                """);
    }

    @Test
    void compactJsonInTheApiCasing() {
        assertThat(LoggingInfoFormat.toCompactJson(LoggingInfo.of(LogDelivery.NONE.withS3(S3Destination.to("b-1", null))), JsonCasing.API))
                .isEqualTo("{\"brokerLogs\":{\"cloudWatchLogs\":{\"enabled\":false},\"firehose\":{\"enabled\":false},"
                        + "\"s3\":{\"enabled\":true,\"bucket\":\"b-1\"}}}");
    }
}
