package io.mskconsole.sandbox;

import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterGateway;
import io.mskconsole.core.clusters.ClusterOperation;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.delivery.ApplyProgress;
import io.mskconsole.core.delivery.LogDeliveryUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A world on a test clock with 4-second operations, and ways to reach its clusters. */
final class SandboxFixture {
    static final Instant START = Instant.parse("2025-05-01T10:00:00Z");
    static final Duration OPERATION = Duration.ofSeconds(4);

    final MutableClock clock = new MutableClock(START);
    final SandboxWorld world = new SandboxWorld(clock, OPERATION);
    /** Destination calls answer at once; operations are polled as the app polls them. */
    final SandboxSession session = new SandboxSession(world, SandboxSession.POLL_INTERVAL, Duration.ZERO);

    ClusterGateway gateway(String region) {
        return session.clusters(region);
    }

    /** The region's destinations, keys and permissions, answering at once, in pages of five. */
    DestinationServices destinations(String region) {
        return session.destinations(region);
    }

    Cluster cluster(String region, String name) {
        return gateway(region).listClusters(Cancellation.none()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cluster " + name + " in " + region));
    }

    /**
     * An update that polls without waiting; each poll read moves the clock on by {@code step}, so following an
     * operation runs through its whole life in a few milliseconds of real time.
     */
    LogDeliveryUpdate update(String region) {
        return new LogDeliveryUpdate(gateway(region), Duration.ZERO);
    }

    /** Progress that records every operation state read and moves the clock on after each one. */
    Recorder recorder(Duration step) {
        return new Recorder(clock, step);
    }

    static final class Recorder implements ApplyProgress {
        private final MutableClock clock;
        private final Duration step;
        final List<ClusterOperation> seen = new ArrayList<>();

        Recorder(MutableClock clock, Duration step) {
            this.clock = clock;
            this.step = step;
        }

        @Override
        public void operation(ClusterOperation operation) {
            seen.add(operation);
            clock.advance(step);
        }

        List<String> states() {
            return seen.stream().map(ClusterOperation::state).distinct().toList();
        }
    }
}
