package io.mskconsole.cli;

import io.mskconsole.core.delivery.SettingChange;
import io.mskconsole.core.fleet.change.ClusterResult;
import io.mskconsole.core.fleet.change.FleetApplyReport;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.PlanCheck;
import io.mskconsole.core.fleet.change.PlannedCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /** The settings that change ("Broker logs CloudWatch Logs log group: — → /x"), with the checks' warnings. */
    static String what(PlannedCluster planned) {
        if (!planned.willChange()) {
            return planned.reason() == null ? "" : planned.reason();
        }
        java.util.Map<String, List<String>> byDestination = new java.util.LinkedHashMap<>();
        for (SettingChange row : planned.differences()) {
            byDestination.computeIfAbsent(row.kind().displayName() + " " + row.destination().displayName(),
                    k -> new ArrayList<>()).add(change(row));
        }
        String changes = byDestination.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        List<String> warnings = planned.checks().stream().map(PlanCheck::title).toList();
        return warnings.isEmpty() ? changes : changes + " (check: " + String.join("; ", warnings) + ")";
    }

    private static String change(SettingChange row) {
        return row.setting().toLowerCase(java.util.Locale.ROOT) + " " + row.current() + " → " + row.proposed();
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
