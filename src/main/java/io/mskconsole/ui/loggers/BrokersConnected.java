package io.mskconsole.ui.loggers;

import io.mskconsole.core.loggers.BrokerConnection;
import io.mskconsole.core.loggers.BrokerLoggerGateway;
import io.mskconsole.core.loggers.LoggerTable;

/**
 * An open connection to a cluster's brokers and the loggers first read through it.
 *
 * @param publicAccess whether the public bootstrap brokers were used
 */
public record BrokersConnected(BrokerConnection connection, BrokerLoggerGateway gateway, LoggerTable table,
                               boolean publicAccess) {
}
