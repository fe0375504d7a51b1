package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.delivery.LoggingInfo;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console logging check}: the preflight checks of a --logging-info file against a cluster and the
 * destinations it names, for pipelines. Prints the findings on stdout; exits 0 without an error, 1 with one (or,
 * with {@code --strict}, with a warning or a check that could not run), 2 for bad input. Sends nothing.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Check a --logging-info file against a cluster and its destinations before applying it.",
                "Reads the file as 'logging apply' does, reads the cluster, then looks up each destination: that "
                        + "it exists in the cluster's region, the bucket's KMS key policy, the Firehose stream's "
                        + "source and tag, the CloudWatch Logs resource policies, and (with the IAM policy "
                        + "simulator) your permissions. Sends nothing and changes nothing.",
                "Checks the destinations of BrokerLogs and of AuthorizerLogs (a file without AuthorizerLogs: the "
                        + "cluster's own, as apply would keep them); each finding names the log kinds it is about.",
                "Prints each finding (severity, check id, log kinds, field, title, why, fix) on stdout.",
                "Exit codes: 0 no error (warnings allowed), 1 at least one error (with --strict: or a warning, or a "
                        + "check that could not run), 2 bad input, usage or setup, 130 stopped by Ctrl-C."})
final class LoggingCheckCommand implements Callable<Integer> {
    static final String STOPPED = "Stopped before the checks finished: no result.";

    enum Format { text, json }

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The cluster's ARN.")
    String clusterArn;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "The --logging-info document (AWS CLI PascalCase or API camelCase); - reads stdin.")
    String file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one block per finding (default); json: a stable document for scripts.")
    Format format;

    @Option(names = "--strict", description = "Exit 1 on a warning or a check that could not run, too (not on "
            + "notes).")
    boolean strict;

    @Mixin
    BrokerLogLevelOption brokerLogLevel = new BrokerLogLevelOption();

    LoggingCheckCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        boolean verbose = brokerLogLevel.verbose();
        String region = global.regionOfCluster(clusterArn);
        LoggingInfo file = LoggingFiles.readLoggingInfo(env, this.file);
        try (Connection connection = Connection.open(env, global, region)) {
            Cluster cluster = connection.gateway().describeCluster(clusterArn);
            if (!cluster.supportsBrokerLogs()) {
                throw CliFailure.failed("Cluster " + cluster.name() + " is " + cluster.type()
                        + ": only provisioned clusters have broker or authorizer logs to check.");
            }
            LoggingFiles.refuseBrokenRules(this.file, file, cluster.logging());
            // As apply would send it: authorizer logs the file leaves out are checked as the cluster has them.
            LoggingInfo draft = file.resolvedAgainst(cluster.logging());
            LoggingFiles.noteKeptAuthorizerLogs(env, file, cluster.logging());
            Cancellation cancellation = new Cancellation();
            CheckReport report;
            Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel);
            try {
                report = DestinationPreflight.run(connection, cluster, draft, verbose, cancellation);
            } catch (CancellationException stopped) {
                // Reported before the Ctrl-C registration closes and lets the JVM exit.
                return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, STOPPED), env.err());
            } finally {
                ctrlC.close();
            }
            env.out().print(format == Format.json
                    ? FindingsJson.write(cluster.arn(), connection.region(), report)
                    : FindingsText.write(FindingsText.header(cluster.name(), connection.region(), report), report));
            env.out().flush();
            return exitCode(report);
        }
    }

    private int exitCode(CheckReport report) {
        return report.blocksApply() || (strict && report.asksBeforeApply()) ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
