package io.mskconsole.cli;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.fleet.DataFile;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetScan;
import io.mskconsole.core.fleet.change.FleetChange;
import io.mskconsole.core.fleet.change.FleetChangeFile;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.FleetPlanFile;
import io.mskconsole.core.fleet.change.FleetPlanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console fleet plan --set FILE}: reads the fleet as {@code fleet scan} does, then plans the change for the
 * clusters chosen: per cluster the current and new delivery, the destination checks, or why it is left out. Sends
 * nothing; {@code fleet apply --plan} does.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Plan one log delivery change for many clusters: what each would get, its destination "
                + "checks, and the clusters left out with the reason. Nothing is sent.",
                "The plan (JSON) goes to --output, or to standard output; the table to standard output, or standard "
                        + "error when the plan goes there.",
                "Exit codes: 0 planned; 1 a region could not be read (the plan holds the others); 2 bad input."})
final class FleetPlanCommand implements Callable<Integer> {
    private final CliEnvironment env;
    private final GlobalOptions global;

    @Mixin
    FleetSelection selection = new FleetSelection();

    @Option(names = "--set", paramLabel = "FILE", required = true,
            description = "What to set (JSON, or YAML for .yaml/.yml): destinations with name templates; see README.")
    Path setFile;

    @Option(names = "--clusters", paramLabel = "NAME,...", split = ",",
            description = "Only the clusters of these names (default: every cluster read).")
    List<String> names;

    @Option(names = "--with-finding", paramLabel = "RULE",
            description = "Only the clusters with a finding of this rule of the policy, e.g. broker-logs-delivered.")
    String rule;

    @Option(names = "--policy", paramLabel = "FILE", description = "The fleet policy for --with-finding.")
    Path policyFile;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the plan (JSON) to FILE.")
    Path output;

    FleetPlanCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        FleetChange change = change();
        FleetPolicy policy = FleetScanCommand.policy(env, policyFile);
        if (rule != null && policy.rules().stream().noneMatch(r -> r.id().equals(rule.strip()))) {
            throw CliFailure.usage("--with-finding: the policy has no rule " + rule + " (it has: " + policy.rules()
                    .stream().map(r -> r.id()).collect(Collectors.joining(", ")) + ").");
        }
        List<Account> accounts = selection.accounts(env, global);
        Cancellation cancellation = new Cancellation();
        ExecutorService pool = DaemonThreads.cachedPool("msk-console-fleet-plan");
        FleetReport scanned;
        FleetPlan plan;
        try (Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel)) {
            scanned = new FleetScan(env.accounts(), pool, env.clock()).scan(accounts, selection.regions(), policy,
                    new FleetScan.Progress() {
                        @Override
                        public void regionFailed(Account account, String region, String message) {
                            env.err().println(CliErrors.PREFIX + message);
                        }
                    }, cancellation);
            plan = new FleetPlanner(env.accounts(), pool, env.clock()).plan(chosen(scanned), change,
                    FleetPlanner.Progress.NONE, cancellation);
        } catch (CancellationException stopped) {
            env.err().println("Stopped: no plan was written.");
            return ExitCodes.INTERRUPTED;
        } finally {
            pool.shutdownNow();
        }
        String json = FleetPlanFile.write(plan);
        String table = FleetPlanText.table(plan);
        if (output == null) {
            env.out().print(json);
            env.err().print(table);
        } else {
            FleetFiles.write(env, output, "--output", json);
            env.out().print(table);
        }
        env.err().println("Plan: " + plan.summary() + "." + (plan.toChange().isEmpty() ? ""
                : " Apply it with: msk-console fleet apply --plan " + (output == null ? "PLAN.json" : output)));
        return scanned.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private List<FleetReport.Row> chosen(FleetReport scanned) {
        Set<String> wanted = names == null ? null
                : names.stream().map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        if (wanted != null) {
            List<String> missing = wanted.stream().filter(name -> scanned.rows().stream()
                    .noneMatch(row -> name.equals(row.cluster().name()))).sorted().toList();
            if (!missing.isEmpty()) {
                throw CliFailure.usage("--clusters: no cluster named " + String.join(", ", missing)
                        + " in the accounts and regions read.");
            }
        }
        return scanned.rows().stream()
                .filter(row -> wanted == null || wanted.contains(row.cluster().name()))
                .filter(row -> rule == null || row.findings().stream().anyMatch(f -> f.rule().equals(rule.strip())))
                .toList();
    }

    private FleetChange change() {
        String text = FleetFiles.read(env, setFile, "--set");
        try {
            return FleetChangeFile.parse(text, setFile.toString(), DataFile.isYaml(setFile.getFileName().toString()));
        } catch (DataFile.Invalid invalid) {
            throw CliFailure.usage(invalid.getMessage());
        }
    }
}
