package io.mskconsole.sandbox;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.BrokerRefusal;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.LoggerNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The loggers of every Sandbox broker, made from {@link SandboxBrokerData#DEFAULT_LEVELS} on first use (with the
 * levels the world's sample starts some brokers at), and changed as a broker would: SET takes only the levels Kafka
 * accepts, DELETE puts a logger back to its default and refuses the root logger, and an unknown logger is refused.
 * The broker's words are Kafka's own. Thread-safe.
 */
final class SandboxBrokerLoggers {
    static final String VALID_LEVELS = LogLevel.SETTABLE.stream().map(Enum::name).sorted()
            .collect(Collectors.joining(", "));

    /** Cluster ARN → broker id → logger → level. */
    private final Map<String, Map<Integer, Map<String, String>>> levels = new HashMap<>();
    /** Cluster name → broker id → logger → level: where a broker starts away from the defaults. */
    private final Map<String, Map<Integer, Map<String, String>>> starting;

    /** @param starting cluster name → broker id → logger → level, for loggers not at their defaults at first */
    SandboxBrokerLoggers(Map<String, Map<Integer, Map<String, String>>> starting) {
        this.starting = Map.copyOf(starting);
    }

    /** The loggers (logger → level) the broker started away from their defaults with, whatever was set since. */
    Map<String, String> startingLevels(String clusterName, int brokerId) {
        return starting.getOrDefault(clusterName, Map.of()).getOrDefault(brokerId, Map.of());
    }

    synchronized BrokerLoggers describe(String clusterArn, String clusterName, int brokerId) {
        return new BrokerLoggers(brokerId, broker(clusterArn, clusterName, brokerId));
    }

    synchronized void set(String clusterArn, String clusterName, int brokerId, String logger, String level) {
        Map<String, String> broker = broker(clusterArn, clusterName, brokerId);
        exists(brokerId, broker, logger);
        boolean accepted = LogLevel.parse(level).filter(LogLevel::isSettable).map(l -> l.name().equals(level))
                .orElse(false);
        if (!accepted) {
            throw refused(brokerId, "Cannot set the log level of " + logger + " to " + level + " as it is not a supported log "
                    + "level. Valid log levels are " + VALID_LEVELS);
        }
        broker.put(logger, level);
    }

    synchronized void toDefault(String clusterArn, String clusterName, int brokerId, String logger) {
        Map<String, String> broker = broker(clusterArn, clusterName, brokerId);
        exists(brokerId, broker, logger);
        if (LoggerNames.isRoot(logger)) {
            throw refused(brokerId, "Removing the log level of the root logger is not allowed");
        }
        broker.put(logger, SandboxBrokerData.DEFAULT_LEVELS.get(logger));
    }

    private Map<String, String> broker(String clusterArn, String clusterName, int brokerId) {
        return levels.computeIfAbsent(clusterArn, arn -> new HashMap<>()).computeIfAbsent(brokerId, id -> {
            Map<String, String> fresh = new LinkedHashMap<>(SandboxBrokerData.DEFAULT_LEVELS);
            fresh.putAll(starting.getOrDefault(clusterName, Map.of()).getOrDefault(id, Map.of()));
            return fresh;
        });
    }

    private static void exists(int brokerId, Map<String, String> broker, String logger) {
        if (!broker.containsKey(logger)) {
            throw refused(brokerId, "Logger " + logger + " does not exist!");
        }
    }

    private static GatewayException refused(int brokerId, String brokerMessage) {
        return new GatewayException(Failure.BAD_REQUEST, "IncrementalAlterConfigs",
                BrokerRefusal.message(brokerId, brokerMessage), brokerMessage, null);
    }
}
