package io.mskconsole.core.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterOperationTest {

    @ParameterizedTest(name = "{0}: finished={1} complete={2} failed={3}")
    @CsvSource({
            "PENDING, false, false, false",
            "UPDATE_IN_PROGRESS, false, false, false",
            "UPDATE_COMPLETE, true, true, false",
            "UPDATE_FAILED, true, false, true",
            "ROLLBACK_COMPLETE, true, true, false",
            "rebalance_failed, true, false, true",
            "SOMETHING_NEW, false, false, false"})
    void readsStatesByTheirSuffix(String state, boolean finished, boolean complete, boolean failed) {
        ClusterOperation operation = operation(state, null, null);
        assertThat(operation.isFinished()).isEqualTo(finished);
        assertThat(operation.isComplete()).isEqualTo(complete);
        assertThat(operation.isFailed()).isEqualTo(failed);
    }

    @Test
    void anUnknownNullStateIsNotFinished() {
        assertThat(operation(null, null, null).isFinished()).isFalse();
    }

    @Test
    void describesAFailureWithMessageAndCode() {
        assertThat(operation("UPDATE_FAILED", "InvalidLogGroup", "The specified log group does not exist.").describeOutcome())
                .isEqualTo("UPDATE_FAILED: The specified log group does not exist. (code: InvalidLogGroup)");
        assertThat(operation("UPDATE_FAILED", null, " ").describeOutcome()).isEqualTo("UPDATE_FAILED");
    }

    @Test
    void describesOtherStatesByTheirName() {
        assertThat(operation("UPDATE_COMPLETE", "Ignored", "ignored").describeOutcome()).isEqualTo("UPDATE_COMPLETE");
    }

    @Test
    void stepsAreACopyAndNeverNull() {
        List<OperationStep> steps = new ArrayList<>(List.of(new OperationStep("INITIALIZE_UPDATE", "SUCCEEDED")));
        ClusterOperation operation = new ClusterOperation("op", "c", "UPDATE_MONITORING", "PENDING", Instant.EPOCH,
                null, null, null, steps);
        steps.clear();
        assertThat(operation.steps()).hasSize(1);
        assertThat(operation("PENDING", null, null).steps()).isEmpty();
    }

    private static ClusterOperation operation(String state, String code, String message) {
        return new ClusterOperation("op", "c", "UPDATE_MONITORING", state, Instant.EPOCH, null, code, message, null);
    }
}
