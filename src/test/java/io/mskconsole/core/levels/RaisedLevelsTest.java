package io.mskconsole.core.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a change records as raised, what is still raised later, revert times, the store, and the caution. */
class RaisedLevelsTest {
    static final String ACCOUNT = "profile:prod";
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc-1";
    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path dir;

    static ChangeReport report(LevelChange change, BrokerChange... brokers) {
        return new ChangeReport(change, List.of(brokers));
    }

    @Test
    void aRaiseIsRecordedWithTheLevelBeforeAndItsRevertTime() {
        ChangeReport raise = report(LevelChange.set("kafka.controller", BrokerScope.ALL, LogLevel.DEBUG),
                new BrokerChange(1, "INFO", "DEBUG", null), new BrokerChange(2, "WARN", null, "Broker 2 refused: x"));

        List<RaisedLevel> recorded = RaisedLevels.afterChange(List.of(), ACCOUNT, ARN, "orders", raise, NOW,
                Duration.ofMinutes(30));

        assertThat(recorded).containsExactly(new RaisedLevel(ACCOUNT, ARN, "orders", 1, "kafka.controller",
                LogLevel.DEBUG, "INFO", NOW, NOW.plus(Duration.ofMinutes(30))));
        assertThat(recorded.get(0).describe()).isEqualTo("kafka.controller at DEBUG on broker 1 of orders (was INFO)");
        assertThat(recorded.get(0).revertChange()).isEqualTo(
                LevelChange.set("kafka.controller", BrokerScope.broker(1), LogLevel.INFO));
    }

