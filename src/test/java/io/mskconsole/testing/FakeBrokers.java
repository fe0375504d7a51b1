package io.mskconsole.testing;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerLoggerConnector;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.BrokerRefusal;
import io.mskconsole.core.levels.LogLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Brokers in memory for any bootstrap string: brokers 1..3 with a few loggers at INFO, changed as Kafka changes them
 * (levels checked, root never reset, unknown loggers refused). Records every connection and every change, and can
 * be told to refuse connecting.
 */
public final class FakeBrokers implements BrokerLoggerConnector {
    /** Every connection asked for, in order. */
    public final List<BrokerConnection> connections = new CopyOnWriteArrayList<>();
    /** Every change sent: "SET broker 1 kafka.controller DEBUG", "DELETE broker 2 kafka.controller". */
    public final List<String> sent = new CopyOnWriteArrayList<>();
    /** Broker id → logger → level. */
    public final Map<Integer, Map<String, String>> levels = new TreeMap<>();
    /** When set, connecting throws it. */
    public GatewayException connectFailure;
    public int closed;

    public FakeBrokers() {
        for (int id = 1; id <= 3; id++) {
            Map<String, String> broker = new TreeMap<>();
            broker.put("root", "INFO");
            broker.put("kafka", "INFO");
            broker.put("kafka.controller", "INFO");
            broker.put("state.change.logger", "INFO");
            levels.put(id, broker);
        }
    }

    @Override
    public BrokerLoggerGateway connect(BrokerConnection connection) {
        connections.add(connection);
        if (connectFailure != null) {
            throw connectFailure;
        }
        return new BrokerLoggerGateway() {
            @Override
            public List<Integer> brokerIds() {
                return new ArrayList<>(levels.keySet());
            }

            @Override
            public BrokerLoggers describe(int brokerId) {
                return new BrokerLoggers(brokerId, broker(brokerId));
            }

            @Override
            public void set(int brokerId, String logger, LogLevel level) {
                sent.add("SET broker " + brokerId + " " + logger + " " + level);
                exists(brokerId, logger);
                if (!level.isSettable()) {
                    throw refused(brokerId, "Cannot set the log level of " + logger + " to " + level);
                }
                broker(brokerId).put(logger, level.name());
            }

            @Override
            public void toDefault(int brokerId, String logger) {
                sent.add("DELETE broker " + brokerId + " " + logger);
                exists(brokerId, logger);
                broker(brokerId).put(logger, "INFO");
            }

            @Override
            public void close() {
                closed++;
            }
        };
    }

    private Map<String, String> broker(int brokerId) {
        Map<String, String> broker = levels.get(brokerId);
        if (broker == null) {
            throw new GatewayException(Failure.NOT_FOUND, "DescribeConfigs", "No broker " + brokerId);
        }
        return broker;
    }

    private void exists(int brokerId, String logger) {
        if (!broker(brokerId).containsKey(logger)) {
            throw refused(brokerId, "Logger " + logger + " does not exist!");
        }
    }

    private static GatewayException refused(int brokerId, String text) {
        return new GatewayException(Failure.BAD_REQUEST, "IncrementalAlterConfigs",
                BrokerRefusal.message(brokerId, text), text, null);
    }
}
