package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.delivery.ApplyOutcome;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import io.mskconsole.core.delivery.CliCommandLine;
import io.mskconsole.core.delivery.LoggingChanges;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.SettingChange;
import io.mskconsole.core.delivery.UpdateMonitoringRequest;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console logging apply}: sends a --logging-info file to a cluster with UpdateMonitoring, keeping every
 * other monitoring setting as it is. Whenever a request was sent, stdout holds the cluster operation's ARN.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Change a cluster's broker and authorizer log delivery to what a --logging-info file says.",
                "The file is checked first (JSON, fields, naming rules); the cluster is re-read for its current "
                        + "version, and must be a provisioned cluster in state ACTIVE.",
                "Before sending, the destinations are checked as 'logging check' does and the findings listed on "
                        + "stderr: an error refuses the change (nothing is sent) unless --force is given; warnings "
                        + "do not.",
                "BrokerLogs is required, and all three of its destinations are sent: one the file leaves out is "
                        + "turned off. AuthorizerLogs is optional: a file without it leaves the cluster's authorizer "
                        + "log delivery exactly as it is; a file with it applies it the same way (a destination it "
                        + "leaves out is turned off).",
                "Each setting that changes is listed on stderr (\"Change: Broker logs, ...\" or \"Change: "
                        + "Authorizer logs, ...\") as the request goes out, and by --dry-run.",
                "Prints the cluster operation's ARN on stdout; progress and notes go to stderr."})
