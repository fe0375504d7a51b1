package io.mskconsole.core.fleet;

import io.mskconsole.core.clusters.ClusterSummary;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.reports.CsvFields;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** A fleet report as CSV: one row per cluster and finding (a cluster without findings has one row with none). */
public final class FleetReportCsv {
    public static final List<String> COLUMNS = List.of("account", "region", "cluster", "arn", "type", "state",
            "kafka_version", "broker_logs", "authorizer_logs", "rule", "severity", "why", "what_to_do");

    private FleetReportCsv() {
    }

    public static void write(FleetReport report, Writer out) throws IOException {
        CsvFields.row(out, COLUMNS);
        for (FleetReport.Row row : report.rows()) {
            List<String> cluster = List.of(row.account().displayName(), row.region(), nullToEmpty(row.cluster().name()),
                    nullToEmpty(row.cluster().arn()), row.cluster().type().name(), row.cluster().state().name(),
                    nullToEmpty(row.cluster().kafkaVersion()), ClusterSummary.destinations(row.cluster()),
                    ClusterSummary.destinations(row.cluster(), LogKind.AUTHORIZER));
            if (row.findings().isEmpty()) {
                CsvFields.row(out, concat(cluster, List.of("", "", "", "")));
            }
            for (Finding finding : row.findings()) {
                CsvFields.row(out, concat(cluster, List.of(finding.rule(), finding.severity().word(), finding.why(),
                        finding.whatToDo())));
            }
        }
        out.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
