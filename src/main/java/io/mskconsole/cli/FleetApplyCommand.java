package io.mskconsole.cli;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.fleet.DataFile;
import io.mskconsole.core.fleet.change.ApplyStatus;
import io.mskconsole.core.fleet.change.FleetApply;
import io.mskconsole.core.fleet.change.FleetApplyReport;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.FleetPlanFile;
import io.mskconsole.core.fleet.change.PlannedCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console fleet apply --plan FILE}: applies a plan made by {@code fleet plan}, each cluster as
 * {@code logging apply} would, refusing any whose delivery changed since the plan. Ctrl-C is Stop: nothing new is
 * sent, and following ends (each operation's ARN was printed when it was sent).
 */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Apply a fleet plan: UpdateMonitoring once per cluster to change, regions in parallel, a few "
                + "clusters at a time per region, MSK's throttling met by slowing down. A cluster whose delivery "
                + "changed since the plan is refused; one that already delivers as planned is left as it is.",
                "Ctrl-C stops: nothing new is sent; with --wait, following ends (the operations go on in AWS).",
                "Exit codes: 0 every cluster ended as planned; 1 one did not (refused, failed, outcome unknown, not "
                        + "started); 2 bad input; 130 stopped."})
final class FleetApplyCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Option(names = "--plan", paramLabel = "FILE", required = true, description = "The plan `fleet plan` wrote.")
    Path planFile;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + FleetApply.DEFAULT_CONCURRENCY,
            description = "Clusters applied at once in each region (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--wait", description = "Follow each cluster operation to its end (UPDATE_COMPLETE or failed).")
    boolean follow;

    FleetApplyCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (concurrency < 1 || concurrency > 10) {
            throw CliFailure.usage("--concurrency: " + concurrency + " is not between 1 and 10.");
        }
        FleetPlan plan;
        try {
            plan = FleetPlanFile.read(FleetFiles.read(env, planFile, "--plan"), planFile.toString());
        } catch (DataFile.Invalid invalid) {
            throw CliFailure.usage(invalid.getMessage());
        }
        if (plan.toChange().isEmpty()) {
            env.err().println("The plan changes no cluster: nothing to apply (" + plan.summary() + ").");
            return ExitCodes.OK;
        }
        env.err().println("Applying to " + plan.toChange().size() + " clusters, " + concurrency
                + " at a time per region. Ctrl-C stops: nothing new is sent.");
        Cancellation stop = new Cancellation();
        Cancellation abandon = new Cancellation();
        ExecutorService pool = DaemonThreads.cachedPool("msk-console-fleet-apply");
        FleetApplyReport report;
        // Ctrl-C: nothing new is sent, and following ends at once (the operations go on in AWS, their ARNs printed)
        try (Interrupts.Registration ctrlC = env.interrupts().install(() -> {
            stop.cancel();
            abandon.cancel();
        })) {
            report = new FleetApply(env.accounts(), pool, env.clock(), Pause.REAL).apply(plan,
                    new FleetApply.Options(concurrency, FleetApply.DEFAULT_RATE, follow), new FleetApply.Progress() {
                        @Override
                        public void status(PlannedCluster cluster, ApplyStatus status, String detail) {
                            if (status.isEnd() && status != ApplyStatus.LEFT_OUT && status != ApplyStatus.SENT) {
                                env.err().println(status.word() + ": " + cluster.name() + " (" + cluster.region()
                                        + ")" + (detail.isEmpty() ? "" : ": " + CliErrors.oneLine(detail)));
                            }
                        }

                        @Override
                        public void sent(PlannedCluster cluster, String operationArn) {
                            env.err().println("sent: " + cluster.name() + " (" + cluster.region() + "): "
                                    + operationArn);
                        }

                        @Override
                        public void throttled(String region, String operation, Duration backoff) {
                            env.err().println("MSK throttled " + operation + " in " + region + ": slowing down, "
                                    + "next call in " + backoff.toSeconds() + " s.");
                        }
                    }, stop, abandon);
        } finally {
            pool.shutdownNow();
        }
        env.out().print(FleetPlanText.results(report));
        env.err().println("Done: " + report.summary() + ".");
        if (stop.isCancelled()) {
            return ExitCodes.INTERRUPTED;
        }
        return report.allSucceeded() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
