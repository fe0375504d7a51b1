package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class LoggingInfoRefusalTest {
    @Test
    void anUnknownFieldNamesTheExpectedOnes() {
        LoggingInfoFileException e = refusal("""
                {
                  "BrokerLogs": {
                    "S3": {
                      "Enabled": true,
                      "Buckett": "x"
                    }
                  }
                }
                """);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("BrokerLogs.S3.Buckett");
        assertThat(e.getMessage()).startsWith("Line 5, column 7: unknown field \"Buckett\" in BrokerLogs.S3")
                .contains("expected Enabled, Bucket, Prefix");
    }

    @Test
    void anUnknownDestinationNamesTheThreeDestinations() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {\"Kinesis\": {\"Enabled\": true}}}");
        assertThat(e.field()).isEqualTo("BrokerLogs.Kinesis");
        assertThat(e.getMessage()).contains("expected CloudWatchLogs, Firehose, S3");
    }

    @Test
    void aMissingEnabledIsRefusedAtItsObject() {
        LoggingInfoFileException e = refusal("""
                {
                  "BrokerLogs": {
                    "CloudWatchLogs": {
                      "LogGroup": "/msk/prod"
                    }
                  }
                }
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("BrokerLogs.CloudWatchLogs.Enabled");
        assertThat(e.getMessage()).startsWith("Line 3, column 23: ").contains("is missing");
    }

    @Test
    void enabledMustBeABoolean() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {\"S3\": {\"Enabled\": \"true\"}}}");
        assertThat(e.field()).isEqualTo("BrokerLogs.S3.Enabled");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("must be true or false");
    }

    @Test
    void aNameMustBeAString() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {\"Firehose\": {\"Enabled\": true, \"DeliveryStream\": 7}}}");
        assertThat(e.field()).isEqualTo("BrokerLogs.Firehose.DeliveryStream");
        assertThat(e.getMessage()).contains("must be a string");
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        LoggingInfoFileException e = refusal("{\n  \"BrokerLogs\": {\n    \"S3\": {\"Enabled\" true}\n  }\n}");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("Line 3, column ").contains("not valid JSON");
    }

    @Test
    void aTruncatedDocumentSaysWhereTheOpenObjectBegan() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {");
        assertThat(e.getMessage()).startsWith("Line 1, column ").contains("not valid JSON", "start marker at line 1, column 16")
                .doesNotContain("Source:", "REDACTED", "StreamReadFeature");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertThat(refusal("").getMessage()).startsWith("The document is empty");
        assertThat(refusal("  \n ").getMessage()).startsWith("The document is empty");
        assertThat(refusal(null).line()).isZero();
    }

    @Test
    void anArrayRootIsRefused() {
        assertThat(refusal("[{\"BrokerLogs\": {}}]").getMessage()).contains("must be a JSON object");
    }

    @Test
    void trailingContentIsRefused() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {}}\n{}");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("after the JSON object");
    }

    @Test
    void aDuplicateFieldIsRefused() {
        LoggingInfoFileException e = refusal("{\"BrokerLogs\": {\"S3\": {\"Enabled\": true, \"enabled\": false}}}");
        assertThat(e.field()).isEqualTo("BrokerLogs.S3.Enabled");
        assertThat(e.getMessage()).contains("appears twice");
    }

    @Test
    void aDuplicateDestinationIsRefused() {
        LoggingInfoFileException e = refusal(
                "{\"BrokerLogs\": {\"S3\": {\"Enabled\": false}, \"s3\": {\"Enabled\": true}}}");
        assertThat(e.field()).isEqualTo("BrokerLogs.S3");
    }

    @Test
    void aMissingBrokerLogsIsRefused() {
        LoggingInfoFileException e = refusal("{}");
        assertThat(e.field()).isEqualTo("BrokerLogs");
        assertThat(e.getMessage()).contains("\"BrokerLogs\" is missing");
    }

    @Test
    void aDestinationThatIsNotAnObjectIsRefused() {
        assertThat(refusal("{\"BrokerLogs\": {\"S3\": true}}").getMessage()).contains("\"BrokerLogs.S3\" must be an object");
    }

    private static LoggingInfoFileException refusal(String json) {
        LoggingInfoFileException e = catchThrowableOfType(LoggingInfoFileException.class, () -> LoggingInfoFormat.parse(json));
        assertThat(e).as("refusal of %s", json).isNotNull();
        return e;
    }
}
