package io.mskconsole.core.delivery;

import static io.mskconsole.core.delivery.LogDeliveryRulesTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"abc", "orders-prod-broker-logs", "logs.example.com", "0a9", "my-bucket-2025"})
    void accepted(String name) {
        assertThat(LogDeliveryRules.check(DestinationField.BUCKET, name)).isEmpty();
    }

    @Test
    void threeTo63Characters() {
        assertThat(LogDeliveryRules.check(DestinationField.BUCKET, "b".repeat(63))).isEmpty();
        assertThat(problem(DestinationField.BUCKET, "b".repeat(64))).contains("3 to 63", "64");
        assertThat(problem(DestinationField.BUCKET, "ab")).contains("3 to 63", "2");
    }

    @Test
    void emptyIsRequired() {
        assertThat(problem(DestinationField.BUCKET, " ")).startsWith("Required: name an S3 bucket");
    }

    @Test
    void uppercaseIsRefusedWithItsPosition() {
        assertThat(problem(DestinationField.BUCKET, "myBucket"))
                .isEqualTo("Bucket names use only lowercase letters, digits, dots and hyphens (found \"B\" at position 3).");
    }

    @Test
    void underscoreIsRefused() {
        assertThat(problem(DestinationField.BUCKET, "my_bucket")).contains("\"_\" at position 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-bucket", "bucket-", ".bucket", "bucket."})
    void beginsAndEndsWithALetterOrDigit(String name) {
        assertThat(problem(DestinationField.BUCKET, name)).isEqualTo("Bucket names begin and end with a letter or a digit.");
    }

    @Test
    void noTwoDotsInARow() {
        assertThat(problem(DestinationField.BUCKET, "my..bucket")).contains("two dots");
    }

    @Test
    void notShapedLikeAnIpAddress() {
        assertThat(problem(DestinationField.BUCKET, "192.168.5.4")).contains("IP address");
        assertThat(LogDeliveryRules.check(DestinationField.BUCKET, "192.168.5.4.logs")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xn--bucket", "sthree-bucket", "amzn-s3-demo-bucket"})
    void reservedPrefixesAreRefused(String name) {
        assertThat(problem(DestinationField.BUCKET, name)).startsWith("Bucket names may not begin with")
                .contains(name.substring(0, name.length() - "bucket".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"logs-s3alias", "logs--ol-s3", "logs.mrap", "logs--x-s3", "logs--table-s3"})
    void reservedSuffixesAreRefused(String name) {
        assertThat(problem(DestinationField.BUCKET, name)).startsWith("Bucket names may not end with")
                .contains(name.substring("logs".length()));
    }
}