final class LoggingApplyCommand implements Callable<Integer> {
    static final String STOPPED_BEFORE_SENDING = "Stopped before sending UpdateMonitoring: nothing was changed.";
    static final String FORCE_HINT = "--force applies anyway.";

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The cluster's ARN.")
    String clusterArn;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "The --logging-info document (AWS CLI PascalCase or API camelCase); - reads stdin.")
    String file;

    @Option(names = "--wait", description = "Follow the cluster operation to its end: exit 0 when it completes, "
            + "1 when it fails. Ctrl-C stops following; the update goes on in AWS.")
    boolean waitForOperation;

    @Option(names = "--dry-run", description = "Read the cluster and print the UpdateMonitoring request (HTTP), "
            + "then, after a blank line, the same request as an 'aws kafka update-monitoring' command; list the "
            + "changes and the findings of the checks on stderr. Sends nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Apply even when the checks find an error (e.g. a destination that does "
            + "not exist): MSK may then accept the change and the update fail, or no logs arrive.")
    boolean force;

    @Mixin
    BrokerLogLevelOption brokerLogLevel = new BrokerLogLevelOption();

    LoggingApplyCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        if (dryRun && waitForOperation) {
            throw CliFailure.usage("--dry-run sends nothing, so there is nothing to --wait for: pick one.");
        }
        boolean verbose = brokerLogLevel.verbose();
        String region = global.regionOfCluster(clusterArn);
        LoggingInfo desired = LoggingFiles.readLoggingInfo(env, file);
        try (Connection connection = Connection.open(env, global, region)) {
            return dryRun ? dryRun(connection, desired, verbose) : apply(connection, desired, verbose);
        }
    }

    private int dryRun(Connection connection, LoggingInfo desired, boolean verbose) {
        Cluster cluster = connection.gateway().describeCluster(clusterArn);
        LoggingFiles.refuseBrokenRules(file, desired, cluster.logging());
        UpdateMonitoringRequest request = LogDeliveryUpdate.prepare(cluster, desired);
        env.out().print(request.describeHttp());
        env.out().println();
        env.out().println(CliCommandLine.updateMonitoring(request, connection.session().cliAccount(),
                connection.region()));
        env.out().flush();
        LoggingFiles.noteKeptAuthorizerLogs(env, desired, cluster.logging());
        printChanges(cluster.logging(), request.logging());
        CheckReport report = checkOrStop(connection, cluster, request.logging(), verbose, new Cancellation());
        if (report == null) {
            return ExitCodes.INTERRUPTED;
        }
        if (cluster.logging().sameDeliveryAs(request.logging())) {
            env.err().println("Cluster " + cluster.name() + " is already delivering as requested: apply would send "
                    + "nothing.");
        } else if (cluster.state() != ClusterState.ACTIVE) {
            env.err().println("Cluster " + cluster.name() + " is " + cluster.state() + ": apply would be refused "
                    + "until it is ACTIVE again.");
        } else if (report.blocksApply()) {
            env.err().println(force ? "With --force, apply would send it despite " + errors(report) + "."
                    : "Apply would be refused: " + errors(report) + ". " + FORCE_HINT);
        }
        env.err().println("Dry run: nothing was sent.");
        return ExitCodes.OK;
    }

    /**
     * The checks of a dry run, with Ctrl-C armed while they run: the report, printed, or null when stopped (then
     * said on stderr).
     */
    private CheckReport checkOrStop(Connection connection, Cluster cluster, LoggingInfo desired, boolean verbose,
                                    Cancellation cancellation) {
        Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
        try {
            return check(connection, cluster, desired, verbose, cancellation);
        } catch (CancellationException stopped) {
            CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, "Dry run stopped before the checks finished: "
                    + "nothing was sent."), env.err());
            return null;
        } finally {
            ctrlC.close();
        }
    }

    /** Runs the checks of the draft and lists their findings on stderr. */
    private CheckReport check(Connection connection, Cluster cluster, LoggingInfo desired, boolean verbose,
                              Cancellation cancellation) {
        CheckReport report = DestinationPreflight.runOrSayWhy(connection, cluster, desired, verbose, cancellation);
        env.err().print(FindingsText.write(FindingsText.header(cluster.name(), connection.region(), report), report));
        if (!report.findings().isEmpty()) {
            env.err().println();
        }
        env.err().flush();
        return report;
    }

    /**
     * Before apply re-reads the cluster and sends: the checks, on the cluster as read now. Skipped when apply will
     * send nothing anyway (serverless, not ACTIVE, or already delivering as requested: apply says which).
     *
     * @throws CliFailure            (failed) on an error finding without --force: nothing was sent
     * @throws CancellationException when Ctrl-C stops the checks
     */
    private void checkBeforeSending(Connection connection, LoggingInfo desired, boolean verbose,
                                    Cancellation cancellation) {
        Cluster cluster = connection.gateway().describeCluster(clusterArn);
        LoggingFiles.refuseBrokenRules(file, desired, cluster.logging());
        LoggingInfo resolved = desired.resolvedAgainst(cluster.logging());
        if (!cluster.supportsBrokerLogs() || cluster.state() != ClusterState.ACTIVE
                || cluster.logging().sameDeliveryAs(resolved)) {
            return;
        }
        CheckReport report = check(connection, cluster, resolved, verbose, cancellation);
        if (!report.blocksApply()) {
            return;
        }
        if (!force) {
            throw CliFailure.failed("Refused: the checks found " + errors(report) + " (listed above); nothing was "
                    + "sent to cluster " + cluster.name() + ". Fix the file or the destinations, or " + FORCE_HINT);
        }
        env.err().println("Applying despite " + errors(report) + " (--force).");
    }

    /** "1 error" or "2 errors". */
    private static String errors(CheckReport report) {
        long count = report.count(Severity.ERROR);
        return count + (count == 1 ? " error" : " errors");
    }

    /**
     * One line per setting that changes, e.g. "Change: Broker logs, Amazon S3 delivery: Off -> On". All three
     * destinations of a kind given are always sent, so a destination the file leaves out shows here as turned off.
     *
     * @param desired the delivery as sent (authorizer logs the file left out already kept as they are)
     */
    private void printChanges(LoggingInfo current, LoggingInfo desired) {
        for (SettingChange change : LoggingChanges.compare(current, desired)) {
            if (change.changed()) {
                env.err().println("Change: " + change.kind().displayName() + ", " + change.destination().displayName() + " "
                        + change.setting().toLowerCase(Locale.ROOT) + ": " + change.current() + " -> "
                        + change.proposed());
            }
        }
    }

    private int apply(Connection connection, LoggingInfo desired, boolean verbose) {
        Cancellation cancellation = new Cancellation();
        LogDeliveryUpdate update = new LogDeliveryUpdate(new ShowChangesBeforeSending(connection.gateway(),
                (current, sent) -> {
                    LoggingFiles.noteKeptAuthorizerLogs(env, desired, current);
                    printChanges(current, sent);
                }), connection.pollInterval());
        OperationProgress progress = new OperationProgress(env.err());
        // Armed for the whole apply, the checks included: Ctrl-C before the request means it is not sent; during it,
        // the command still prints the operation's ARN.
        Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
        try {
            ApplyOutcome sent;
            try {
                checkBeforeSending(connection, desired, verbose, cancellation);
                sent = update.apply(clusterArn, desired, false, progress, cancellation);
            } catch (CancellationException stoppedBeforeSending) {
                // Reported here, before the Ctrl-C registration closes and lets the JVM exit.
                return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, STOPPED_BEFORE_SENDING), env.err());
            } catch (SendOutcomeUnknownException lost) {
                if (!waitForOperation || lost.verdict() != SendOutcomeUnknownException.Verdict.TAKEN) {
                    throw lost;
                }
                return followTaken(update, lost, desired, progress, cancellation);
            }
            String clusterName = sent.cluster().name();
            if (sent.status() == ApplyOutcome.Status.UNCHANGED) {
                env.err().println("Cluster " + clusterName + " is already delivering as requested; nothing sent.");
                return ExitCodes.OK;
            }
            String operationArn = sent.operationArn();
            env.out().println(operationArn);
            env.out().flush();
            if (!waitForOperation) {
                env.err().println("Sent. Cluster " + clusterName + " is updating; its operation is " + operationArn
                        + " (use --wait to follow it).");
                return ExitCodes.OK;
            }
            return follow(update, operationArn, clusterName, sent.request().logging(), progress, cancellation);
        } finally {
            ctrlC.close();
        }
    }

    /**
     * With --wait, a change MSK took without answering is followed as the window follows it: the cluster is read
     * until it is no longer UPDATING; delivering as sent exits 0, anything else 1, Ctrl-C 130.
     */
    private int followTaken(LogDeliveryUpdate update, SendOutcomeUnknownException lost, LoggingInfo desired,
                            OperationProgress progress, Cancellation cancellation) {
        String said = lost.getMessage();
        env.err().println(said.substring(0, said.length() - 1) + "; following the cluster (Ctrl-C stops following; "
                + "the update goes on in AWS).");
        Cluster after;
        try {
            after = update.followCluster(clusterArn, progress, cancellation);
        } catch (RuntimeException e) {
            throw CliFailure.failed("Stopped following cluster " + clusterArn + ": " + CliErrors.message(e)
                    + " The update was taken and goes on in AWS.");
        }
        if (after == null) {
            env.err().println("Stopped following. The update goes on in AWS.");
            return ExitCodes.INTERRUPTED;
        }
        if (after.state() == ClusterState.ACTIVE
                && after.logging().sameDeliveryAs(desired.resolvedAgainst(after.logging()))) {
            env.err().println("ACTIVE: cluster " + after.name() + " is updated. " + LoggingChanges.summary(after.logging()));
            return ExitCodes.OK;
        }
        return CliErrors.report(CliFailure.failed("Cluster " + after.name() + " is " + after.state()
                + " again and does not deliver as sent: " + LoggingChanges.summary(after.logging())), env.err());
    }

    /** Once UpdateMonitoring was accepted, every way this ends but completion exits 1 or 130, naming the operation. */
    private int follow(LogDeliveryUpdate update, String operationArn, String clusterName, LoggingInfo sentLogging,
                       OperationProgress progress, Cancellation cancellation) {
        env.err().println("Following operation " + operationArn + " (Ctrl-C stops following; the update goes on "
                + "in AWS).");
        ClusterOperation operation;
        try {
            operation = update.follow(operationArn, progress, cancellation);
        } catch (RuntimeException e) {
            // Even a credentials or setup problem is no longer the person's input to fix: the update is under way.
            throw CliFailure.failed("Stopped following operation " + operationArn + ": " + CliErrors.message(e)
                    + " The update was sent and goes on in AWS.");
        }
        if (operation == null || !operation.isFinished()) {
            env.err().println("Stopped following. The update goes on in AWS: operation " + operationArn);
            return ExitCodes.INTERRUPTED;
        }
        if (operation.isFailed()) {
            return CliErrors.report(CliFailure.failed("Operation " + operationArn + " on cluster " + clusterName
                    + " ended " + operation.describeOutcome()), env.err());
        }
        // what MSK itself reports as the cluster's delivery after the operation, where it says
        LoggingInfo now = operation.targetLogging() != null ? operation.targetLogging() : sentLogging;
        env.err().println(operation.state() + ": cluster " + clusterName + " is updated. " + LoggingChanges.summary(now));
        return ExitCodes.OK;
    }
}
