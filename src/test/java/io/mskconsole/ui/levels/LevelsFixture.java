package io.mskconsole.ui.levels;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.DaemonDelayedTasks;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.testing.FakeBrokers;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.RecordingDialogs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * MSK with orders-prod (delivering to CloudWatch Logs), three fake brokers, the raised-level records in memory and
 * a clock at a fixed instant; the window's view models made on them with an executor that runs at once.
 */
final class LevelsFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    final FakeMsk msk = FakeMsk.withSampleClusters();
    final FakeBrokers brokers = new FakeBrokers();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final RaisedLevelStore store = RaisedLevelStore.inMemory();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final RaisedLevelRecords records = new RaisedLevelRecords(store, clock);
    final OwnerThreadExecutor executor = new OwnerThreadExecutor();
    /** Reverts run by a clock this far ahead of the records': any revert time has passed for them at once. */
    final Clock revertClock;
    final LevelReverts reverts;
    final KnownBrokerLevels known = new KnownBrokerLevels();
    final LevelsTarget target;

    LevelsFixture() {
        this(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    LevelsFixture(Clock revertClock) {
        this.revertClock = revertClock;
        this.reverts = new LevelReverts(executor, records, new DaemonDelayedTasks(revertClock, "revert-test"));
        this.target = new LevelsTarget(Account.profile("prod"), "us-east-1", msk, brokers);
    }

    Cluster orders() {
        return msk.cluster(FakeMsk.ARN);
    }

    ConnectViewModel connect(Cluster cluster) {
        return new ConnectViewModel(cluster, target, executor);
    }

    /** Connects to orders-prod with its default authentication and opens the loggers on that connection. */
    LoggerLevelsViewModel levels() {
        ConnectViewModel connect = connect(orders());
        connect.start();
        AtomicReference<BrokersConnected> connected = new AtomicReference<>();
        connect.connect(connected::set);
        if (connected.get() == null) {
            throw new IllegalStateException("did not connect: " + connect.noticeProperty().get());
        }
        return new LoggerLevelsViewModel(orders(), target, connected.get(), executor, dialogs,
                new LevelsServices(records, reverts, known));
    }

    @Override
    public void close() {
        reverts.close();
    }
}
