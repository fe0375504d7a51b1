package io.mskconsole.core.delivery;

import static io.mskconsole.core.delivery.LogDeliveryRulesTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogGroupRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/aws/vendedlogs/msk/orders-prod", "msk_logs", "a", "/msk/prod.v2#1", "A-Z_0-9/.#"})
    void accepted(String name) {
        assertThat(LogDeliveryRules.check(DestinationField.LOG_GROUP, name)).isEmpty();
    }

    @Test
    void emptyIsRequired() {
        assertThat(problem(DestinationField.LOG_GROUP, "")).startsWith("Required: name a CloudWatch Logs log group");
        assertThat(problem(DestinationField.LOG_GROUP, null)).startsWith("Required:");
    }

    @Test
    void atMost512Characters() {
        assertThat(LogDeliveryRules.check(DestinationField.LOG_GROUP, "a".repeat(512))).isEmpty();
        assertThat(problem(DestinationField.LOG_GROUP, "a".repeat(513))).contains("512", "513");
    }

    @Test
    void aSpaceIsRefusedWithItsPosition() {
        assertThat(problem(DestinationField.LOG_GROUP, "/msk/my logs"))
                .isEqualTo("Log group names use only letters, digits and _ - / . # (found a space at position 8).");
    }

    @Test
    void anAsteriskIsRefusedWithItsPosition() {
        assertThat(problem(DestinationField.LOG_GROUP, "/msk/*")).contains("\"*\" at position 6");
    }
}
