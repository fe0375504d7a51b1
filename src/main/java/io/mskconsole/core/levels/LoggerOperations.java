package io.mskconsole.core.levels;

import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading a cluster's loggers broker by broker, and applying a change to the brokers it names, each read back
 * afterwards. A broker that fails does not stop the others: its failure is reported with it.
 */
public final class LoggerOperations {
    private LoggerOperations() {
    }

    /** Every broker's loggers; a broker that cannot be read keeps its column with the reason. */
    public static LoggerTable read(BrokerLoggerGateway gateway) {
        List<BrokerLoggers> read = new ArrayList<>();
        Map<Integer, String> unavailable = new LinkedHashMap<>();
        for (int brokerId : gateway.brokerIds()) {
            try {
                read.add(gateway.describe(brokerId));
            } catch (GatewayException failed) {
                unavailable.put(brokerId, failed.getMessage());
            }
        }
        return new LoggerTable(read, unavailable);
    }

    /**
     * Sends the change to each broker it names, in order of id, and reads the logger's level back from each broker
     * that took it.
     *
     * @param before the table as read before (for the levels before, and to refuse a logger no broker has)
     * @throws IllegalArgumentException before anything is sent, when the scope names a broker the cluster does not
     *                                  have, or when no broker named has the logger
     */
    public static ChangeReport apply(BrokerLoggerGateway gateway, LevelChange change, LoggerTable before) {
        List<Integer> brokers = change.scope().select(gateway.brokerIds());
        boolean known = brokers.stream().anyMatch(id -> before.level(change.logger(), id).isPresent());
        boolean allRead = brokers.stream().allMatch(id -> before.broker(id).isPresent());
        if (!known && allRead) {
            throw new IllegalArgumentException("No logger named " + change.logger() + " on "
                    + LoggerTable.brokers(brokers) + ": pick one of the loggers the brokers list (names are "
                    + "case-sensitive).");
        }
        List<BrokerChange> results = new ArrayList<>();
        for (int brokerId : brokers) {
            String was = before.level(change.logger(), brokerId).orElse(null);
            try {
                if (change.isToDefault()) {
                    gateway.toDefault(brokerId, change.logger());
                } else {
                    gateway.set(brokerId, change.logger(), change.level());
                }
            } catch (GatewayException refused) {
                results.add(new BrokerChange(brokerId, was, null, refused.getMessage()));
                continue;
            }
            results.add(new BrokerChange(brokerId, was, readBack(gateway, brokerId, change.logger()), null));
        }
        return new ChangeReport(change, results);
    }

    private static String readBack(BrokerLoggerGateway gateway, int brokerId, String logger) {
        try {
            return gateway.describe(brokerId).levels().get(logger);
        } catch (GatewayException unreadable) {
            return null;
        }
    }
}
