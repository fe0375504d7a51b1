package io.mskconsole.core.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.testing.FakeBrokers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one way a raised level is put back, for the window and for loggers set --revert-after. */
class LevelPutBackTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc-1";
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final FakeBrokers brokers = new FakeBrokers();
    final RaisedLevelStore store = RaisedLevelStore.inMemory();
    final RaisedLevelRecords records = new RaisedLevelRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));

    /** kafka.controller raised from INFO to TRACE on broker 1 by this app, to be put back in 30 minutes. */
    RaisedLevel raise(BrokerLoggerGateway gateway) {
        ChangeReport raised = LoggerOperations.apply(gateway, LevelChange.set("kafka.controller", BrokerScope.broker(1),
                LogLevel.TRACE), LoggerOperations.read(gateway));
        records.recordChange("prod", ARN, "orders", raised, java.time.Duration.ofMinutes(30));
        return records.all().get(0);
    }

    @Test
    void aLevelStillAsRaisedIsPutBackAndForgotten() {
        BrokerLoggerGateway gateway = brokers.connect(null);
        RaisedLevel raised = raise(gateway);

        ChangeReport put = LevelPutBack.putBack(gateway, records, raised);

        assertThat(put).isNotNull();
        assertThat(put.allSucceeded()).isTrue();
        assertThat(brokers.levels.get(1)).containsEntry("kafka.controller", "INFO");
        assertThat(records.all()).isEmpty();
    }

    @Test
    void aLevelSomeoneChangedSinceIsLeftAsTheyLeftIt() {
        BrokerLoggerGateway gateway = brokers.connect(null);
        RaisedLevel raised = raise(gateway);
        gateway.set(1, "kafka.controller", LogLevel.DEBUG);
        int sentBefore = brokers.sent.size();

        ChangeReport put = LevelPutBack.putBack(gateway, records, raised);

        assertThat(put).isNull();
        assertThat(brokers.sent).hasSize(sentBefore);
        assertThat(brokers.levels.get(1)).containsEntry("kafka.controller", "DEBUG");
        assertThat(LevelPutBack.notPutBack(raised))
                .isEqualTo("Not put back: kafka.controller on broker 1 of orders was changed since it was raised.");
    }
}
