package io.mskconsole.ui.arrival;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.arrival.ArrivalState;
import io.mskconsole.core.arrival.DestinationHealth;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.sandbox.MutableClock;
import io.mskconsole.testing.FakeArrival;
import io.mskconsole.testing.FakeDestinations;
import io.mskconsole.testing.FakeMsk;
import io.mskconsole.ui.common.ImmediateTaskExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delivery health in a window: read on request, kept a minute, and watched after an Apply until logs arrive. */
class DeliveryHealthViewModelTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/5a1b2c3d-e4f5-2";
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:20:00Z"));
    final FakeArrival arrival = new FakeArrival("us-east-1");
    final FakeMsk msk = new FakeMsk();
    final FakeDestinations destinations = new FakeDestinations("us-east-1");
    final List<Duration> waits = new ArrayList<>();
    final Cluster orders = FakeMsk.provisioned(ARN, "orders", ClusterState.ACTIVE, "K1",
            LogDelivery.NONE.withCloudWatchLogs(CloudWatchLogsDestination.to("/msk/orders")));

    private DeliveryHealthViewModel model(Pause pause) {
        return new DeliveryHealthViewModel(new ImmediateTaskExecutor(), clock, pause,
                () -> new HealthTarget(arrival, msk, destinations::services));
    }

    @Test
    void readOnlyWhenAskedAndShownAgainForAMinuteWithoutReading() {
        arrival.groups.put("/msk/orders", List.of(new LogStreamInfo("orders-broker-1", clock.instant(), null)));
        DeliveryHealthViewModel model = model(Pause.REAL);

        model.show(orders);
        assertThat(arrival.calls).as("showing reads nothing").isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Not checked yet");
        model.check(orders);
        assertThat(model.healthProperty().get().destinations()).extracting(DestinationHealth::state)
                .containsExactly(ArrivalState.ARRIVING);
        assertThat(model.statusProperty().get()).isEqualTo("1 of 1 destinations arriving (checked at "
                + "2026-12-07T15:20:00Z).");

        model.show(null);
        clock.advance(Duration.ofSeconds(50));
        model.show(orders);
        assertThat(model.healthProperty().get()).as("kept for a minute").isNotNull();
        clock.advance(Duration.ofSeconds(20));
        model.show(orders);
        assertThat(model.healthProperty().get()).as("older than a minute: asked again").isNull();
        assertThat(arrival.calls).hasSize(1);
    }

    @Test
    void afterAnApplyTheFirstLogsAreWatchedUntilTheyArrive() {
        msk.deliveryChangedAt = clock.instant();
        arrival.groups.put("/msk/orders", List.of());
        Pause logsComeAfterTwoWaits = (duration, cancellation) -> {
            waits.add(duration);
            clock.advance(duration);
            if (waits.size() == 2) {
                arrival.groups.put("/msk/orders", List.of(new LogStreamInfo("orders-broker-1", clock.instant(),
                        null)));
            }
            return cancellation.isCancelled();
        };
        DeliveryHealthViewModel model = model(logsComeAfterTwoWaits);

        model.watch(orders);

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(model.watchingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("The first logs arrived.");
        assertThat(model.healthProperty().get().allArriving()).isTrue();
    }

    @Test
    void aWatchGivesUpAfterFifteenMinutesWithTheLikelyCauses() {
        msk.deliveryChangedAt = clock.instant();
        arrival.groups.put("/msk/orders", List.of());
        DeliveryHealthViewModel model = model((duration, cancellation) -> {
            clock.advance(duration);
            return false;
        });

        model.watch(orders);

        assertThat(model.statusProperty().get()).startsWith("No logs yet after watching: 0 of 1 destinations");
        assertThat(model.healthProperty().get().destinations().get(0).state())
                .as("15 minutes of silence after the change: the causes are asked now, not after 30 minutes")
                .isEqualTo(ArrivalState.NOT_ARRIVING);
        assertThat(model.healthProperty().get().destinations().get(0).whatToDo()).isNotEmpty();
        assertThat(destinations.calls).as("the destination checks behind the causes ran").isNotEmpty();
        assertThat(arrival.calls).hasSize(32); // one reading each 30 s over 15 minutes, and the last with its causes
    }

    @Test
    void aReadingOfTheListWithoutTheCausesSaysThatCheckGivesThem() {
        msk.deliveryChangedAt = clock.instant().minus(Duration.ofDays(2));
        arrival.groups.put("/msk/orders", List.of());
        KnownHealth kept = new KnownHealth(new ImmediateTaskExecutor(), clock,
                () -> new HealthTarget(arrival, msk, destinations::services));
        kept.put(new io.mskconsole.core.arrival.DeliveryHealthCheck(arrival, msk, clock).check(orders,
                java.util.EnumSet.allOf(io.mskconsole.core.delivery.LogKind.class),
                io.mskconsole.core.arrival.LikelyCauses.NONE));
        DeliveryHealthViewModel model = new DeliveryHealthViewModel(new ImmediateTaskExecutor(), clock, Pause.REAL,
                () -> new HealthTarget(arrival, msk, destinations::services), kept);

        model.show(orders);

        assertThat(model.healthProperty().get().destinations().get(0).state()).isEqualTo(ArrivalState.NOT_ARRIVING);
        assertThat(model.statusProperty().get()).isEqualTo("Checked at 2026-12-07T15:20:00Z for the list, without the"
                + " likely causes: Check reads them.");
    }
}
