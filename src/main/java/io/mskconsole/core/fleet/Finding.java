package io.mskconsole.core.fleet;

import java.util.Objects;

/**
 * What a rule of the fleet policy found wrong with one cluster.
 *
 * @param rule     the rule's id ({@code broker-logs-delivered})
 * @param why      what is wrong, about this cluster
 * @param whatToDo how to put it right
 */
public record Finding(String rule, Severity severity, String why, String whatToDo) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(whatToDo, "whatToDo");
    }
}
