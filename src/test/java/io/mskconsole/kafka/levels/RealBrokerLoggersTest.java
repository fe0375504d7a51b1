package io.mskconsole.kafka.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.BrokerLoggerGateway;
import io.mskconsole.core.levels.BrokerLoggers;
import io.mskconsole.core.levels.BrokerScope;
import io.mskconsole.core.levels.ChangeReport;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.LevelChange;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.VerboseLogger;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kafka adapter against a real broker: one KRaft node (combined broker and controller, plaintext) started in
 * this JVM by Apache Kafka's own test kit (org.apache.kafka:kafka-test-common-runtime), shared by the class. The
 * broker's loggers are log4j 2's, as configured by the kit's log4j2.yaml (root and org.apache.kafka at INFO).
 */
class RealBrokerLoggersTest {
    /** A logger the kit's log4j configuration names, so the broker has it from the start. */
    static final String LOGGER = "org.apache.kafka";

    static KafkaClusterTestKit cluster;
    static long startupMillis;
    BrokerLoggerGateway gateway;
    /** Held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("kafka"), java.util.logging.Logger.getLogger("org.apache.kafka"),
            java.util.logging.Logger.getLogger("state.change.logger"));

    @BeforeAll
    static void startBroker() throws Exception {
        // the broker logs every level change and refusal through slf4j: keep the test output to failures
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.OFF));
        long start = System.nanoTime();
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build();
        cluster = new KafkaClusterTestKit.Builder(nodes).build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        startupMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.println("KRaft broker started in " + startupMillis + " ms at " + cluster.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void connect() {
        gateway = KafkaBrokerLoggerConnector.withDefaults().connect(
                new BrokerConnection("test-kit", cluster.bootstrapServers(), new ClientAuthSettings.Plaintext()));
    }

    @AfterEach
    void putBackAndClose() {
        try {
            gateway.toDefault(brokerId(), LOGGER);
        } finally {
            gateway.close();
        }
    }

    int brokerId() {
        return gateway.brokerIds().get(0);
    }

    @Test
    void listsTheBrokersLoggersRootFirst() {
        assertThat(gateway.brokerIds()).hasSize(1);

        LoggerTable table = LoggerOperations.read(gateway);

        assertThat(table.unavailable()).isEmpty();
        assertThat(table.loggers().get(0)).isEqualTo("root");
        assertThat(table.loggers()).contains(LOGGER);
        assertThat(table.level("root", brokerId())).contains("INFO");
        assertThat(table.level(LOGGER, brokerId())).contains("INFO");
        assertThat(table.aboveInfo()).isEmpty();
    }

    @Test
    void aLevelSetIsReadBackAndShowsAboveInfo() {
        LoggerTable before = LoggerOperations.read(gateway);

        ChangeReport report = LoggerOperations.apply(gateway,
                LevelChange.set(LOGGER, BrokerScope.broker(brokerId()), LogLevel.DEBUG), before);

        assertThat(report.allSucceeded()).isTrue();
        assertThat(report.brokers()).singleElement().satisfies(broker -> {
            assertThat(broker.before()).isEqualTo("INFO");
            assertThat(broker.after()).isEqualTo("DEBUG");
        });
        BrokerLoggers again = gateway.describe(brokerId());
        assertThat(again.levels()).containsEntry(LOGGER, "DEBUG");
        // log4j 2 reports the effective level: loggers under org.apache.kafka without their own level follow it
        assertThat(LoggerOperations.read(gateway).aboveInfo())
                .contains(new VerboseLogger(LOGGER, brokerId(), LogLevel.DEBUG))
                .allSatisfy(v -> assertThat(v.logger()).startsWith(LOGGER));
    }

    @Test
    void backToDefaultFollowsTheParentAgain() {
        gateway.set(brokerId(), LOGGER, LogLevel.TRACE);
        assertThat(gateway.describe(brokerId()).levels()).containsEntry(LOGGER, "TRACE");

        ChangeReport report = LoggerOperations.apply(gateway,
                LevelChange.toDefault(LOGGER, BrokerScope.ALL), LoggerOperations.read(gateway));

        assertThat(report.allSucceeded()).isTrue();
        assertThat(report.brokers().get(0).before()).isEqualTo("TRACE");
        assertThat(report.brokers().get(0).after()).isEqualTo("INFO");
        assertThat(gateway.describe(brokerId()).level(LOGGER)).contains(LogLevel.INFO);
    }

    @Test
    void aSetOnAllBrokersReachesEveryBroker() {
        ChangeReport report = LoggerOperations.apply(gateway,
                LevelChange.set(LOGGER, BrokerScope.ALL, LogLevel.WARN), LoggerOperations.read(gateway));

        assertThat(report.brokers()).extracting(b -> b.brokerId()).containsExactlyElementsOf(gateway.brokerIds());
        assertThat(report.brokers()).allSatisfy(b -> assertThat(b.after()).isEqualTo("WARN"));
    }

    @Test
    void aLevelTheBrokerDoesNotAcceptIsRefusedInItsOwnWords() {
        assertThatThrownBy(() -> gateway.set(brokerId(), LOGGER, LogLevel.OFF))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.BAD_REQUEST);
                    assertThat(e.getMessage()).isEqualTo("Broker " + brokerId() + " refused: Cannot set the log level "
                            + "of " + LOGGER + " to OFF as it is not a supported log level. Valid log levels are "
                            + "DEBUG, ERROR, FATAL, INFO, TRACE, WARN");
                });
        assertThat(gateway.describe(brokerId()).levels()).containsEntry(LOGGER, "INFO");
    }

    @Test
    void aLevelTypedWrongIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> LevelChange.parse(LOGGER, BrokerScope.ALL, "LOUD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'LOUD' is not a level brokers accept: use FATAL, ERROR, WARN, INFO, DEBUG or TRACE, or "
                        + "DEFAULT to put the logger back to its default.");
    }

    @Test
    void anUnknownLoggerIsRefusedByTheBroker() {
        assertThatThrownBy(() -> gateway.set(brokerId(), "no.such.logger", LogLevel.DEBUG))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Broker " + brokerId() + " refused: Logger no.such.logger does not exist!"));
    }

    @Test
    void theRootLoggerCannotBeReset() {
        assertThatThrownBy(() -> gateway.toDefault(brokerId(), "root"))
                .isInstanceOfSatisfying(GatewayException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Broker " + brokerId() + " refused: Removing the log level of the root logger is "
                                + "not allowed"));
    }

    @Test
    void aBrokerTheClusterDoesNotHaveIsNotAsked() {
        assertThatThrownBy(() -> gateway.describe(4242)).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
        assertThat(List.of(brokerId())).isEqualTo(gateway.brokerIds());
    }
}
