package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console logging export}: a cluster's current log delivery as an AWS CLI --logging-info file: BrokerLogs,
 * and AuthorizerLogs when the cluster reports them.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Write a cluster's current log delivery in the AWS CLI's --logging-info format: BrokerLogs, "
                + "and AuthorizerLogs when the cluster has them.",
                "Edit the file and give it to 'msk-console logging apply', or to "
                        + "'aws kafka update-monitoring --logging-info file://FILE'."})
final class LoggingExportCommand implements Callable<Integer> {
    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The cluster's ARN.")
    String clusterArn;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE",
            description = "Write to this file (replaced if it exists) instead of stdout; - is stdout.")
    String output;

    LoggingExportCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        String region = global.regionOfCluster(clusterArn);
        try (Connection connection = Connection.open(env, global, region)) {
            Cluster cluster = connection.gateway().describeCluster(clusterArn);
            if (!cluster.supportsBrokerLogs()) {
                // Like apply on a serverless cluster: the command is fine, the cluster cannot do it.
                throw CliFailure.failed("Cluster " + cluster.name() + " is " + cluster.type()
                        + ": only provisioned clusters have broker or authorizer logs to export.");
            }
            String json = LoggingInfoFormat.toCliJson(cluster.logging());
            if (output == null || LoggingFiles.STANDARD_STREAM.equals(output)) {
                env.out().print(json);
            } else {
                Path written = LoggingFiles.write(env, output, json);
                env.err().println("Wrote the log delivery of cluster " + cluster.name() + " to " + written);
            }
            return ExitCodes.OK;
        }
    }
}
