package io.mskconsole.cli;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code msk-console clusters}: every cluster of the region, as a table or as JSON. */
@Command(name = "clusters", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "List every MSK cluster of the region with its state and broker log delivery.")
final class ClustersCommand implements Callable<Integer> {
    enum Format { text, json }

    static final Comparator<Cluster> ORDER = Comparator
            .comparing((Cluster c) -> c.name() == null ? "" : c.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(c -> c.arn() == null ? "" : c.arn());

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: an aligned table (default); json: a stable document for scripts.")
    Format format;

    ClustersCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        try (Connection connection = Connection.open(env, global, null)) {
            List<Cluster> clusters = connection.gateway().listClusters(Cancellation.none()).stream()
                    .sorted(ORDER).toList();
            env.out().print(format == Format.json ? ClustersJson.write(connection.region(), clusters)
                    : ClusterTableFormat.format(clusters));
            env.err().println(count(clusters.size()) + " in " + connection.region() + " ("
                    + connection.accountLabel() + ").");
            return ExitCodes.OK;
        }
    }

    private static String count(int clusters) {
        return clusters == 0 ? "No clusters" : clusters == 1 ? "1 cluster" : clusters + " clusters";
    }
}
