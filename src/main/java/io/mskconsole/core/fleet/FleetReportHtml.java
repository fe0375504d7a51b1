package io.mskconsole.core.fleet;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.ClusterSummary;
import io.mskconsole.core.delivery.LogKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fleet report as one self-contained HTML page an auditor can open: when and with what it was made, a chart of
 * clusters by their worst finding per account (inline SVG), counts by rule and account, then every cluster with its
 * findings, and the regions not read. Every value from AWS is escaped, and the page's own policy forbids scripts and
 * anything loaded from the network, so no cluster name can run or fetch anything.
 */
public final class FleetReportHtml {
    /** The outcomes a cluster is counted under in the chart, best first, with their colours. */
    private static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("no finding", "#2e7d32");
        OUTCOMES.put("low", "#f9a825");
        OUTCOMES.put("medium", "#ef6c00");
        OUTCOMES.put("high", "#c62828");
    }

    private FleetReportHtml() {
    }

    public static String write(FleetReport report) {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'\">\n")
                .append("<title>MSK fleet report ").append(escape(report.scannedAt().toString())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
                        + ".high{color:#c62828}.medium{color:#ef6c00}.low{color:#8d6e00}</style>\n</head><body>\n")
                .append("<h1>MSK fleet report</h1>\n<p>Made ").append(escape(report.scannedAt().toString()))
                .append(" by MSK Console for ").append(escape(accounts(report.accounts()))).append(", in ")
                .append(escape(String.join(", ", report.regions()))).append(".</p>\n<p>Policy version ")
                .append(report.policy().version()).append(":</p>\n<ul>\n");
        for (FleetRule rule : report.policy().rules()) {
            page.append("<li><b>").append(escape(rule.id())).append("</b> (").append(rule.severity().word())
                    .append("): ").append(escape(rule.description())).append("</li>\n");
        }
        page.append("</ul>\n<h2>Summary</h2>\n").append(chart(report)).append(countsByRule(report))
                .append("<h2>Clusters</h2>\n<table>\n<tr><th>Account</th><th>Region</th><th>Cluster</th><th>State</th>"
                        + "<th>Broker logs</th><th>Authorizer logs</th><th>Findings</th></tr>\n");
        for (FleetReport.Row row : report.rows()) {
            page.append("<tr><td>").append(escape(row.account().displayName())).append("</td><td>")
                    .append(escape(row.region())).append("</td><td title=\"").append(escape(row.cluster().arn()))
                    .append("\">").append(escape(row.cluster().name())).append("</td><td>")
                    .append(escape(row.cluster().state().name())).append("</td><td>")
                    .append(escape(ClusterSummary.destinations(row.cluster()))).append("</td><td>")
                    .append(escape(ClusterSummary.destinations(row.cluster(), LogKind.AUTHORIZER))).append("</td><td>");
            for (Finding finding : row.findings()) {
                page.append("<p class=\"").append(finding.severity().word()).append("\"><b>")
                        .append(finding.severity().word()).append(": ").append(escape(finding.rule())).append("</b> ")
                        .append(escape(finding.why())).append(" ").append(escape(finding.whatToDo())).append("</p>");
            }
            page.append("</td></tr>\n");
        }
        page.append("</table>\n");
        if (!report.failures().isEmpty()) {
            page.append("<h2>Regions not read</h2>\n<ul>\n");
            for (FleetReport.RegionFailure failure : report.failures()) {
                page.append("<li>").append(escape(failure.account().displayName())).append(" ")
                        .append(escape(failure.region())).append(": ").append(escape(failure.message()))
                        .append("</li>\n");
            }
            page.append("</ul>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    /** Clusters by their worst finding, one stacked bar per account. */
    static String chart(FleetReport report) {
        Map<String, Map<String, Integer>> byAccount = new LinkedHashMap<>();
        for (FleetReport.Row row : report.rows()) {
            Optional<Severity> worst = FleetPolicy.worst(row.findings());
            byAccount.computeIfAbsent(row.account().displayName(), a -> new LinkedHashMap<>())
                    .merge(worst.map(Severity::word).orElse("no finding"), 1, Integer::sum);
        }
        int most = byAccount.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int barWidth = 480;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"")
                .append(40 + 30 * byAccount.size()).append("\" role=\"img\" aria-label=\"Clusters by worst finding, "
                        + "per account\">\n");
        int x = 180;
        for (Map.Entry<String, String> outcome : OUTCOMES.entrySet()) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
                    .append(outcome.getValue()).append("\"/><text x=\"").append(x + 16).append("\" y=\"15\" "
                            + "font-size=\"12\">").append(escape(outcome.getKey())).append("</text>\n");
            x += 110;
        }
        int y = 30;
        for (Map.Entry<String, Map<String, Integer>> account : byAccount.entrySet()) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(escape(account.getKey())).append("</text>\n");
            double left = 180;
            for (Map.Entry<String, String> outcome : OUTCOMES.entrySet()) {
                int count = account.getValue().getOrDefault(outcome.getKey(), 0);
                if (count == 0) {
                    continue;
                }
                double width = (double) barWidth * count / most;
                svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                                + "height=\"20\" fill=\"%s\"><title>%s: %d</title></rect>%n", left, y, width,
                        outcome.getValue(), escape(outcome.getKey()), count));
                left += width;
            }
            y += 30;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String countsByRule(FleetReport report) {
        List<String> accounts = report.rows().stream().map(r -> r.account().displayName()).distinct().toList();
        StringBuilder table = new StringBuilder("<table>\n<tr><th>Rule</th><th>Severity</th>");
        accounts.forEach(a -> table.append("<th>").append(escape(a)).append("</th>"));
        table.append("</tr>\n");
        for (FleetRule rule : report.policy().rules()) {
            table.append("<tr><td>").append(escape(rule.id())).append("</td><td>").append(rule.severity().word())
                    .append("</td>");
            for (String account : accounts) {
                long count = report.rows().stream().filter(r -> r.account().displayName().equals(account))
                        .flatMap(r -> r.findings().stream()).filter(f -> f.rule().equals(rule.id())).count();
                table.append("<td>").append(count).append("</td>");
            }
            table.append("</tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    private static String accounts(List<Account> accounts) {
        return accounts.stream().map(Account::displayName).collect(Collectors.joining(", "));
    }

    /** Text as HTML text or attribute value: markup, entities and quotes made harmless. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
