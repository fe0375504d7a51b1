package io.mskconsole.ui.arrival;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.ArrivalState;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.testing.QueuedTaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster list's column: rows in view are read a few at a time, once a minute at most, never twice at once. */
class KnownHealthTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:20:00Z"));
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    final KnownHealth health = new KnownHealth(executor, clock, () -> new HealthTarget(arrival, new FakeMsk(),
            new FakeDestinations("us-east-1")::services));

    private Cluster cluster(String name) {
        arrival.groups.put("/msk/" + name, List.of(new LogStreamInfo(name + "-broker-1", clock.instant(), null)));
        return FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/" + name + "/x-1", name,
                ClusterState.ACTIVE, "K1", LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/"
                        + name)));
    }

    @Test
    void twoAtATimeEachOnceAndNotAgainWithinAMinute() {
        Cluster a = cluster("a");
        Cluster b = cluster("b");
        Cluster c = cluster("c");
        for (Cluster shown : List.of(a, b, c, a, b)) {
            health.request(shown); // cells ask each time they are drawn
        }
        assertThat(executor.pending()).as("two at a time").isEqualTo(2);
        executor.runAll();
        assertThat(arrival.calls).containsExactly("newestStreams /msk/a", "newestStreams /msk/b",
                "newestStreams /msk/c");
        assertThat(health.fresh(a.arn()).worst()).isEqualTo(ArrivalState.ARRIVING);

        health.request(a);
        assertThat(executor.pending()).as("fresh: not read again").isZero();
        clock.advance(Duration.ofSeconds(61));
        health.request(a);
        executor.runAll();
        assertThat(arrival.calls).hasSize(4);
    }

    @Test
    void aReadStartedBeforeAnotherAccountIsShownIsDropped() {
        Cluster a = cluster("a");
        health.request(a);
        health.clear(); // another account or region is shown while the read runs
        executor.runAll();
        assertThat(health.all()).as("the earlier account's health is not shown under the new one").isEmpty();
    }

    @Test
    void aClusterDeliveringNothingIsNeverReadAndClearingForgetsEverything() {
        health.request(FakeMsk.provisioned("arn:aws:kafka:us-east-1:123456789012:cluster/off/x-1", "off",
                ClusterState.ACTIVE, "K1", LogDelivery.NONE));
        assertThat(executor.pending()).isZero();
        Cluster a = cluster("a");
        health.request(a);
        executor.runAll();
        health.clear();
        assertThat(health.all()).isEmpty();
        health.request(a);
        assertThat(executor.pending()).isEqualTo(1);
    }
}
