package io.mskconsole.cli;

import io.mskconsole.core.arrival.ArrivalState;
import io.mskconsole.core.arrival.CheckedCauses;
import io.mskconsole.core.arrival.DeliveryHealth;
import io.mskconsole.core.arrival.DeliveryHealthCheck;
import io.mskconsole.core.arrival.LikelyCauses;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.delivery.LogKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console logging health --cluster ARN}: whether the cluster's logs arrive in each enabled destination,
 * as the window's delivery health says it. A pipeline's check after an apply: exit 0 only when every one arrives.
 */
@Command(name = "health", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Whether the cluster's broker and authorizer logs arrive in each enabled destination: "
                + "arriving (the newest log, how much in the last hour), nothing yet (delivery changed less than 30 "
                + "minutes ago), not arriving (with the likely causes from the destination checks), or could not "
                + "check.",
                "Exit codes: 0 every enabled destination is arriving; 1 one is not, has nothing yet or could not be "
                        + "checked, or none is enabled; 2 bad input."})
final class LoggingHealthCommand implements Callable<Integer> {
    enum Kind { broker, authorizer, both }

    enum Format { text, json }

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The cluster's ARN.")
    String clusterArn;

    @Option(names = "--kind", paramLabel = "broker|authorizer|both", defaultValue = "both",
            description = "Which logs to judge (default: both).")
    Kind kind;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: a line per destination, then what is wrong; json: a document for scripts.")
    Format format;

    LoggingHealthCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        String region = global.regionOfCluster(clusterArn);
        try (Connection connection = Connection.open(env, global, region)) {
            Cluster cluster = connection.gateway().describeCluster(clusterArn);
            if (!cluster.supportsBrokerLogs()) {
                throw CliFailure.failed("Cluster " + cluster.name() + " is " + cluster.type()
                        + ": only provisioned clusters deliver broker or authorizer logs.");
            }
            Set<LogKind> kinds = switch (kind) {
                case broker -> EnumSet.of(LogKind.BROKER);
                case authorizer -> EnumSet.of(LogKind.AUTHORIZER);
                case both -> EnumSet.allOf(LogKind.class);
            };
            ExecutorService pool = DaemonThreads.cachedPool("msk-console-health");
            DeliveryHealth health;
            try {
                health = new DeliveryHealthCheck(connection.session().arrival(connection.region()),
                        connection.gateway(), env.clock()).check(cluster, kinds, causes(connection, cluster, pool));
            } finally {
                pool.shutdownNow();
            }
            env.out().print(format == Format.json ? HealthJson.write(cluster, connection.region(), health)
                    : HealthText.write(cluster, connection.region(), health));
            env.out().flush();
            if (health.destinations().isEmpty()) {
                env.err().println("Cluster " + cluster.name() + " delivers no " + (kind == Kind.both ? "broker or "
                        + "authorizer" : kind.name()) + " logs: nothing to judge.");
                return ExitCodes.FAILED;
            }
            return health.worst() == ArrivalState.ARRIVING ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    /** The destination checks of the delivery as it is, run once and only if a destination is not arriving. */
    private static LikelyCauses causes(Connection connection, Cluster cluster, ExecutorService pool) {
        return new CheckedCauses(() -> connection.session().destinations(connection.region()), cluster, pool,
                new Cancellation());
    }
}
