package io.mskconsole.bench;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.CredentialHealth;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.create.CreationGateway;
import io.mskconsole.core.create.NetworkGateway;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.trail.TrailGateway;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A session as it is but for how often it polls operations. */
record PollingSession(Session session, Duration interval) implements Session {
    @Override
    public Account account() {
        return session.account();
    }

    @Override
    public List<String> regions() {
        return session.regions();
    }

    @Override
    public Optional<String> defaultRegion() {
        return session.defaultRegion();
    }

    @Override
    public ClusterGateway clusters(String region) {
        return session.clusters(region);
    }

    @Override
    public DestinationServices destinations(String region) {
        return session.destinations(region);
    }

    @Override
    public TrailGateway trail(String region) {
        return session.trail(region);
    }

    @Override
    public NetworkGateway network(String region) {
        return session.network(region);
    }

    @Override
    public CreationGateway clusterCreation(String region) {
        return session.clusterCreation(region);
    }

    @Override
    public BrokerLoggerConnector brokerLoggers(String region) {
        return session.brokerLoggers(region);
    }

    @Override
    public CredentialHealth credentialHealth() {
        return session.credentialHealth();
    }

    @Override
    public Duration operationPollInterval() {
        return interval;
    }

    @Override
    public CliAccount cliAccount() {
        return session.cliAccount();
    }

    @Override
    public void close() {
        session.close();
    }
}
