package io.mskconsole.core.delivery;

import static io.mskconsole.core.delivery.LogDeliveryRulesTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"kafka", "brokers/orders-prod", "a!-_.*'()b"})
    void accepted(String prefix) {
        assertThat(LogDeliveryRules.check(DestinationField.PREFIX, prefix)).isEmpty();
    }

    @Test
    void emptyIsAccepted() {
        assertThat(LogDeliveryRules.check(DestinationField.PREFIX, "")).isEmpty();
        assertThat(LogDeliveryRules.check(DestinationField.PREFIX, null)).isEmpty();
    }

    @Test
    void aLeadingSlashIsRefused() {
        assertThat(problem(DestinationField.PREFIX, "/kafka")).startsWith("Prefixes may not begin with /");
    }

    @Test
    void aTrailingSlashIsRefused() {
        assertThat(problem(DestinationField.PREFIX, "kafka/")).startsWith("Prefixes may not end with /");
    }

    @Test
    void anEmptySegmentIsRefused() {
        assertThat(problem(DestinationField.PREFIX, "kafka//brokers")).contains("//");
    }

    @Test
    void aDisallowedCharacterIsRefusedWithItsPosition() {
        assertThat(problem(DestinationField.PREFIX, "kafka&logs")).contains("\"&\" at position 6");
        assertThat(problem(DestinationField.PREFIX, "kafka logs")).contains("a space at position 6");
    }

    @Test
    void atMost512Characters() {
        assertThat(LogDeliveryRules.check(DestinationField.PREFIX, "p".repeat(LogDeliveryRules.MAX_PREFIX_LENGTH)))
                .isEmpty();
        assertThat(problem(DestinationField.PREFIX, "p".repeat(513))).contains("512", "513");
    }
}
