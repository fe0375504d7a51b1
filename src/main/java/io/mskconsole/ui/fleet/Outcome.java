package io.mskconsole.ui.fleet;

import io.mskconsole.core.fleet.Finding;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.Severity;
import java.util.List;

/** A cluster's standing under the policy, by its worst finding: what the fleet's chart stacks. */
public enum Outcome {
    PASSES("No finding"), LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Outcome of(List<Finding> findings) {
        return FleetPolicy.worst(findings).map(Outcome::of).orElse(PASSES);
    }

    static Outcome of(Severity severity) {
        return switch (severity) {
            case LOW -> LOW;
            case MEDIUM -> MEDIUM;
            case HIGH -> HIGH;
        };
    }
}
