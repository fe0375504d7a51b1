package io.mskconsole.testing;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link FakeMsk} answers when an operation is polled: the n-th poll of an operation gets the n-th answer, and
 * the last answer repeats. An answer is an operation state with the status of its update step, or a failure thrown.
 */
public final class OperationScript {
    /** One poll's answer: a state and its step status, or (when {@code failure} is set) a failure to throw. */
    record Answer(String state, String stepStatus, Failure failure) {
    }

    private final List<Answer> answers = new ArrayList<>();

    /**
     * Like the service: UPDATE_IN_PROGRESS (its step PENDING at the first poll, IN_PROGRESS after) until poll
     * {@code poll}, which answers {@code finalState} (UPDATE_COMPLETE or UPDATE_FAILED).
     */
    public static OperationScript endingAt(int poll, String finalState) {
        OperationScript script = new OperationScript();
        for (int n = 1; n < poll; n++) {
            script.answers.add(new Answer("UPDATE_IN_PROGRESS", n == 1 ? "PENDING" : "IN_PROGRESS", null));
        }
        return script.answer(finalState);
    }

    /** UPDATE_IN_PROGRESS for ever, its step PENDING at the first poll and IN_PROGRESS after. */
    public static OperationScript neverEnding() {
        OperationScript script = new OperationScript();
        script.answers.add(new Answer("UPDATE_IN_PROGRESS", "PENDING", null));
        script.answers.add(new Answer("UPDATE_IN_PROGRESS", "IN_PROGRESS", null));
        return script;
    }

    /** Exactly these states, one per poll; the step is FAILED, SUCCEEDED (for UPDATE_COMPLETE) or IN_PROGRESS. */
    public static OperationScript answering(String... states) {
        return new OperationScript().answer(states);
    }

    /** Then these states, one per poll. */
    public OperationScript answer(String... states) {
        for (String state : states) {
            String step = state.endsWith("FAILED") ? "FAILED" : state.equals("UPDATE_COMPLETE") ? "SUCCEEDED"
                    : "IN_PROGRESS";
            answers.add(new Answer(state, step, null));
        }
        return this;
    }

    /** Then {@code times} polls that throw {@code failure}. */
    public OperationScript fail(Failure failure, int times) {
        for (int i = 0; i < times; i++) {
            answers.add(new Answer(null, null, failure));
        }
        return this;
    }

    /** The answer to poll {@code poll} (1-based), or the failure it throws. */
    Answer at(int poll) {
        if (answers.isEmpty()) {
            throw new AssertionError("no scripted answer for poll " + poll);
        }
        Answer answer = answers.get(Math.min(poll, answers.size()) - 1);
        if (answer.failure() != null) {
            throw new GatewayException(answer.failure(), "DescribeClusterOperationV2",
                    answer.failure() + " while polling");
        }
        return answer;
    }
}
