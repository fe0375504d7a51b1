package io.mskconsole.core.levels;

/**
 * Opens connections to clusters' brokers for their loggers (KIP-412): over the Kafka Admin API, or in the Sandbox.
 * Connecting reaches the network: never on the UI thread.
 */
public interface BrokerLoggerConnector {
    /**
     * Connects and waits, for a few seconds at most, until the brokers answer.
     *
     * @throws io.mskconsole.core.errors.GatewayException {@code CONNECTION} with {@link Unreachable}'s message when
     *         the brokers do not answer in time; {@code ACCESS_DENIED} when they refuse the authentication;
     *         {@code CONFIGURATION} when the settings cannot make a client
     */
    BrokerLoggerGateway connect(BrokerConnection connection);
}
