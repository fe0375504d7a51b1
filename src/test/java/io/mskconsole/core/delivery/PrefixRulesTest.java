package io.mskconsole.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MSK's API has no rule for the S3 prefix, so no prefix is ever refused: what MSK Console knows of odd prefixes is
 * advice saying what AWS will do with them.
 */
class PrefixRulesTest {
    private static String advice(String prefix) {
        return LogDeliveryRules.advice(DestinationField.PREFIX, prefix).orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka", "brokers/orders-prod", "a!-_.*'()b", "", "payments/", "/kafka", "kafka//logs",
            "kafka logs", "kafka&logs"})
    void noPrefixIsAnError(String prefix) {
        assertThat(LogDeliveryRules.check(DestinationField.PREFIX, prefix)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kafka", "brokers/orders-prod", "a!-_.*'()b", ""})
    void plainPrefixesNeedNoAdvice(String prefix) {
        assertThat(advice(prefix)).isEmpty();
    }

    @Test
    void aTrailingSlashSaysWhereTheLogsGo() {
        assertThat(advice("payments/")).isEqualTo("MSK adds a / itself: logs go under payments//AWSLogs/ (an empty "
                + "folder name in the path). MSK accepts it.");
    }

    @Test
    void aLeadingSlashAnEmptySegmentAndUnsafeCharactersAreAdvice() {
        assertThat(advice("/kafka")).startsWith("Keys will begin with /");
        assertThat(advice("kafka//brokers")).contains("//");
        assertThat(advice("kafka&logs")).contains("\"&\" at position 6", "S3 takes it");
        assertThat(advice("kafka logs")).contains("a space at position 6");
    }

    @Test
    void aVeryLongPrefixWarnsOfS3sKeyLimit() {
        assertThat(advice("p".repeat(LogDeliveryRules.MAX_PREFIX_LENGTH))).isEmpty();
        assertThat(advice("p".repeat(513))).contains("513", "1,024-byte");
    }

    @Test
    void aValueTheClusterAlreadyHasIsNeverRefused() {
        LogDelivery legacy = LogDelivery.NONE.withS3(S3Destination.to("Legacy_Bucket", "payments/"));
        assertThat(LogDeliveryRules.check(legacy)).as("a new value that breaks S3's naming rules").isNotEmpty();
        assertThat(LogDeliveryRules.check(legacy, legacy)).as("the cluster's own value").isEmpty();
        LogDelivery other = LogDelivery.NONE.withS3(S3Destination.to("Other_Bucket", "payments/"));
        assertThat(LogDeliveryRules.check(other, legacy)).extracting(FieldProblem::field)
                .containsExactly(DestinationField.BUCKET);
    }
}
