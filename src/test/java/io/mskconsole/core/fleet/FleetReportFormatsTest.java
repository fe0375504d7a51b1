package io.mskconsole.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fleet report as CSV and as an auditor's HTML page: the counts and the chart, and names from AWS that try to be
 * markup or formulas shown as text.
 */
class FleetReportFormatsTest {
    static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    final FleetPolicy policy = new FleetPolicy(1, List.of(new BrokerLogsDelivered(Severity.HIGH),
            new AuthorizerLogsDelivered(Severity.LOW)));

    FleetReport report() {
        var bad = FleetRulesTest.cluster(HOSTILE, ClusterType.PROVISIONED, LoggingInfo.NONE);
        var formula = FleetRulesTest.cluster("=HYPERLINK(\"http://evil\")", ClusterType.PROVISIONED,
                new LoggingInfo(LogDelivery.NONE.withS3(S3Destination.to("msk-logs", "a")),
                        LogDelivery.NONE.withS3(S3Destination.to("msk-logs", "z"))));
        return new FleetReport(Instant.parse("2026-12-07T15:00:00Z"), List.of(Account.profile("prod")),
                List.of("us-east-1"), policy, List.of(
                new FleetReport.Row(Account.profile("prod"), "us-east-1", bad, policy.check(bad)),
                new FleetReport.Row(Account.profile("prod"), "us-east-1", formula, policy.check(formula))),
                List.of(new FleetReport.RegionFailure(Account.profile("prod"), "ap-east-1", "opt-in <region> not enabled")));
    }

    @Test
    void thePageIsSelfContainedRunsNothingAndShowsNamesAsText() {
        String page = FleetReportHtml.write(report());

        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"")
                .doesNotContain("<script", "<img", "onerror=alert(1)>", "https://", "src=\"http")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("opt-in &lt;region&gt; not enabled");
        assertThat(page).as("nothing loaded: no source or link attributes").doesNotContain(" src=\"", " href=",
                "url(");
    }

    @Test
    void thePageCountsFindingsByRuleAndAccountAndChartsClustersByWorstFinding() {
        String page = FleetReportHtml.write(report());

        assertThat(page).contains("<tr><td>broker-logs-delivered</td><td>high</td><td>1</td></tr>",
                "<tr><td>authorizer-logs-delivered</td><td>low</td><td>1</td></tr>",
                "<title>high: 1</title>", "<title>no finding: 1</title>", "Made 2026-12-07T15:00:00Z");
    }

    @Test
    void theCsvHasARowPerFindingAndDefusesFormulas() throws Exception {
        StringWriter csv = new StringWriter();
        FleetReportCsv.write(report(), csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", FleetReportCsv.COLUMNS));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).startsWith("prod,us-east-1,\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(csv.toString()).contains("\r\n");
    }
}
