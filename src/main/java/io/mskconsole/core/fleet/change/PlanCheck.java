package io.mskconsole.core.fleet.change;

import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.Severity;
import java.util.Objects;

/** One destination check's finding for a planned cluster, as the plan shows and keeps it. */
public record PlanCheck(Severity severity, String title, String why, String fix) {
    public PlanCheck {
        Objects.requireNonNull(severity, "severity");
        title = Objects.requireNonNullElse(title, "");
        why = Objects.requireNonNullElse(why, "");
        fix = Objects.requireNonNullElse(fix, "");
    }

    public static PlanCheck of(Finding finding) {
        return new PlanCheck(finding.severity(), finding.title(), finding.why(), finding.fix());
    }
}