    @Test
    void raisingAgainKeepsTheFirstLevelAndLoweringForgets() {
        List<RaisedLevel> first = RaisedLevels.afterChange(List.of(), ACCOUNT, ARN, "orders",
                report(LevelChange.set("kafka", BrokerScope.broker(1), LogLevel.DEBUG),
                        new BrokerChange(1, "INFO", "DEBUG", null)), NOW, null);
        List<RaisedLevel> second = RaisedLevels.afterChange(first, ACCOUNT, ARN, "orders",
                report(LevelChange.set("kafka", BrokerScope.broker(1), LogLevel.TRACE),
                        new BrokerChange(1, "DEBUG", "TRACE", null)), NOW.plusSeconds(60), Duration.ofMinutes(5));

        assertThat(second).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo(LogLevel.TRACE);
            assertThat(r.previousLevel()).isEqualTo("INFO");
            assertThat(r.raisedAt()).isEqualTo(NOW);
            assertThat(r.revertAt()).isEqualTo(NOW.plusSeconds(60 + 300));
        });
        assertThat(RaisedLevels.afterChange(second, ACCOUNT, ARN, "orders",
                report(LevelChange.set("kafka", BrokerScope.broker(1), LogLevel.INFO),
                        new BrokerChange(1, "TRACE", "INFO", null)), NOW, null)).isEmpty();
        assertThat(RaisedLevels.afterChange(second, ACCOUNT, ARN, "orders",
                report(LevelChange.toDefault("kafka", BrokerScope.broker(1)),
                        new BrokerChange(1, "TRACE", "INFO", null)), NOW, null)).isEmpty();
        assertThat(RaisedLevels.afterChange(List.of(), ACCOUNT, ARN, "orders",
                report(LevelChange.set("kafka", BrokerScope.broker(1), LogLevel.WARN),
                        new BrokerChange(1, "INFO", "WARN", null)), NOW, null)).isEmpty();
    }

    @Test
    void stillRaisedIsWhatTheBrokersStillReport() {
        RaisedLevel one = new RaisedLevel(ACCOUNT, ARN, "orders", 1, "kafka", LogLevel.DEBUG, "INFO", NOW, null);
        RaisedLevel two = new RaisedLevel(ACCOUNT, ARN, "orders", 2, "kafka", LogLevel.DEBUG, "INFO", NOW, null);
        RaisedLevel three = new RaisedLevel(ACCOUNT, ARN, "orders", 3, "kafka", LogLevel.DEBUG, "INFO", NOW, null);
        RaisedLevel elsewhere = new RaisedLevel("sandbox", ARN, "orders", 1, "kafka", LogLevel.DEBUG, "INFO", NOW, null);
        LoggerTable table = new LoggerTable(List.of(new BrokerLoggers(1, Map.of("kafka", "DEBUG")),
                new BrokerLoggers(2, Map.of("kafka", "INFO"))), Map.of(3, "Broker 3 did not answer."));
        List<RaisedLevel> all = List.of(one, two, three, elsewhere);

        assertThat(RaisedLevels.stillRaised(all, ACCOUNT, ARN, table)).containsExactly(one, three);
        assertThat(RaisedLevels.withoutPutBack(all, ACCOUNT, ARN, table)).containsExactly(one, three, elsewhere);
    }

    @Test
    void dueIsWhatsRevertTimeHasCome() {
        RaisedLevel soon = new RaisedLevel(ACCOUNT, ARN, "orders", 1, "kafka", LogLevel.DEBUG, "INFO", NOW,
                NOW.plusSeconds(10));
        RaisedLevel never = new RaisedLevel(ACCOUNT, ARN, "orders", 2, "kafka", LogLevel.DEBUG, "INFO", NOW, null);

        assertThat(RaisedLevels.due(List.of(soon, never), NOW.plusSeconds(9))).isEmpty();
        assertThat(RaisedLevels.due(List.of(soon, never), NOW.plusSeconds(10))).containsExactly(soon);
    }

    @Test
    void aRevertPutsBackWhatTheBrokerAcceptsOrTheDefault() {
        assertThat(new RaisedLevel(ACCOUNT, ARN, "o", 2, "kafka", LogLevel.DEBUG, "OFF", NOW, null).revertChange())
                .isEqualTo(LevelChange.toDefault("kafka", BrokerScope.broker(2)));
        assertThat(new RaisedLevel(ACCOUNT, ARN, "o", 2, "root", LogLevel.DEBUG, null, NOW, null).revertChange())
                .isEqualTo(LevelChange.set("root", BrokerScope.broker(2), LogLevel.INFO));
    }

    @Test
    void theRecordsSurviveInAJsonFileAndArePrunedByAFreshRead() throws Exception {
        JsonRaisedLevelStore store = JsonRaisedLevelStore.in(dir.resolve("settings"));
        RaisedLevelRecords records = new RaisedLevelRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));

        List<RaisedLevel> orders = records.recordChange(ACCOUNT, ARN, "orders",
                report(LevelChange.set("kafka", BrokerScope.ALL, LogLevel.TRACE),
                        new BrokerChange(1, "INFO", "TRACE", null), new BrokerChange(2, "INFO", "TRACE", null)),
                Duration.ofMinutes(30));

        assertThat(orders).hasSize(2);
        RaisedLevelRecords reopened = new RaisedLevelRecords(new JsonRaisedLevelStore(store.file()),
                Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(reopened.all()).isEqualTo(orders);
        assertThat(reopened.due()).isEqualTo(orders);
        assertThat(Files.readString(store.file())).contains("\"schemaVersion\" : 1", "\"revertAt\" : "
                + "\"2026-05-01T10:30:00Z\"");
        LoggerTable table = LoggerTable.of(new BrokerLoggers(1, Map.of("kafka", "TRACE")),
                new BrokerLoggers(2, Map.of("kafka", "INFO")));
        assertThat(reopened.stillRaised(ACCOUNT, ARN, table)).containsExactly(orders.get(0));
        assertThat(new JsonRaisedLevelStore(store.file()).load()).containsExactly(orders.get(0));
    }

    @Test
    void aBrokenFileReadsAsNothingRaised() throws Exception {
        Path file = dir.resolve("raised.json");
        Files.writeString(file, "{not json");
        assertThat(new JsonRaisedLevelStore(file).load()).isEmpty();
        Files.writeString(file, "{\"schemaVersion\": 1, \"raised\": [{\"account\": \"sandbox\", \"level\": \"LOUD\"}]}");
        assertThat(new JsonRaisedLevelStore(file).load()).isEmpty();
        assertThat(new JsonRaisedLevelStore(dir.resolve("missing.json")).load()).isEmpty();
    }

    @Test
    void revertAfterIsSecondsMinutesOrHoursUpToADay() {
        assertThat(RevertAfter.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(RevertAfter.parse(" 90S ")).isEqualTo(Duration.ofSeconds(90));
        assertThat(RevertAfter.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(RevertAfter.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(RevertAfter.format(Duration.ofSeconds(45))).isEqualTo("45s");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RevertAfter.parse("soon"))
                .hasMessage("'soon' is not a time to revert after: write it as 90s, 30m or 2h.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RevertAfter.parse("25h"))
                .hasMessage("'25h': revert after more than 0 and at most 24h.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RevertAfter.parse("0m"))
                .hasMessage("'0m': revert after more than 0 and at most 24h.");
    }

    @Test
    void theCautionIsForLevelsAboveInfoWithCloudWatchLogs() {
        LogDelivery cloudWatch = LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders"));
        LogDelivery s3 = LogDelivery.NONE.withS3(S3Destination.to("bucket", null));

        assertThat(CloudWatchCaution.applies(LogLevel.DEBUG, cloudWatch)).isTrue();
        assertThat(CloudWatchCaution.applies(LogLevel.TRACE, cloudWatch)).isTrue();
        assertThat(CloudWatchCaution.applies(LogLevel.INFO, cloudWatch)).isFalse();
        assertThat(CloudWatchCaution.applies(LogLevel.DEBUG, s3)).isFalse();
        assertThat(CloudWatchCaution.applies(LevelChange.toDefault("kafka", BrokerScope.ALL), cloudWatch)).isFalse();
        assertThat(CloudWatchCaution.message(cloudWatch)).isEqualTo("Caution from the MSK developer guide: \"If you "
                + "use CloudWatch Logs as a log destination and you dynamically enable DEBUG or TRACE level logging, "
                + "Amazon MSK may continuously deliver a sample of logs. This can significantly impact broker "
                + "performance.\" This cluster's broker logs go to CloudWatch Logs (log group /msk/orders). While "
                + "brokers log at DEBUG or TRACE, deliver to Amazon S3 or Kinesis Data Firehose instead.");
    }
}
