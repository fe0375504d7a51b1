package io.mskconsole.ui.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.levels.BrokerScope;
import io.mskconsole.core.levels.LogLevel;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.ui.common.Notice;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import io.mskconsole.testing.FakeMsk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loggers of a connected cluster: the table, a change with its caution, the raised levels and putting back. */
class LoggerLevelsViewModelTest {
    private final LevelsFixture fixture = new LevelsFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private LoggerLevelsViewModel debugOnAllBrokers(LoggerLevelsViewModel model) {
        model.select(model.rows().stream().filter(r -> r.logger().equals("kafka.controller")).findFirst()
                .orElseThrow());
        model.levelProperty().set("DEBUG");
        model.apply();
        return model;
    }

    @Test
    void showsEveryBrokersLoggersRootFirstAndFiltersByName() {
        fixture.brokers.levels.get(2).put("kafka.controller", "DEBUG");
        LoggerLevelsViewModel model = fixture.levels();

        assertThat(model.brokers()).containsExactly(1, 2, 3);
        assertThat(model.rows()).extracting(LoggerRow::logger)
                .containsExactly("root", "kafka", "kafka.controller", "state.change.logger");
        assertThat(model.rows().get(2).levels()).containsEntry(1, "INFO").containsEntry(2, "DEBUG");
        assertThat(model.rows().get(2).aboveInfo()).isTrue();
        assertThat(model.summaryProperty().get()).isEqualTo("Above INFO: kafka.controller at DEBUG on broker 2.");
        assertThat(model.scopes()).containsExactly(BrokerScope.ALL, BrokerScope.broker(1), BrokerScope.broker(2),
                BrokerScope.broker(3));

        model.searchProperty().set("STATE change");

        assertThat(model.rows()).extracting(LoggerRow::logger).containsExactly("state.change.logger");
    }

    @Test
    void levelsOfferedAreThoseBrokersAcceptAndDefault() {
        assertThat(LoggerLevelsViewModel.LEVEL_CHOICES)
                .containsExactly("FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "DEFAULT");
    }

    @Test
    void debugWithCloudWatchLogsShowsTheCautionAndSendsNothingUnlessConfirmed() {
        LoggerLevelsViewModel model = fixture.levels();
        model.loggerProperty().set("kafka.controller");
        model.levelProperty().set("INFO");
        assertThat(model.cautionBinding().get()).isFalse();

        model.levelProperty().set("DEBUG");
        assertThat(model.cautionBinding().get()).isTrue();
        assertThat(model.cautionText()).contains("may continuously deliver a sample of logs",
                "/aws/vendedlogs/msk/orders", "Amazon S3 or Kinesis Data Firehose");
        fixture.dialogs.answer = false;

        model.apply();

        assertThat(fixture.dialogs.confirmations).hasSize(1);
        assertThat(fixture.dialogs.confirmations.get(0)).startsWith("Brokers at DEBUG with CloudWatch Logs:")
                .contains("Edit broker log delivery");
        assertThat(fixture.brokers.sent).isEmpty();
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.WARNING);
    }

    @Test
    void aChangeGoesToEveryBrokerIsReadBackAndRecordedAsRaised() {
        LoggerLevelsViewModel model = debugOnAllBrokers(fixture.levels());

        assertThat(fixture.brokers.sent).containsExactly("SET broker 1 kafka.controller DEBUG",
                "SET broker 2 kafka.controller DEBUG", "SET broker 3 kafka.controller DEBUG");
        assertThat(model.noticeProperty().get()).isEqualTo(Notice.success(
                "Set kafka.controller to DEBUG on all brokers: INFO → DEBUG on brokers 1, 2, 3."));
        assertThat(model.rows().get(2).levels()).containsEntry(1, "DEBUG").containsEntry(3, "DEBUG");
        assertThat(model.raised()).hasSize(3).allSatisfy(r -> {
            assertThat(r.logger()).isEqualTo("kafka.controller");
            assertThat(r.level()).isEqualTo(LogLevel.DEBUG);
            assertThat(r.previousLevel()).isEqualTo("INFO");
            assertThat(r.revertAt()).isNull();
        });
        assertThat(fixture.store.load()).hasSize(3);
        assertThat(fixture.known.get("profile:prod", fixture.orders().arn()).orElseThrow().aboveInfo()).hasSize(3);
        assertThat(model.describe(model.raised().get(0))).startsWith("kafka.controller at DEBUG on broker 1 (was INFO)");
    }

