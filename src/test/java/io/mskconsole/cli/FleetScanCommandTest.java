package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fleet scan}: the fleet's clusters with the policy's findings, and a CI gate on their severity. */
class FleetScanCommandTest {
    @TempDir
    Path folder;
    CliHarness cli;

    @BeforeEach
    void prod() {
        cli = new CliHarness(folder);
    }

    @Test
    void listsEveryClusterWithItsFindingsAndExitsZeroWithoutAGate() {
        CliHarness.Result scan = cli.run("fleet", "scan", "--regions", "us-east-1");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out().lines()).first().asString().startsWith("ACCOUNT  REGION     NAME");
        assertThat(scan.out()).containsPattern("prod +us-east-1 +batch-jobs .* high: broker-logs-delivered")
                .containsPattern("prod +us-east-1 +prod-events .* CloudWatch Logs .* -\\n");
        assertThat(scan.err()).contains("3 clusters in 1 region of 1 account; 1 finding (1 high).");
    }

    @Test
    void failOnIsACiGate() {
        assertThat(cli.run("fleet", "scan", "--regions", "us-east-1", "--fail-on", "high").exitCode()).isEqualTo(1);
        assertThat(cli.run("fleet", "scan", "--regions", "eu-west-1", "--fail-on", "low").exitCode())
                .as("no cluster there, nothing found").isZero();
        CliHarness.Result bad = cli.run("fleet", "scan", "--fail-on", "urgent");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on: 'urgent' is not a severity");
    }

    @Test
    void aPolicyFileChoosesTheRulesAndABrokenOneIsRefusedWithItsLineAndColumn() throws Exception {
        Files.writeString(folder.resolve("fleet.yaml"), """
                version: 1
                rules:
                  authorizer-logs-delivered: {severity: low}
                """);
        CliHarness.Result scan = cli.run("fleet", "scan", "--regions", "us-east-1", "--policy", "fleet.yaml",
                "--format", "json");
        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out()).contains("\"id\" : \"authorizer-logs-delivered\"", "\"rule\" : \"authorizer-logs-delivered\"")
                .doesNotContain("\"rule\" : \"broker-logs-delivered\"");

        Files.writeString(folder.resolve("bad.yaml"), "version: 1\nrules:\n  every-cluster-perfect: {}\n");
        CliHarness.Result bad = cli.run("fleet", "scan", "--policy", "bad.yaml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.yaml: line 3, column 3: unknown rule \"every-cluster-perfect\"");
    }

    @Test
    void aRegionThatCannotBeReadIsSaidAndFailsTheRunButNotTheOthers() {
        cli.prod.region("eu-west-1").failures.put("listClusters", new io.mskconsole.core.errors.GatewayException(
                io.mskconsole.core.errors.Failure.ACCESS_DENIED, "ListClustersV2", "ListClustersV2 in eu-west-1 "
                + "(profile prod) failed: access denied."));

        CliHarness.Result scan = cli.run("fleet", "scan", "--regions", "us-east-1,eu-west-1");

        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.out()).contains("batch-jobs", "NOT READ  prod eu-west-1: ListClustersV2 in eu-west-1");
        assertThat(scan.err()).contains("1 region not read");
    }

    @Test
    void aRegionThatIsNotOneOfThePartitionsIsSaidAndFailsTheRun() {
        CliHarness.Result scan = cli.run("fleet", "scan", "--regions", "us-east-1,eu-wset-1");

        assertThat(scan.exitCode()).isEqualTo(1);
        assertThat(scan.err()).contains("eu-wset-1 is not a region of prod's partition", "check its spelling");
        assertThat(scan.out()).contains("batch-jobs");
    }

    @Test
    void anHtmlReportIsWrittenToAFileAndSaysSo() throws Exception {
        CliHarness.Result scan = cli.run("fleet", "scan", "--regions", "us-east-1", "--format", "html", "--output",
                "fleet.html");

        assertThat(scan.exitCode()).as(scan.err()).isZero();
        assertThat(scan.out()).isEmpty();
        assertThat(scan.err()).contains("Wrote " + folder.resolve("fleet.html"));
        assertThat(Files.readString(folder.resolve("fleet.html"))).startsWith("<!DOCTYPE html>")
                .contains("<h1>MSK fleet report</h1>", "batch-jobs", "<svg");
        assertThat(cli.run("fleet", "scan", "--regions", "us-east-1", "--format", "csv").out())
                .startsWith("account,region,cluster,arn,");
    }
}
