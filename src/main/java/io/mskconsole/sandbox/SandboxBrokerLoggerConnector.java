package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.Unreachable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Connects to the Sandbox's simulated brokers of one region, as a Kafka client would to MSK's: the bootstrap string
 * must be one of a cluster's, for the authentication the client uses; {@value SandboxBrokerData#UNREACHABLE_CLUSTER}'s
 * brokers never answer; SASL/SCRAM takes only the Sandbox's user and password. Each call waits the session's call
 * delay first.
 */
final class SandboxBrokerLoggerConnector implements BrokerLoggerConnector {
    /** How long the Sandbox says it waited for brokers that do not answer (the Kafka adapter's connect time). */
    static final Duration WAITED = Duration.ofSeconds(6);

    private final SandboxWorld world;
    private final String region;
    private final SandboxLatency latency;

    SandboxBrokerLoggerConnector(SandboxWorld world, String region, SandboxLatency latency) {
        this.world = Objects.requireNonNull(world, "world");
        this.region = Objects.requireNonNull(region, "region");
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    @Override
    public BrokerLoggerGateway connect(BrokerConnection connection) {
        latency.pause("DescribeCluster");
        Optional<Cluster> found = world.clusterWithBootstrap(region, connection.bootstrap());
        if (found.isEmpty() || SandboxBrokerData.UNREACHABLE_CLUSTER.equals(found.get().name())) {
            throw unreachable(connection);
        }
        Cluster cluster = found.get();
        BootstrapBrokers strings = world.bootstrapBrokers(region, cluster.arn());
        ClientAuth auth = connection.auth().auth();
        boolean matches = connection.bootstrap().equals(strings.privateFor(auth).orElse(null))
                || connection.bootstrap().equals(strings.publicFor(auth).orElse(null));
        if (!matches) {
            // a client speaking the wrong protocol to a port gets no answer it understands: it times out
            throw unreachable(connection);
        }
        if (connection.auth() instanceof ClientAuthSettings.Scram scram && !(SandboxBrokerData.SCRAM_USER
                .equals(scram.user()) && SandboxBrokerData.SCRAM_PASSWORD.equals(scram.password().reveal()))) {
            String broker = "Authentication failed during authentication due to invalid credentials with SASL "
                    + "mechanism SCRAM-SHA-512";
            throw new GatewayException(Failure.ACCESS_DENIED, "DescribeCluster", "The brokers of " + cluster.name()
                    + " refused user " + scram.user() + ": " + broker + ". Check the user name and password (the "
                    + "secret associated with the cluster in AWS Secrets Manager).", broker, null);
        }
        if (cluster.type() == ClusterType.SERVERLESS) {
            throw new GatewayException(Failure.BAD_REQUEST, "DescribeConfigs", "Cluster " + cluster.name()
                    + " is serverless: MSK Serverless does not expose its brokers' loggers.");
        }
        return new SandboxBrokerLoggerGateway(world.brokerLoggers(), cluster, latency);
    }

    private static GatewayException unreachable(BrokerConnection connection) {
        return new GatewayException(Failure.CONNECTION, "DescribeCluster", Unreachable.message(connection, WAITED,
                connection.bootstrap().contains("-public.")));
    }
}
