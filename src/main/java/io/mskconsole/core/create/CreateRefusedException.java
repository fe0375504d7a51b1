package io.mskconsole.core.create;

import io.mskconsole.core.errors.Worded;
import java.util.List;
import java.util.stream.Collectors;

/** A draft that may not be sent: the problems the rules found, each at its field. Nothing was sent. */
public final class CreateRefusedException extends RuntimeException implements Worded {
    private final List<DraftProblem> problems;

    public CreateRefusedException(List<DraftProblem> problems) {
        super("Not sent: " + problems.stream().map(DraftProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
