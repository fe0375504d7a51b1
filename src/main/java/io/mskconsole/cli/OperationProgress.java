package io.mskconsole.cli;

import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.OperationStep;
import io.mskconsole.core.delivery.ApplyProgress;
import java.io.PrintStream;
import java.util.stream.Collectors;

/** Progress of an apply on stderr: each stage, then the operation's state and steps whenever they change. */
final class OperationProgress implements ApplyProgress {
    private final PrintStream err;
    private String lastOperationLine;

    OperationProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void stage(String message) {
        err.println(message + "...");
    }

    @Override
    public void operation(ClusterOperation operation) {
        String line = describe(operation);
        if (!line.equals(lastOperationLine)) {
            err.println(line);
            lastOperationLine = line;
        }
    }

    /** "Operation UPDATE_IN_PROGRESS: INITIALIZE_UPDATE SUCCEEDED, UPDATE_BROKER_LOGGING IN_PROGRESS". */
    static String describe(ClusterOperation operation) {
        String line = "Operation " + operation.state();
        if (operation.steps().isEmpty()) {
            return line;
        }
        return line + ": " + operation.steps().stream().map(OperationProgress::step).collect(Collectors.joining(", "));
    }

    private static String step(OperationStep step) {
        return step.status() == null ? step.name() : step.name() + " " + step.status();
    }
}
