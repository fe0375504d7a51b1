package io.mskconsole.core.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Reading every broker and applying a change broker by broker, over a gateway in memory. */
class LoggerOperationsTest {
    final Map<Integer, Map<String, String>> brokers = new TreeMap<>();
    final List<String> sent = new ArrayList<>();
    Integer silentBroker;
    Integer refusingBroker;

    final BrokerLoggerGateway gateway = new BrokerLoggerGateway() {
        @Override
        public List<Integer> brokerIds() {
            return List.copyOf(brokers.keySet());
        }

        @Override
        public BrokerLoggers describe(int brokerId) {
            if (Integer.valueOf(brokerId).equals(silentBroker)) {
                throw new GatewayException(Failure.TIMEOUT, "DescribeConfigs", "Broker " + brokerId
                        + " did not answer within 6 s.");
            }
            return new BrokerLoggers(brokerId, brokers.get(brokerId));
        }

        @Override
        public void set(int brokerId, String logger, LogLevel level) {
            sent.add(brokerId + " SET " + logger + " " + level);
            if (Integer.valueOf(brokerId).equals(refusingBroker)) {
                throw new GatewayException(Failure.ACCESS_DENIED, "IncrementalAlterConfigs", "Broker " + brokerId
                        + " denied IncrementalAlterConfigs.");
            }
            brokers.get(brokerId).put(logger, level.name());
        }

        @Override
        public void toDefault(int brokerId, String logger) {
            sent.add(brokerId + " DELETE " + logger);
            brokers.get(brokerId).put(logger, "INFO");
        }

        @Override
        public void close() {
        }
    };

    LoggerOperationsTest() {
        for (int id = 1; id <= 3; id++) {
            Map<String, String> levels = new LinkedHashMap<>();
            levels.put("root", "INFO");
            levels.put("kafka.controller", "INFO");
            brokers.put(id, levels);
        }
    }

    @Test
    void aBrokerThatCannotBeReadKeepsItsColumnWithTheReason() {
        silentBroker = 2;

        LoggerTable table = LoggerOperations.read(gateway);

        assertThat(table.brokerIds()).containsExactly(1, 2, 3);
        assertThat(table.unavailable()).containsExactly(Map.entry(2, "Broker 2 did not answer within 6 s."));
        assertThat(table.level("root", 3)).contains("INFO");
    }

    @Test
    void aChangeGoesToEveryBrokerAndIsReadBack() {
        LoggerTable before = LoggerOperations.read(gateway);

        ChangeReport report = LoggerOperations.apply(gateway,
                LevelChange.set("kafka.controller", BrokerScope.ALL, LogLevel.DEBUG), before);

        assertThat(sent).containsExactly("1 SET kafka.controller DEBUG", "2 SET kafka.controller DEBUG",
                "3 SET kafka.controller DEBUG");
        assertThat(report.brokers()).containsExactly(new BrokerChange(1, "INFO", "DEBUG", null),
                new BrokerChange(2, "INFO", "DEBUG", null), new BrokerChange(3, "INFO", "DEBUG", null));
        assertThat(report.allSucceeded()).isTrue();
    }

    @Test
    void aBrokerThatRefusesDoesNotStopTheOthers() {
        refusingBroker = 1;

        ChangeReport report = LoggerOperations.apply(gateway,
                LevelChange.set("kafka.controller", BrokerScope.ALL, LogLevel.TRACE), LoggerOperations.read(gateway));

        assertThat(report.failed()).containsExactly(new BrokerChange(1, "INFO", null,
                "Broker 1 denied IncrementalAlterConfigs."));
        assertThat(report.applied()).extracting(BrokerChange::brokerId).containsExactly(2, 3);
        assertThat(report.allSucceeded()).isFalse();
    }

    @Test
    void oneBrokerOrBackToDefault() {
        brokers.get(2).put("kafka.controller", "TRACE");

        ChangeReport report = LoggerOperations.apply(gateway,
                LevelChange.toDefault("kafka.controller", BrokerScope.broker(2)), LoggerOperations.read(gateway));

        assertThat(sent).containsExactly("2 DELETE kafka.controller");
        assertThat(report.brokers()).containsExactly(new BrokerChange(2, "TRACE", "INFO", null));
    }

    @Test
    void nothingIsSentForALoggerNoBrokerHasOrABrokerTheClusterLacks() {
        LoggerTable before = LoggerOperations.read(gateway);

        assertThatThrownBy(() -> LoggerOperations.apply(gateway,
                LevelChange.set("Kafka.Controller", BrokerScope.ALL, LogLevel.DEBUG), before))
                .hasMessage("No logger named Kafka.Controller on brokers 1, 2, 3: pick one of the loggers the brokers "
                        + "list (names are case-sensitive).");
        assertThatThrownBy(() -> LoggerOperations.apply(gateway,
                LevelChange.set("kafka.controller", BrokerScope.broker(9), LogLevel.DEBUG), before))
                .hasMessage("The cluster has no broker 9; its brokers are 1, 2, 3.");
        assertThat(sent).isEmpty();
    }
}
