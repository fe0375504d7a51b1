package io.mskconsole.core.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.testing.VirtualDelayedTasks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Raised levels are handed back at their revert time while the app runs; rescheduling and cancelling win. Time is
 * virtual: each step of the clock is the test's, so nothing races.
 */
class RevertSchedulerTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc-1";
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static RaisedLevel raised(int broker, Instant revertAt) {
        return new RaisedLevel("sandbox", ARN, "orders", broker, "kafka", LogLevel.DEBUG, "INFO", Instant.EPOCH,
                revertAt);
    }

    @Test
    void eachLevelIsHandedBackAtItsTimeOnce() {
        List<RaisedLevel> reverted = new ArrayList<>();
        VirtualDelayedTasks tasks = new VirtualDelayedTasks(NOW);
        try (RevertScheduler scheduler = new RevertScheduler(tasks, reverted::add)) {
            RaisedLevel past = raised(1, NOW.minusSeconds(5));
            RaisedLevel soon = raised(2, NOW.plusMillis(150));
            RaisedLevel never = raised(3, null);
            scheduler.schedule(List.of(past, soon, never));
            assertThat(scheduler.pending()).containsExactly(past, soon);

            tasks.runDue();
            assertThat(reverted).as("a time already passed is handed back at once").containsExactly(past);
            assertThat(scheduler.pending()).containsExactly(soon);

            tasks.advance(Duration.ofMillis(149));
            assertThat(reverted).containsExactly(past);
            tasks.advance(Duration.ofMillis(1));
            assertThat(reverted).containsExactly(past, soon);

            tasks.advance(Duration.ofDays(1));
            assertThat(reverted).as("each once").containsExactly(past, soon);
            assertThat(scheduler.pending()).isEmpty();
            assertThat(tasks.waiting()).isZero();
        }
    }

    @Test
    void aNewTimeReplacesTheOldAndACancelStopsIt() {
        List<RaisedLevel> reverted = new ArrayList<>();
        VirtualDelayedTasks tasks = new VirtualDelayedTasks(NOW);
        try (RevertScheduler scheduler = new RevertScheduler(tasks, reverted::add)) {
            RaisedLevel early = raised(1, NOW.plusMillis(100));
            RaisedLevel later = raised(1, NOW.plusMillis(400));
            RaisedLevel cancelled = raised(2, NOW.plusMillis(100));
            scheduler.schedule(List.of(early, cancelled));
            scheduler.schedule(List.of(later));
            scheduler.cancel(cancelled);

            tasks.advance(Duration.ofMillis(399));
            assertThat(reverted).as("the replaced and the cancelled times never come").isEmpty();
            tasks.advance(Duration.ofMillis(1));
            assertThat(reverted).singleElement().isSameAs(later);
            tasks.advance(Duration.ofDays(1));
            assertThat(reverted).hasSize(1);
        }
    }

    @Test
    void closingDropsWhatWaits() {
        List<RaisedLevel> reverted = new ArrayList<>();
        VirtualDelayedTasks tasks = new VirtualDelayedTasks(NOW);
        RevertScheduler scheduler = new RevertScheduler(tasks, reverted::add);
        scheduler.schedule(List.of(raised(1, NOW.plusSeconds(60))));

        scheduler.close();
        tasks.advance(Duration.ofMinutes(2));

        assertThat(reverted).isEmpty();
        assertThat(scheduler.pending()).isEmpty();
    }
}
