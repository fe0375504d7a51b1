package io.mskconsole.core.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Levels, the cluster-wide table, its search and the above-INFO summary. */
class LoggerLevelsTest {
    static final BrokerLoggers ONE = new BrokerLoggers(1, Map.of("kafka", "INFO", "root", "INFO",
            "kafka.request.logger", "WARN", "state.change.logger", "INFO"));
    static final BrokerLoggers TWO = new BrokerLoggers(2, Map.of("kafka", "INFO", "root", "INFO",
            "kafka.request.logger", "DEBUG", "state.change.logger", "TRACE"));
    static final BrokerLoggers THREE = new BrokerLoggers(3, Map.of("root", "INFO", "kafka.request.logger", "DEBUG",
            "kafka", "INFO", "state.change.logger", "INFO", "kafka.controller", "ALL"));

    @Test
    void brokersAcceptSixLevelsAndReportEight() {
        assertThat(LogLevel.SETTABLE).containsExactly(LogLevel.FATAL, LogLevel.ERROR, LogLevel.WARN, LogLevel.INFO,
                LogLevel.DEBUG, LogLevel.TRACE);
        assertThat(LogLevel.OFF.isSettable()).isFalse();
        assertThat(LogLevel.ALL.isSettable()).isFalse();
        assertThat(LogLevel.parse(" debug ")).contains(LogLevel.DEBUG);
        assertThat(LogLevel.parse("VERBOSE")).isEmpty();
        assertThat(LogLevel.parse(null)).isEmpty();
        assertThat(List.of(LogLevel.values())).filteredOn(LogLevel::isAboveInfo)
                .containsExactly(LogLevel.DEBUG, LogLevel.TRACE, LogLevel.ALL);
        assertThat(LogLevel.WARN.isMoreVerboseThan(LogLevel.ERROR)).isTrue();
    }

    @Test
    void aBrokersLoggersStartWithRoot() {
        assertThat(ONE.levels().keySet()).containsExactly("root", "kafka", "kafka.request.logger",
                "state.change.logger");
        assertThat(ONE.level("kafka.request.logger")).contains(LogLevel.WARN);
        assertThat(ONE.level("missing")).isEmpty();
    }

    @Test
    void theTableHasEveryLoggerOfEveryBrokerRootFirst() {
        LoggerTable table = new LoggerTable(List.of(THREE, ONE, TWO), Map.of(4, "Broker 4 did not answer within 6 s."));

        assertThat(table.brokerIds()).containsExactly(1, 2, 3, 4);
        assertThat(table.loggers()).containsExactly("root", "kafka", "kafka.controller", "kafka.request.logger",
                "state.change.logger");
        assertThat(table.level("kafka.controller", 3)).contains("ALL");
        assertThat(table.level("kafka.controller", 1)).isEmpty();
        assertThat(table.level("root", 4)).isEmpty();
        assertThat(table.unavailable()).containsEntry(4, "Broker 4 did not answer within 6 s.");
        assertThat(table.isUniform("kafka")).isTrue();
        assertThat(table.isUniform("kafka.request.logger")).isFalse();
    }

    @Test
    void aboveInfoIsEveryLoggerMoreVerboseThanInfoLoggerByLogger() {
        LoggerTable table = LoggerTable.of(ONE, TWO, THREE);

        assertThat(table.aboveInfo()).containsExactly(
                new VerboseLogger("kafka.controller", 3, LogLevel.ALL),
                new VerboseLogger("kafka.request.logger", 2, LogLevel.DEBUG),
                new VerboseLogger("kafka.request.logger", 3, LogLevel.DEBUG),
                new VerboseLogger("state.change.logger", 2, LogLevel.TRACE));
        assertThat(table.aboveInfoSummary()).isEqualTo("kafka.controller at ALL on broker 3; kafka.request.logger at "
                + "DEBUG on brokers 2, 3; state.change.logger at TRACE on broker 2");
        assertThat(LoggerTable.of(ONE).aboveInfo()).isEmpty();
        assertThat(LoggerTable.of(ONE).aboveInfoSummary()).isEmpty();
    }

