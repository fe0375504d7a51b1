package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.logging.ApplyOutcome;
import io.mskconsole.core.logging.BrokerLogDeliveryUpdate;
import io.mskconsole.core.logging.BrokerLogs;
import io.mskconsole.core.logging.CliCommandLine;
import io.mskconsole.core.logging.LoggingChanges;
import io.mskconsole.core.logging.RegionLimits;
import io.mskconsole.core.logging.SettingChange;
import io.mskconsole.core.logging.UpdateMonitoringRequest;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console logging apply}: sends a --logging-info file to a cluster with UpdateMonitoring, keeping every
 * other monitoring setting as it is. Whenever a request was sent, stdout holds the cluster operation's ARN.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Change a cluster's broker log delivery to what a --logging-info file says.",
                "The file is checked first (JSON, fields, naming rules); the cluster is re-read for its current "
                        + "version, and must be a provisioned cluster in state ACTIVE.",
                "All three destinations are sent: one the file leaves out is turned off. Each setting that changes "
                        + "is listed on stderr (\"Change: ...\") as the request goes out, and by --dry-run.",
                "Prints the cluster operation's ARN on stdout; progress and notes go to stderr."})
final class LoggingApplyCommand implements Callable<Integer> {
    static final String STOPPED_BEFORE_SENDING = "Stopped before sending UpdateMonitoring: nothing was changed.";

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
            + "then, after a blank line, the same request as an 'aws kafka update-monitoring' command. Sends nothing.")
    boolean dryRun;

    LoggingApplyCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        if (dryRun && waitForOperation) {
            throw CliFailure.usage("--dry-run sends nothing, so there is nothing to --wait for: pick one.");
        }
        String region = global.regionOfCluster(clusterArn);
        BrokerLogs desired = LoggingFiles.readLoggingInfo(env, file);
        for (String warning : RegionLimits.warnings(region, desired)) {
            env.err().println(CliErrors.PREFIX + "warning: " + CliErrors.oneLine(warning));
        }
        try (Connection connection = Connection.open(env, global, region)) {
            return dryRun ? dryRun(connection, desired) : apply(connection, desired);
        }
    }

    private int dryRun(Connection connection, BrokerLogs desired) {
        Cluster cluster = connection.gateway().describeCluster(clusterArn);
        UpdateMonitoringRequest request = BrokerLogDeliveryUpdate.prepare(cluster, desired);
        env.out().print(request.describeHttp());
        env.out().println();
        env.out().println(CliCommandLine.updateMonitoring(request, connection.session().cliProfile(),
                connection.region()));
        printChanges(cluster.brokerLogs(), desired);
        if (cluster.brokerLogs().sameDeliveryAs(desired)) {
            env.err().println("Cluster " + cluster.name() + " is already delivering as requested: apply would send "
                    + "nothing.");
        } else if (cluster.state() != ClusterState.ACTIVE) {
            env.err().println("Cluster " + cluster.name() + " is " + cluster.state() + ": apply would be refused "
                    + "until it is ACTIVE again.");
        }
        env.err().println("Dry run: nothing was sent.");
        return ExitCodes.OK;
    }

    /**
     * One line per setting that changes, e.g. "Change: Amazon S3 delivery: Off -> On". All three destinations are
     * always sent, so a destination the file leaves out shows here as turned off.
     */
    private void printChanges(BrokerLogs current, BrokerLogs desired) {
        for (SettingChange change : LoggingChanges.compare(current, desired)) {
            if (change.changed()) {
                env.err().println("Change: " + change.destination().displayName() + " "
                        + change.setting().toLowerCase(Locale.ROOT) + ": " + change.current() + " -> "
                        + change.proposed());
            }
        }
    }

    private int apply(Connection connection, BrokerLogs desired) {
        Cancellation cancellation = new Cancellation();
        BrokerLogDeliveryUpdate update = new BrokerLogDeliveryUpdate(
                new ShowChangesBeforeSending(connection.gateway(), this::printChanges), connection.pollInterval());
        OperationProgress progress = new OperationProgress(env.err());
        // Armed for the whole apply: Ctrl-C before the request means it is not sent; during it, the command still
        // prints the operation's ARN.
        Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
        try {
            ApplyOutcome sent;
            try {
                sent = update.apply(clusterArn, desired, false, progress, cancellation);
            } catch (CancellationException stoppedBeforeSending) {
                // Reported here, before the Ctrl-C registration closes and lets the JVM exit.
                return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, STOPPED_BEFORE_SENDING), env.err());
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
            return follow(update, operationArn, clusterName, desired, progress, cancellation);
        } finally {
            ctrlC.close();
        }
    }

    /** Once UpdateMonitoring was accepted, every way this ends but completion exits 1 or 130, naming the operation. */
    private int follow(BrokerLogDeliveryUpdate update, String operationArn, String clusterName, BrokerLogs desired,
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
        env.err().println(operation.state() + ": cluster " + clusterName + " now delivers broker logs to: "
                + LoggingChanges.summary(desired));
        return ExitCodes.OK;
    }
}
