package io.mskconsole.core.destinations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the policy simulator said about each need of a draft, and which needs it could not answer (with why). A
 * decision that is missing means "not known": one-click fixes are then still offered, and the check says it could
 * not check.
 */
record Permissions(Caller caller, List<Answer> answers, List<String> problems) {
    /** One need and what the simulator said: {@code decisions} null when it could not say, {@code problem} then why. */
    record Answer(PermissionNeed need, Map<String, Decision> decisions, String problem) {
    }

    Permissions {
        answers = List.copyOf(answers);
        problems = List.copyOf(problems);
    }

    static Permissions unknown(String problem) {
        return new Permissions(null, List.of(), List.of(problem));
    }

    /** The decision for an action on a resource, when the simulator gave one. */
    Optional<Decision> decision(String action, String resourceArn) {
        for (Answer answer : answers) {
            if (answer.decisions() != null && answer.need().resourceArn().equals(resourceArn)
                    && answer.decisions().containsKey(action)) {
                return Optional.of(answer.decisions().get(action));
            }
        }
        return Optional.empty();
    }

    /** The decision for an action, whatever the resource it was asked for. */
    Optional<Decision> decision(String action) {
        for (Answer answer : answers) {
            if (answer.decisions() != null && answer.decisions().containsKey(action)) {
                return Optional.of(answer.decisions().get(action));
            }
        }
        return Optional.empty();
    }

    /** False only when the simulator said the action is denied: unknown counts as "may". */
    boolean mayDo(String action) {
        return decision(action).map(d -> d == Decision.ALLOWED).orElse(true);
    }

    /** The required actions the simulator denied, in the needs' order. */
    List<Denial> denials() {
        List<Denial> denials = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.decisions() == null || !answer.need().required()) {
                continue;
            }
            for (String action : answer.need().actions()) {
                Decision decision = answer.decisions().getOrDefault(action, Decision.IMPLICIT_DENY);
                if (decision != Decision.ALLOWED) {
                    denials.add(new Denial(action, answer.need().resourceArn(), decision, answer.need()));
                }
            }
        }
        return List.copyOf(denials);
    }

    record Denial(String action, String resourceArn, Decision decision, PermissionNeed need) {
        String describe() {
            return action + ("*".equals(resourceArn) ? "" : " on " + resourceArn) + " (" + decision.apiName() + ")";
        }
    }
}
