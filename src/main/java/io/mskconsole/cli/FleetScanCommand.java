package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.fleet.DataFile;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetPolicyFile;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetReportCsv;
import io.mskconsole.core.fleet.FleetReportHtml;
import io.mskconsole.core.fleet.FleetReportJson;
import io.mskconsole.core.fleet.FleetScan;
import io.mskconsole.core.fleet.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console fleet scan}: every cluster of the accounts and regions asked, checked against the policy; a CI
 * gate with {@code --fail-on}.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"List every cluster of the accounts and regions asked, with the findings of the fleet policy.",
                "Exit codes: 0 done (no finding at or above --fail-on); 1 a finding at or above --fail-on, or a "
                        + "region could not be read; 2 bad input."})
final class FleetScanCommand implements Callable<Integer> {
    enum Format { table, json, csv, html }

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Mixin
    FleetSelection selection = new FleetSelection();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The fleet policy (JSON, or YAML for .yaml/.yml; default: broker logs delivered, high).")
    Path policyFile;

    @Option(names = "--format", paramLabel = "table|json|csv|html", defaultValue = "table",
            description = "table: aligned text (default); json: a stable document for scripts; csv: a row per "
                    + "finding (formulas defused); html: one self-contained page for an auditor.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "low|medium|high",
            description = "Exit 1 when a finding of this severity or above exists (a CI gate).")
    String failOn;

    FleetScanCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        Severity gate = failOn == null ? null : Severity.parse(failOn).orElseThrow(() -> CliFailure.usage(
                "--fail-on: '" + failOn + "' is not a severity; use low, medium or high."));
        FleetPolicy policy = policy();
        List<Account> accounts = selection.accounts(env, global);
        List<String> asked = selection.regions();
        Cancellation cancellation = new Cancellation();
        ExecutorService pool = DaemonThreads.cachedPool("msk-console-fleet-scan");
        FleetReport report;
        try (Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel)) {
            report = new FleetScan(env.accounts(), pool, env.clock()).scan(accounts, asked, policy,
                    new FleetScan.Progress() {
                        @Override
                        public void regionFailed(Account account, String region, String message) {
                            env.err().println(CliErrors.PREFIX + message);
                        }
                    }, cancellation);
        } finally {
            pool.shutdownNow();
        }
        FleetFiles.write(env, output, "--output", render(report));
        env.err().println(FleetText.summary(report));
        if (cancellation.isCancelled()) {
            return ExitCodes.INTERRUPTED;
        }
        boolean gated = gate != null && report.findingsAtLeast(gate) > 0;
        return gated || !report.failures().isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private String render(FleetReport report) {
        return switch (format) {
            case json -> FleetReportJson.write(report);
            case html -> FleetReportHtml.write(report);
            case csv -> {
                java.io.StringWriter csv = new java.io.StringWriter();
                try {
                    FleetReportCsv.write(report, csv);
                } catch (IOException impossible) {
                    throw new java.io.UncheckedIOException(impossible);
                }
                yield csv.toString();
            }
            case table -> FleetText.table(report);
        };
    }

    private FleetPolicy policy() {
        return policy(env, policyFile);
    }

    /** The policy file named, or the standard policy when none is. */
    static FleetPolicy policy(CliEnvironment env, Path policyFile) {
        if (policyFile == null) {
            return FleetPolicy.standard();
        }
        String text = FleetFiles.read(env, policyFile, "--policy");
        try {
            return FleetPolicyFile.parse(text, policyFile.toString(), DataFile.isYaml(policyFile.getFileName().toString()));
        } catch (FleetPolicyFile.Invalid invalid) {
            throw CliFailure.usage(invalid.getMessage());
        }
    }
}
