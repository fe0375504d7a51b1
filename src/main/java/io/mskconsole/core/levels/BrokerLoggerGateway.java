package io.mskconsole.core.levels;

import java.util.List;

/**
 * One open connection to a cluster's brokers, for their loggers: describeConfigs and incrementalAlterConfigs on the
 * BROKER_LOGGER resource of each broker. Every call may throw {@link io.mskconsole.core.errors.GatewayException}
 * with a message a person can act on (a broker's refusal keeps the broker's own words). Close it when done.
 */
public interface BrokerLoggerGateway extends AutoCloseable {
    /** The cluster's brokers by id, as the cluster describes itself. */
    List<Integer> brokerIds();

    /** The broker's loggers and levels. */
    BrokerLoggers describe(int brokerId);

    /** Sets the logger's level on the broker (SET). The broker refuses levels outside {@link LogLevel#SETTABLE}. */
    void set(int brokerId, String logger, LogLevel level);

    /** Puts the logger back to its default on the broker (DELETE): it follows its parent's level again. */
    void toDefault(int brokerId, String logger);

    @Override
    void close();
}
