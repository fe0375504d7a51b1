package io.mskconsole.core.delivery;

import static io.mskconsole.core.delivery.LogDeliveryRulesTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryStreamRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"orders-prod-logs", "Stream_1.v2", "s"})
    void accepted(String name) {
        assertThat(LogDeliveryRules.check(DestinationField.DELIVERY_STREAM, name)).isEmpty();
    }

    @Test
    void atMost64Characters() {
        assertThat(LogDeliveryRules.check(DestinationField.DELIVERY_STREAM, "s".repeat(64))).isEmpty();
        assertThat(problem(DestinationField.DELIVERY_STREAM, "s".repeat(65))).contains("64", "65");
    }

    @Test
    void aSpaceIsRefused() {
        assertThat(problem(DestinationField.DELIVERY_STREAM, "my stream")).contains("a space at position 3");
    }

    @Test
    void aSlashIsRefused() {
        assertThat(problem(DestinationField.DELIVERY_STREAM, "a/b")).contains("\"/\" at position 2");
    }

    @Test
    void emptyIsRequired() {
        assertThat(problem(DestinationField.DELIVERY_STREAM, "")).startsWith("Required: name a Firehose delivery stream");
    }
}