    @Test
    void searchKeepsTheLoggersHoldingEveryWordIgnoringCase() {
        LoggerTable table = LoggerTable.of(ONE, TWO, THREE);

        assertThat(table.search("LOGGER").loggers()).containsExactly("kafka.request.logger", "state.change.logger");
        assertThat(table.search("request  kafka").loggers()).containsExactly("kafka.request.logger");
        assertThat(table.search("root").loggers()).containsExactly("root");
        assertThat(table.search("  ").loggers()).hasSize(5);
        assertThat(table.search("nothing").loggers()).isEmpty();
        assertThat(table.search("state").aboveInfo()).containsExactly(
                new VerboseLogger("state.change.logger", 2, LogLevel.TRACE));
        assertThat(table.search("state").brokerIds()).containsExactly(1, 2, 3);
    }

    @Test
    void aChangeIsCheckedWhenMade() {
        assertThat(LevelChange.parse(" kafka.controller ", BrokerScope.ALL, "trace"))
                .isEqualTo(new LevelChange("kafka.controller", BrokerScope.ALL, LogLevel.TRACE));
        assertThat(LevelChange.parse("kafka.controller", BrokerScope.broker(2), "default").isToDefault()).isTrue();
        assertThat(LevelChange.set("kafka", BrokerScope.broker(2), LogLevel.DEBUG).describe())
                .isEqualTo("kafka to DEBUG on broker 2");
        assertThat(LevelChange.toDefault("kafka", BrokerScope.ALL).describe())
                .isEqualTo("kafka back to its default on all brokers");
        assertThatThrownBy(() -> LevelChange.set("kafka", BrokerScope.ALL, LogLevel.OFF))
                .hasMessageStartingWith("'OFF' is not a level brokers accept");
        assertThatThrownBy(() -> LevelChange.toDefault("root", BrokerScope.ALL))
                .hasMessageStartingWith("The root logger has no default to go back to");
        assertThatThrownBy(() -> LevelChange.parse(" ", BrokerScope.ALL, "INFO"))
                .hasMessage("Name the logger to change, e.g. kafka.controller or root.");
    }

    @Test
    void aScopeIsAllOrOneBrokerTheClusterHas() {
        assertThat(BrokerScope.parse("ALL")).isEqualTo(BrokerScope.ALL);
        assertThat(BrokerScope.parse(" 3 ")).isEqualTo(BrokerScope.broker(3));
        assertThatThrownBy(() -> BrokerScope.parse("b-1")).hasMessage("'b-1' is not a broker id or 'all'.");
        assertThatThrownBy(() -> BrokerScope.parse("-1")).hasMessage("'-1' is not a broker id or 'all'.");
        assertThat(BrokerScope.ALL.select(List.of(3, 1, 2))).containsExactly(1, 2, 3);
        assertThat(BrokerScope.broker(2).select(List.of(1, 2, 3))).containsExactly(2);
        assertThatThrownBy(() -> BrokerScope.broker(7).select(List.of(1, 2, 3)))
                .hasMessage("The cluster has no broker 7; its brokers are 1, 2, 3.");
    }

    @Test
    void kip412NeedsKafka24OrLater() {
        assertThat(KafkaVersions.supportsDynamicLogLevels("2.4.1")).isTrue();
        assertThat(KafkaVersions.supportsDynamicLogLevels("3.7.x")).isTrue();
        assertThat(KafkaVersions.supportsDynamicLogLevels("3.6.0.1")).isTrue();
        assertThat(KafkaVersions.supportsDynamicLogLevels("2.2.1")).isFalse();
        assertThat(KafkaVersions.supportsDynamicLogLevels("1.1.1")).isFalse();
        assertThat(KafkaVersions.supportsDynamicLogLevels(null)).isTrue();
        assertThat(KafkaVersions.tooOld("legacy", "2.2.1")).isEqualTo("Cluster legacy runs Apache Kafka 2.2.1: brokers "
                + "take log level changes at runtime from Apache Kafka 2.4 on (KIP-412). Upgrade the cluster to change "
                + "levels without a restart.");
    }
}
