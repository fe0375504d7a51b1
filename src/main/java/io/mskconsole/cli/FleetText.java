package io.mskconsole.cli;

import io.mskconsole.core.fleet.Finding;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code fleet scan} as text: one row per cluster with its findings, then the regions that could not be read. */
final class FleetText {
    static final List<String> HEADER = List.of("ACCOUNT", "REGION", "NAME", "TYPE", "STATE", "BROKER LOGS",
            "AUTHORIZER LOGS", "FINDINGS");

    private FleetText() {
    }

    static String table(FleetReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FleetReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.account().displayName(), row.region()));
            List<String> cluster = ClusterTableFormat.row(row.cluster());
            cells.add(cluster.get(0));
            cells.add(cluster.get(1));
            cells.add(cluster.get(2));
            cells.add(cluster.get(5));
            cells.add(cluster.get(6));
            cells.add(row.findings().isEmpty() ? ClusterTableFormat.NONE : row.findings().stream()
                    .map(f -> f.severity().word() + ": " + f.rule()).collect(Collectors.joining(", ")));
            rows.add(cells);
        }
        StringBuilder text = new StringBuilder(ClusterTableFormat.table(rows));
        for (FleetReport.RegionFailure failure : report.failures()) {
            text.append("NOT READ  ").append(failure.account().displayName())
                    .append(failure.region().isEmpty() ? "" : " " + failure.region()).append(": ")
                    .append(CliErrors.oneLine(failure.message())).append('\n');
        }
        return text.toString();
    }

    /** "12 clusters in 17 regions of 2 accounts; 3 findings (1 high, 2 medium); 1 region not read." */
    static String summary(FleetReport report) {
        long findings = report.rows().stream().mapToLong(r -> r.findings().size()).sum();
        List<String> bySeverity = new ArrayList<>();
        for (Severity severity : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            long count = report.rows().stream().flatMap(r -> r.findings().stream()).map(Finding::severity)
                    .filter(severity::equals).count();
            if (count > 0) {
                bySeverity.add(count + " " + severity.word());
            }
        }
        return plural(report.rows().size(), "cluster") + " in " + plural(report.regions().size(), "region") + " of "
                + plural(report.accounts().size(), "account") + "; " + plural(findings, "finding")
                + (bySeverity.isEmpty() ? "" : " (" + String.join(", ", bySeverity) + ")")
                + (report.failures().isEmpty() ? "" : "; " + plural(report.failures().size(), "region")
                + " not read") + ".";
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
