package io.mskconsole.cli;

import io.mskconsole.core.create.ClusterDetails;
import io.mskconsole.core.create.ClusterDraft;
import io.mskconsole.core.create.CreateClusterFile;
import io.mskconsole.core.create.StartFromExisting;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console cluster export}: an existing cluster's settings as a create-cluster-v2 request file, to start a
 * new cluster from ("start from an existing cluster"): everything but the name and the cluster's identifiers.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Write an existing cluster's settings as a create-cluster-v2 request for a new cluster.",
                "Everything is copied but the name (--name, else left empty to fill in) and the cluster's identifiers. "
                        + "Edit the file and give it to 'msk-console cluster create --file', or to "
                        + "'aws kafka create-cluster-v2 --cli-input-json file://FILE'."})
final class ClusterExportCommand implements Callable<Integer> {
    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The existing cluster's ARN.")
    String clusterArn;

    @Option(names = "--name", paramLabel = "NAME", description = "The new cluster's name (default: empty, to fill in).")
    String name;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE",
            description = "Write to this file (replaced if it exists) instead of stdout; - is stdout.")
    String output;

    ClusterExportCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        String region = global.regionOfCluster(clusterArn);
        try (Connection connection = Connection.open(env, global, region)) {
            ClusterDetails existing = connection.session().clusterCreation(region).describeCluster(clusterArn);
            StartFromExisting.StartingPoint start;
            try {
                start = StartFromExisting.copy(existing);
            } catch (IllegalArgumentException serverless) {
                throw CliFailure.failed(serverless.getMessage());
            }
            ClusterDraft draft = name == null ? start.draft() : start.draft().withName(name);
            String json = CreateClusterFile.write(draft);
            if (output == null || LoggingFiles.STANDARD_STREAM.equals(output)) {
                env.out().print(json);
            } else {
                Path written = LoggingFiles.write(env, output, json);
                env.err().println("Wrote the settings of cluster " + start.sourceName() + " to " + written);
            }
            if (!start.notCopied().isEmpty()) {
                env.err().println("Not copied (msk-console does not set them): " + String.join(", ",
                        start.notCopied()) + ".");
            }
            if (name == null) {
                env.err().println("ClusterName is empty: name the new cluster before creating it.");
            }
            return ExitCodes.OK;
        }
    }
}
