package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** --logging-info documents with and without AuthorizerLogs, in both casings; what is refused and where. */
class AuthorizerLogsFormatTest {
    static final LogDelivery BROKER = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/prod"));
    static final LogDelivery AUTHORIZER = LogDelivery.NONE.withS3(S3Destination.to("audit-bucket", "authz"));

    @Test
    void theCliDocumentGivesAuthorizerLogsAfterBrokerLogs() {
        assertThat(LoggingInfoFormat.toCliJson(new LoggingInfo(BROKER, AUTHORIZER))).isEqualTo("""
                {
                  "BrokerLogs": {
                    "CloudWatchLogs": {
                      "Enabled": true,
                      "LogGroup": "/msk/prod"
                    },
                    "Firehose": {
                      "Enabled": false
                    },
                    "S3": {
                      "Enabled": false
                    }
                  },
                  "AuthorizerLogs": {
                    "CloudWatchLogs": {
                      "Enabled": false
                    },
                    "Firehose": {
                      "Enabled": false
                    },
                    "S3": {
                      "Enabled": true,
                      "Bucket": "audit-bucket",
                      "Prefix": "authz"
                    }
                  }
                }
                """);
    }

    @Test
    void authorizerLogsNotGivenAreLeftOutOfTheDocument() {
        assertThat(LoggingInfoFormat.toCompactJson(LoggingInfo.of(BROKER), JsonCasing.CLI))
                .doesNotContain("AuthorizerLogs").contains("\"BrokerLogs\"");
    }

    @Test
    void theApiCasingRoundTripsBothKinds() throws Exception {
        String api = LoggingInfoFormat.toCompactJson(new LoggingInfo(BROKER, AUTHORIZER), JsonCasing.API);
        assertThat(api).contains("\"brokerLogs\":{", "\"authorizerLogs\":{\"cloudWatchLogs\"");
        assertThat(LoggingInfoFormat.parse(api)).isEqualTo(new LoggingInfo(BROKER, AUTHORIZER));
    }

    @Test
    void aDocumentWithoutAuthorizerLogsLeavesThemNotGiven() throws Exception {
        LoggingInfo read = LoggingInfoFormat.parse(
                "{\"BrokerLogs\": {\"CloudWatchLogs\": {\"Enabled\": true, \"LogGroup\": \"/msk/prod\"}}}");
        assertThat(read.hasAuthorizerLogs()).isFalse();
        assertThat(read.brokerLogs()).isEqualTo(BROKER);
    }

    @Test
    void mixedCasingsAreAcceptedForAuthorizerLogsToo() throws Exception {
        LoggingInfo read = LoggingInfoFormat.parse("""
                {"authorizerLogs": {"s3": {"Enabled": true, "bucket": "audit-bucket", "Prefix": "authz"}},
                 "BrokerLogs": {"cloudWatchLogs": {"enabled": true, "LogGroup": "/msk/prod"}}}""");
        assertThat(read).isEqualTo(new LoggingInfo(BROKER, AUTHORIZER));
    }

    @Test
    void anUnknownMemberInsideAuthorizerLogsIsRefusedWithLineAndColumn() {
        LoggingInfoFileException e = refusal("""
                {
                  "BrokerLogs": {"S3": {"Enabled": false}},
                  "AuthorizerLogs": {
                    "S3": {"Enabled": true, "Bucket": "b-1", "Prefx": "x"}
                  }
                }
                """);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(46);
        assertThat(e.field()).isEqualTo("AuthorizerLogs.S3.Prefx");
        assertThat(e.getMessage()).startsWith("Line 4, column 46: unknown field \"Prefx\" in AuthorizerLogs.S3")
                .contains("expected Enabled, Bucket, Prefix");
    }

    @Test
    void anUnknownTopLevelMemberNamesBothKinds() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {}, \"ControllerLogs\": {}}");
        assertThat(e.field()).isEqualTo("ControllerLogs");
        assertThat(e.getMessage()).contains("unknown field \"ControllerLogs\"", "expected BrokerLogs, AuthorizerLogs");
    }

    @Test
    void authorizerLogsAloneAreRefusedForBrokerLogsAreRequired() {
        LoggingInfoFileException e = refusal("{\"AuthorizerLogs\": {\"S3\": {\"Enabled\": false}}}");
        assertThat(e.field()).isEqualTo("BrokerLogs");
        assertThat(e.getMessage()).contains("\"BrokerLogs\" is missing");
    }

    @Test
    void authorizerLogsTwiceAreRefused() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {}, \"AuthorizerLogs\": {}, \"authorizerLogs\": {}}");
        assertThat(e.getMessage()).contains("\"AuthorizerLogs\" appears twice");
    }

    @Test
    void aMissingEnabledInsideAuthorizerLogsIsRefusedAtItsObject() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {}, \"AuthorizerLogs\": {\"Firehose\": {}}}");
        assertThat(e.field()).isEqualTo("AuthorizerLogs.Firehose.Enabled");
    }

    private static LoggingInfoFileException refusal(String json) {
        LoggingInfoFileException e = catchThrowableOfType(LoggingInfoFileException.class,
                () -> LoggingInfoFormat.parse(json));
        assertThat(e).as("refusal of %s", json).isNotNull();
        return e;
    }
}
