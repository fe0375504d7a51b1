package io.mskconsole.ui.levels;

import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.LoggerTable;

/**
 * An open connection to a cluster's brokers and the loggers first read through it.
 *
 * @param publicAccess whether the public bootstrap brokers were used
 */
public record BrokersConnected(BrokerConnection connection, BrokerLoggerGateway gateway, LoggerTable table,
                               boolean publicAccess) {
}
