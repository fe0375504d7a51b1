package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.account.AccountSignIn;
import io.mskconsole.core.signin.GrantedAccount;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetPolicyFile;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetReportCsv;
import io.mskconsole.core.fleet.FleetReportHtml;
import io.mskconsole.core.fleet.FleetScan;
import io.mskconsole.core.fleet.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
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

    @Option(names = "--accounts", paramLabel = "PROFILE,...", split = ",",
            description = "Profiles to scan (default: --profile, or the default profile).")
    List<String> profiles;

    @Option(names = "--granted", paramLabel = "ROLE",
            description = "Scan every account the IAM Identity Center sign-in of --profile (or --sandbox) grants, "
                    + "as ROLE in each (accounts without it are skipped and named).")
    String grantedRole;

    @Option(names = "--regions", paramLabel = "R1,R2|all", split = ",",
            description = "Regions to scan (default: all of the partition's regions).")
    List<String> regions;

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
        List<Account> accounts = accounts();
        List<String> asked = regions == null || regions.stream().anyMatch(r -> r.strip().equalsIgnoreCase("all"))
                ? List.of() : regions.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
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
        write(render(report));
        env.err().println(FleetText.summary(report));
        if (cancellation.isCancelled()) {
            return ExitCodes.INTERRUPTED;
        }
        boolean gated = gate != null && report.findingsAtLeast(gate) > 0;
        return gated || !report.failures().isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** Every account the sign-in grants, as the role asked; those without it named on standard error. */
    private List<Account> granted() {
        AccountSignIn signIn = SignInCommands.signInOf(env, global);
        String role = grantedRole.strip();
        List<Account> chosen = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (GrantedAccount granted : signIn.grants(false)) {
            if (granted.roles().contains(role)) {
                chosen.add(signIn.account().withRole(new AccountRole(granted.accountId(), role,
                        granted.accountName())));
            } else {
                without.add(granted.accountName().isBlank() ? granted.accountId()
                        : granted.accountName() + " (" + granted.accountId() + ")");
            }
        }
        if (!without.isEmpty()) {
            env.err().println("Skipped, without role " + role + ": " + String.join(", ", without) + ".");
        }
        if (chosen.isEmpty()) {
            throw CliFailure.usage("--granted " + role + ": no account " + signIn.describe() + " grants has role "
                    + role + " (see `msk-console accounts`).");
        }
        return chosen;
    }

    private String render(FleetReport report) {
        return switch (format) {
            case json -> FleetJson.write(report);
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

    private void write(String text) {
        if (output == null) {
            env.out().print(text);
            return;
        }
        Path file = env.workingDirectory().resolve(output);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw CliFailure.failed("--output: " + output + " could not be written: " + e.getMessage());
        }
        env.err().println("Wrote " + file + ".");
    }

    private FleetPolicy policy() {
        if (policyFile == null) {
            return FleetPolicy.standard();
        }
        Path file = env.workingDirectory().resolve(policyFile);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException missing) {
            throw CliFailure.usage("--policy: " + policyFile + " was not found.");
        } catch (IOException e) {
            throw CliFailure.usage("--policy: " + policyFile + " could not be read: " + e.getMessage());
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return FleetPolicyFile.parse(text, policyFile.toString(), lower.endsWith(".yaml") || lower.endsWith(".yml"));
        } catch (FleetPolicyFile.Invalid invalid) {
            throw CliFailure.usage(invalid.getMessage());
        }
    }

    private List<Account> accounts() {
        if (grantedRole != null) {
            if (profiles != null && !profiles.isEmpty()) {
                throw CliFailure.usage("--granted scans the accounts of one sign-in; leave out --accounts.");
            }
            return granted();
        }
        if (profiles == null || profiles.isEmpty()) {
            return List.of(Connection.account(env.accounts().profiles(), global));
        }
        if (global.sandbox) {
            throw CliFailure.usage("--accounts names profiles; leave out --sandbox, or leave out --accounts.");
        }
        List<String> known = env.accounts().profiles().profiles();
        List<Account> chosen = new ArrayList<>();
        for (String profile : profiles.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList()) {
            if (!known.contains(profile)) {
                throw CliFailure.usage("--accounts: profile " + profile + " is not in the AWS config files (known: "
                        + String.join(", ", known) + ").");
            }
            chosen.add(Account.profile(profile));
        }
        return chosen;
    }
}
