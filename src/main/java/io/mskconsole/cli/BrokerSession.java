package io.mskconsole.cli;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerConnections;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.Secret;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cluster read from MSK and an open connection to its brokers, for the {@code loggers} commands: the account is
 * opened, the cluster described (it must be provisioned, Kafka 2.4 or later), its bootstrap brokers asked for
 * (GetBootstrapBrokers), the authentication chosen, any password read, then the brokers connected. Closing closes
 * the brokers' connection, wipes the passwords and closes the account.
 */
record BrokerSession(Connection connection, Cluster cluster, BrokerConnection brokers, BrokerLoggerGateway gateway)
        implements AutoCloseable {

    static BrokerSession open(CliEnvironment env, GlobalOptions global, BrokerOptions options) {
        String region = global.regionOfCluster(options.clusterArn);
        ClientAuth asked = options.askedAuth();
        BrokerAccess access = options.brokerAccess();
        Path keyStore = options.keyStore(env);
        if (keyStore != null && !Files.isRegularFile(keyStore)) {
            throw CliFailure.usage("--tls-keystore: " + keyStore + " is not a file.");
        }
        Connection connection = Connection.open(env, global, region);
        BrokerConnection brokers = null;
        try {
            Cluster cluster = connection.gateway().describeCluster(options.clusterArn);
            try {
                BrokerConnections.checkSupported(cluster);
            } catch (IllegalArgumentException unsupported) {
                throw CliFailure.failed(unsupported.getMessage());
            }
            BootstrapBrokers bootstrap = connection.gateway().bootstrapBrokers(cluster.arn());
            ClientAuth auth = authentication(cluster, bootstrap, asked, connection.session().account().brokerIam());
            if (auth == ClientAuth.SCRAM && (options.scramUser == null || options.scramUser.isBlank())) {
                throw CliFailure.usage("Cluster " + cluster.name() + " is reached with SASL/SCRAM here: name the user "
                        + "with --scram-user (the password comes from " + BrokerOptions.SCRAM_PASSWORD_VARIABLE
                        + " or standard input).");
            }
            ClientAuthSettings.Tls tls = keyStore == null ? null : new ClientAuthSettings.Tls(keyStore,
                    CliSecrets.read(env, BrokerOptions.KEY_STORE_PASSWORD_VARIABLE, "the password of key store "
                            + keyStore.getFileName()));
            try {
                brokers = BrokerConnections.connection(connection.session().account().brokerIam(), cluster, bootstrap, auth,
                        access, () -> new ClientAuthSettings.Scram(options.scramUser.strip(), CliSecrets.read(env,
                                BrokerOptions.SCRAM_PASSWORD_VARIABLE, "the SASL/SCRAM password of user "
                                        + options.scramUser.strip())), tls);
            } catch (IllegalArgumentException noString) {
                throw CliFailure.usage(noString.getMessage());
            }
            env.err().println("Connecting to the brokers of " + cluster.name() + " in " + region + " with "
                    + auth.displayName() + (bootstrap.isPublic(brokers.bootstrap()) ? " (public access)" : "")
                    + "...");
            env.err().flush();
            BrokerLoggerGateway gateway = connection.session().brokerLoggers(region).connect(brokers);
            return new BrokerSession(connection, cluster, brokers, gateway);
        } catch (RuntimeException | Error e) {
            wipe(brokers);
            connection.close();
            throw e;
        }
    }

    private static ClientAuth authentication(Cluster cluster, BootstrapBrokers bootstrap, ClientAuth asked,
                                             io.mskconsole.core.levels.IamProfile iam) {
        try {
            return BrokerConnections.authentication(cluster, bootstrap, asked, iam);
        } catch (IllegalArgumentException refused) {
            throw asked == null ? CliFailure.failed(refused.getMessage()) : CliFailure.usage(refused.getMessage());
        }
    }

    String region() {
        return connection.region();
    }

    String accountKey() {
        return connection.session().account().key();
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            wipe(brokers);
            connection.close();
        }
    }

    private static void wipe(BrokerConnection brokers) {
        if (brokers == null) {
            return;
        }
        Secret secret = brokers.auth() instanceof ClientAuthSettings.Scram scram ? scram.password()
                : brokers.auth() instanceof ClientAuthSettings.Tls tls ? tls.keyStorePassword() : null;
        if (secret != null) {
            secret.wipe();
        }
    }
}
