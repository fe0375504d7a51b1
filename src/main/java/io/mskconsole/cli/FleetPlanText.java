package io.mskconsole.cli;

import io.mskconsole.core.fleet.change.ClusterResult;
import io.mskconsole.core.fleet.change.FleetApplyReport;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.PlanCheck;
import io.mskconsole.core.fleet.change.PlannedCluster;
import java.util.ArrayList;
import java.util.List;

/** A fleet plan and a fleet apply's results as text: one row per cluster, what changes or why not. */
final class FleetPlanText {
    private FleetPlanText() {
    }

    static String table(FleetPlan plan) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ACTION", "ACCOUNT", "REGION", "NAME", "CHANGE OR REASON"));
        for (PlannedCluster planned : plan.clusters()) {
            rows.add(List.of(planned.action().word(), planned.account().displayName(), planned.region(),
                    CliErrors.oneLine(planned.name()), CliErrors.oneLine(what(planned))));
        }
        return "Set: " + plan.change().describe() + "\n" + ClusterTableFormat.table(rows);
    }

    /** What changes, with the checks' warnings, or why the cluster is left out. */
    static String what(PlannedCluster planned) {
        List<String> warnings = planned.willChange() ? planned.checks().stream().map(PlanCheck::title).toList()
                : List.of();
        return warnings.isEmpty() ? planned.describe()
                : planned.describe() + " (check: " + String.join("; ", warnings) + ")";
    }

    static String results(FleetApplyReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RESULT", "ACCOUNT", "REGION", "NAME", "WHAT HAPPENED"));
        for (ClusterResult result : report.results()) {
            PlannedCluster planned = result.planned();
            rows.add(List.of(result.status().word(), planned.account().displayName(), planned.region(),
                    CliErrors.oneLine(planned.name()), CliErrors.oneLine(result.message())));
        }
        return ClusterTableFormat.table(rows);
    }
}