    @Test
    void oneBrokerOnlyAndARefusalInTheBrokersOwnWords() {
        LoggerLevelsViewModel model = fixture.levels();
        model.loggerProperty().set("kafka.nosuch");
        model.levelProperty().set("WARN");
        model.scopeProperty().set(BrokerScope.broker(2));

        model.apply();

        assertThat(fixture.brokers.sent).isEmpty();
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.noticeProperty().get().text()).contains("No logger named kafka.nosuch on broker 2");

        fixture.brokers.levels.get(3).remove("state.change.logger");
        model.refresh();
        model.loggerProperty().set("state.change.logger");
        model.scopeProperty().set(BrokerScope.ALL);
        model.apply();

        assertThat(fixture.brokers.sent).contains("SET broker 1 state.change.logger WARN",
                "SET broker 3 state.change.logger WARN");
        assertThat(model.noticeProperty().get().kind()).isEqualTo(Notice.Kind.WARNING);
        assertThat(model.noticeProperty().get().text()).contains("Broker 3 did not take it:",
                "Logger state.change.logger does not exist!");
    }

    @Test
    void putBackReturnsTheLevelFromBeforeAndForgetsTheRecord() {
        LoggerLevelsViewModel model = debugOnAllBrokers(fixture.levels());
        RaisedLevel onTwo = model.raised().stream().filter(r -> r.brokerId() == 2).findFirst().orElseThrow();

        model.putBack(onTwo);

        assertThat(fixture.brokers.sent).endsWith("SET broker 2 kafka.controller INFO");
        assertThat(model.raised()).extracting(RaisedLevel::brokerId).containsExactly(1, 3);

        model.putAllBack();

        assertThat(model.raised()).isEmpty();
        assertThat(fixture.store.load()).isEmpty();
        assertThat(fixture.brokers.levels.values()).allSatisfy(b -> assertThat(b).containsEntry("kafka.controller",
                "INFO"));
    }

    @Test
    void revertAfterIsWaitedForAndSurvivesTheWindow() {
        LoggerLevelsViewModel model = fixture.levels();
        model.revertProperty().set(true);
        model.revertAfterProperty().set(Duration.ofMinutes(30));

        debugOnAllBrokers(model);

        assertThat(model.raised()).allSatisfy(r -> assertThat(r.revertAt())
                .isEqualTo(LevelsFixture.NOW.plus(Duration.ofMinutes(30))));
        assertThat(fixture.reverts.pending()).hasSize(3);
        assertThat(model.describe(model.raised().get(0))).endsWith("put back at "
                + LevelsText.TIME.format(LevelsFixture.NOW.plus(Duration.ofMinutes(30))));
        model.close();
        assertThat(fixture.brokers.closed).isEqualTo(1);
    }

    @Test
    void whenTheTimeComesTheLevelIsPutBackAndRecordedEvenWithTheWindowClosed() throws InterruptedException {
        try (LevelsFixture later = anHourLater()) {
            LoggerLevelsViewModel model = traceOnBrokerOneWithRevert(later.levels());
            model.close();
            assertThat(later.brokers.sent).containsExactly("SET broker 1 kafka.controller TRACE");

            assertThat(later.executor.runNext(5)).as("the revert's time came").isTrue();

            LevelReverts.Reverted reverted = later.reverts.lastRevertProperty().get();
            assertThat(reverted.notice().kind()).isEqualTo(Notice.Kind.SUCCESS);
            assertThat(reverted.notice().text()).contains("kafka.controller to INFO on broker 1 of orders-prod");
            assertThat(later.brokers.sent).endsWith("SET broker 1 kafka.controller INFO");
            assertThat(later.store.load()).isEmpty();
            assertThat(later.reverts.pending()).isEmpty();
        }
    }

    @Test
    void levelsRaisedInAnEarlierRunAreListedWhileStillRaised() {
        debugOnAllBrokers(fixture.levels()).close();
        fixture.brokers.levels.get(3).put("kafka.controller", "INFO");

        LoggerLevelsViewModel again = fixture.levels();

        assertThat(again.raised()).extracting(RaisedLevel::brokerId).containsExactly(1, 2);
        assertThat(fixture.store.load()).hasSize(2);
    }

    @Test
    void closingWhileAChangeIsUnderWayKeepsTheConnectionUntilItEndsAndStillSchedulesItsRevert() {
        io.mskconsole.testing.QueuedTaskExecutor queued = new io.mskconsole.testing.QueuedTaskExecutor();
        LoggerLevelsViewModel model = levelsOn(queued);
        model.revertProperty().set(true);
        model.loggerProperty().set("kafka.controller");
        model.levelProperty().set("DEBUG");
        fixture.dialogs.answer = true;
        model.apply();
        assertThat(model.busyProperty().get()).isTrue();

        model.close();
        assertThat(fixture.brokers.closed).isZero();
        queued.runAll();

        assertThat(fixture.brokers.sent).hasSize(3);
        assertThat(fixture.reverts.pending()).hasSize(3);
        assertThat(fixture.brokers.closed).isEqualTo(1);
    }

    @Test
    void aReadAskedDuringAChangeWaitsForItSoNoOlderTableReplacesANewerOne() {
        io.mskconsole.testing.QueuedTaskExecutor queued = new io.mskconsole.testing.QueuedTaskExecutor();
        LoggerLevelsViewModel model = levelsOn(queued);
        model.loggerProperty().set("kafka.controller");
        model.levelProperty().set("WARN");
        model.apply();
        model.refresh();
        assertThat(queued.pending()).as("the read waits for the change").isEqualTo(1);

        queued.runAll();

        assertThat(model.rows().get(2).levels()).containsEntry(1, "WARN").containsEntry(3, "WARN");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aRevertLeavesALevelThatWasChangedSinceAsItIs() throws InterruptedException {
        try (LevelsFixture later = anHourLater()) {
            traceOnBrokerOneWithRevert(later.levels());
            // someone else sets WARN before the time comes
            later.brokers.levels.get(1).put("kafka.controller", "WARN");

            assertThat(later.executor.runNext(5)).isTrue();

            assertThat(later.brokers.sent).containsExactly("SET broker 1 kafka.controller TRACE");
            assertThat(later.reverts.lastRevertProperty().get().notice().text())
                    .startsWith("Not put back: kafka.controller on broker 1 of orders-prod was changed since");
        }
    }

    @Test
    void levelsWhoseTimePassedWhileTheAppWasNotRunningAreListedNotPutBackByAnotherChange() {
        fixture.brokers.levels.get(1).put("kafka.controller", "DEBUG");
        fixture.store.save(List.of(new RaisedLevel("profile:prod", FakeMsk.ARN, "orders-prod", 1,
                "kafka.controller", LogLevel.DEBUG, "INFO", LevelsFixture.NOW.minus(Duration.ofHours(2)),
                LevelsFixture.NOW.minus(Duration.ofHours(1)))));
        LoggerLevelsViewModel model = fixture.levels();
        assertThat(model.raised()).hasSize(1);
        assertThat(model.describe(model.raised().get(0))).contains("was to be put back at");

        model.loggerProperty().set("state.change.logger");
        model.levelProperty().set("WARN");
        model.apply();

        assertThat(fixture.reverts.pending()).isEmpty();
        assertThat(fixture.brokers.sent).noneMatch(change -> change.contains("kafka.controller"));
    }

    /** A fixture whose reverts run an hour ahead of the records: any revert time has come at once. */
    private static LevelsFixture anHourLater() {
        return new LevelsFixture(Clock.fixed(LevelsFixture.NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC));
    }

    /** Raises kafka.controller to TRACE on broker 1, to be put back after the default time. */
    private static LoggerLevelsViewModel traceOnBrokerOneWithRevert(LoggerLevelsViewModel model) {
        model.revertProperty().set(true);
        model.loggerProperty().set("kafka.controller");
        model.levelProperty().set("TRACE");
        model.scopeProperty().set(BrokerScope.broker(1));
        model.apply();
        return model;
    }

    /** orders-prod's loggers on an executor the test runs by hand, the first read already done. */
    private LoggerLevelsViewModel levelsOn(io.mskconsole.testing.QueuedTaskExecutor queued) {
        LoggerLevelsViewModel model = new LoggerLevelsViewModel(fixture.orders(), fixture.target, connectedOrders(),
                queued, fixture.dialogs, new LevelsServices(fixture.records, fixture.reverts, fixture.known));
        queued.runAll();
        return model;
    }

    private BrokersConnected connectedOrders() {
        ConnectViewModel connect = fixture.connect(fixture.orders());
        connect.start();
        java.util.concurrent.atomic.AtomicReference<BrokersConnected> connected =
                new java.util.concurrent.atomic.AtomicReference<>();
        connect.connect(connected::set);
        return connected.get();
    }
}
