package io.mskconsole.core.fleet.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeAccounts;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.FakeSession;
import io.mskconsole.testing.OperationScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Applying a plan: per cluster as the single editor does, regions apart, failures on their own, Stop, re-runs. */
class FleetApplyTest {
    static final Account PROD = Account.profile("prod");
    final FakeAccounts profiles = new FakeAccounts();
    final FakeSession prod = profiles.session(PROD, "us-east-1");
    final ExecutorService pool = Executors.newCachedThreadPool();
    final AtomicInteger workersStarted = new AtomicInteger();
    final Executor counting = task -> {
        workersStarted.incrementAndGet();
        pool.execute(task);
    };
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final Pause pause = (duration, cancellation) -> {
        clock.advance(duration);
        return cancellation.isCancelled();
    };
    final Map<String, List<ApplyStatus>> seen = new ConcurrentHashMap<>();
    final FleetApply.Progress progress = (cluster, status, detail) ->
            seen.computeIfAbsent(cluster.name(), n -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(status);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void everyClusterIsSentOnceAtMostConcurrencyAtATimePerRegionAndAFailureStaysItsOwn() {
        prod.pollInterval = Duration.ZERO;
        List<PlannedCluster> planned = new ArrayList<>();
        for (String region : List.of("us-east-1", "eu-west-1")) {
            FakeMsk msk = prod.region(region);
            msk.script = OperationScript.endingAt(1, "UPDATE_COMPLETE");
            for (int i = 1; i <= 4; i++) {
                planned.add(plan(msk, arn(region, "c" + i), "c" + i + "-" + region));
            }
        }
        prod.region("eu-west-1").failures.put("updateMonitoring", new GatewayException(Failure.ACCESS_DENIED,
                "UpdateMonitoring", "UpdateMonitoring in eu-west-1 failed: access denied."));

        FleetApplyReport report = apply(planned, new FleetApply.Options(2, 100, true), Cancellation.none());

        assertThat(workersStarted.get()).as("two senders in each of the two regions, and a follower for each of the "
                + "four clusters sent (following takes no sending slot)").isEqualTo(2 + 2 + 4);
        assertThat(prod.region("us-east-1").updates).hasSize(4)
                .extracting(r -> r.logging().brokerLogs().cloudWatchLogs().logGroup())
                .containsExactlyInAnyOrder("/msk/c1-us-east-1", "/msk/c2-us-east-1", "/msk/c3-us-east-1",
                        "/msk/c4-us-east-1");
        assertThat(prod.region("us-east-1").count("updateMonitoring")).isEqualTo(4);
        assertThat(report.results()).extracting(ClusterResult::status).containsExactly(
                ApplyStatus.COMPLETED, ApplyStatus.COMPLETED, ApplyStatus.COMPLETED, ApplyStatus.COMPLETED,
                ApplyStatus.FAILED, ApplyStatus.FAILED, ApplyStatus.FAILED, ApplyStatus.FAILED);
        assertThat(report.results().get(4).message()).contains("access denied");
        assertThat(report.summary()).isEqualTo("4 completed, 4 failed");
        assertThat(seen.get("c1-us-east-1")).startsWith(ApplyStatus.WAITING, ApplyStatus.APPLYING)
                .contains(ApplyStatus.FOLLOWING).endsWith(ApplyStatus.COMPLETED);
    }

    @Test
    void reRunningThePlanChangesOnlyWhatStillDiffersAndAClusterChangedSinceIsRefused() {
        FakeMsk msk = prod.region("us-east-1");
        List<PlannedCluster> planned = List.of(plan(msk, arn("us-east-1", "a"), "a"),
                plan(msk, arn("us-east-1", "b"), "b"), plan(msk, arn("us-east-1", "c"), "c"));
        FleetApplyReport first = apply(List.of(planned.get(0)), FleetApply.Options.standard(false),
                Cancellation.none());
        assertThat(first.results()).extracting(ClusterResult::status).containsExactly(ApplyStatus.SENT);
        msk.put(FakeMsk.provisioned(arn("us-east-1", "a"), "a", ClusterState.ACTIVE, "K9", msk.updates.get(0).logging()));
        // someone else changes c in between
        msk.put(FakeMsk.provisioned(arn("us-east-1", "c"), "c", ClusterState.ACTIVE, "K7",
                LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/theirs"))));

        FleetApplyReport again = apply(planned, FleetApply.Options.standard(false), Cancellation.none());

        assertThat(again.results()).extracting(ClusterResult::status)
                .containsExactly(ApplyStatus.UNCHANGED, ApplyStatus.SENT, ApplyStatus.REFUSED);
        assertThat(again.results().get(2).message()).contains("changed since the review", "/theirs");
        assertThat(msk.updates).hasSize(2);
    }

    @Test
    void aStaleVersionIsReadAgainOnceThenReported() {
        FakeMsk msk = prod.region("us-east-1");
        PlannedCluster once = plan(msk, arn("us-east-1", "once"), "once");
        msk.staleSends = 1;
        FleetApplyReport recovered = apply(List.of(once), new FleetApply.Options(1, 100, false), Cancellation.none());
        assertThat(recovered.results().get(0).status()).isEqualTo(ApplyStatus.SENT);
        assertThat(msk.count("describeCluster")).as("read again for the new version").isEqualTo(2);
        assertThat(msk.updates).hasSize(1);

        PlannedCluster twice = plan(msk, arn("us-east-1", "twice"), "twice");
        msk.calls.clear();
        msk.staleSends = 2;
        FleetApplyReport reported = apply(List.of(twice), new FleetApply.Options(1, 100, false), Cancellation.none());
        assertThat(reported.results().get(0).status()).isEqualTo(ApplyStatus.FAILED);
        assertThat(reported.results().get(0).message()).contains("changed since it was read");
        assertThat(msk.count("updateMonitoring")).as("read again only once").isEqualTo(2);
    }

    @Test
    void stopSendsNothingNewAndLetsTheSentClusterBeFollowedToItsEnd() {
        FakeMsk msk = prod.region("us-east-1");
        prod.pollInterval = Duration.ZERO;
        msk.script = OperationScript.endingAt(2, "UPDATE_COMPLETE");
        List<PlannedCluster> planned = List.of(plan(msk, arn("us-east-1", "a"), "a"),
                plan(msk, arn("us-east-1", "b"), "b"), plan(msk, arn("us-east-1", "c"), "c"));
        Cancellation stop = Cancellation.none();
        FleetApply.Progress stopping = new FleetApply.Progress() {
            @Override
            public void status(PlannedCluster cluster, ApplyStatus status, String detail) {
            }

            @Override
            public void sent(PlannedCluster cluster, String operationArn) {
                stop.cancel(); // Stop just after the first cluster was taken
            }
        };

        FleetApplyReport report = new FleetApply(new Accounts(profiles, () -> null), pool, clock, pause).apply(
                new FleetPlan(clock.instant(), FleetPlanTest.TO_VENDED_LOGS, planned),
                new FleetApply.Options(1, 100, true), stopping, stop, Cancellation.none());

        assertThat(report.results()).extracting(ClusterResult::status)
                .containsExactly(ApplyStatus.COMPLETED, ApplyStatus.NOT_STARTED, ApplyStatus.NOT_STARTED);
        assertThat(msk.updates).hasSize(1);
    }

    @Test
    void stopWhileAClusterWaitsForItsTurnToSendSendsNothing() {
        FakeMsk msk = prod.region("us-east-1");
        PlannedCluster a = plan(msk, arn("us-east-1", "a"), "a");
        Cancellation stop = Cancellation.none();
        Pause stopping = (duration, cancellation) -> {
            clock.advance(duration);
            stop.cancel(); // Stop pressed while the cluster waits for its turn before UpdateMonitoring
            return cancellation.isCancelled();
        };

        FleetApplyReport report = new FleetApply(new Accounts(profiles, () -> null), pool, clock, stopping)
                .apply(new FleetPlan(clock.instant(), FleetPlanTest.TO_VENDED_LOGS, List.of(a)),
                        new FleetApply.Options(1, 2.0, false), FleetApply.Progress.NONE, stop, Cancellation.none());

        assertThat(msk.updates).as("nothing sent after Stop").isEmpty();
        assertThat(report.results().get(0).status()).isEqualTo(ApplyStatus.NOT_STARTED);
    }

    @Test
    void closingWhileASentClusterIsFollowedSaysItWasSentWithItsOperation() {
        FakeMsk msk = prod.region("us-east-1");
        msk.script = OperationScript.endingAt(5, "UPDATE_COMPLETE");
        prod.pollInterval = Duration.ZERO;
        PlannedCluster a = plan(msk, arn("us-east-1", "a"), "a");
        Cancellation abandon = Cancellation.none();
        AtomicInteger waits = new AtomicInteger();
        Pause closingTheWindow = (duration, cancellation) -> {
            clock.advance(duration);
            if (waits.incrementAndGet() == 3) {
                abandon.cancel(); // the window is closed while a poll waits for its turn in the region
            }
            return cancellation.isCancelled();
        };

        FleetApplyReport report = new FleetApply(new Accounts(profiles, () -> null), pool, clock, closingTheWindow)
                .apply(new FleetPlan(clock.instant(), FleetPlanTest.TO_VENDED_LOGS, List.of(a)),
                        new FleetApply.Options(1, 2.0, true), FleetApply.Progress.NONE, Cancellation.none(), abandon);

        assertThat(msk.updates).as("UpdateMonitoring was taken").hasSize(1);
        assertThat(report.results().get(0).status()).isEqualTo(ApplyStatus.NOT_FOLLOWED);
        assertThat(report.results().get(0).operationArn()).isNotNull();
    }

    @Test
    void anUnexpectedFailureEndsItsOwnClusterAndEveryOtherIsReported() {
        List<PlannedCluster> planned = new ArrayList<>();
        for (String region : List.of("us-east-1", "eu-west-1")) {
            planned.add(plan(prod.region(region), arn(region, "x"), "x-" + region));
        }
        prod.region("eu-west-1").failures.put("describeCluster", new IllegalStateException("unexpected answer"));

        FleetApplyReport report = apply(planned, new FleetApply.Options(1, 100, false), Cancellation.none());

        assertThat(report.results()).extracting(ClusterResult::status)
                .containsExactly(ApplyStatus.SENT, ApplyStatus.FAILED);
        assertThat(report.results().get(1).message()).isEqualTo("unexpected answer");
    }

    private FleetApplyReport apply(List<PlannedCluster> planned, FleetApply.Options options, Cancellation stop) {
        profiles.sessions.put("prod", prod);
        return new FleetApply(new Accounts(profiles, () -> null), counting, clock, pause).apply(
                new FleetPlan(clock.instant(), FleetPlanTest.TO_VENDED_LOGS, planned), options,
                (cluster, status, detail) -> progress.status(cluster, status, detail), stop, Cancellation.none());
    }

    /** A cluster delivering nothing, planned to deliver to /msk/NAME. */
    private PlannedCluster plan(FakeMsk msk, String arn, String name) {
        profiles.sessions.put("prod", prod);
        Cluster cluster = FakeMsk.provisioned(arn, name, ClusterState.ACTIVE, "K1", LogDelivery.NONE);
        msk.put(cluster);
        return new PlannedCluster(PROD, cluster.region(), arn, name, "K1", PlannedCluster.Action.CHANGE, null,
                cluster.logging(), LoggingInfo.of(LogDelivery.NONE.withCloudWatchLogs(
                        CloudWatchLogsDestination.to("/msk/" + name))), List.of());
    }

    private static String arn(String region, String name) {
        return "arn:aws:kafka:" + region + ":123456789012:cluster/" + name + "/" + name + "-1";
    }
}
