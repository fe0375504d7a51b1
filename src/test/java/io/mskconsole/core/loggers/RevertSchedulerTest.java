package io.mskconsole.core.loggers;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.DelayedTasks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Raised levels are handed back at their revert time while the app runs; rescheduling and cancelling win. */
class RevertSchedulerTest {
    static final String ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc-1";

    static RaisedLevel raised(int broker, Instant revertAt) {
        return new RaisedLevel("sandbox", ARN, "orders", broker, "kafka", LogLevel.DEBUG, "INFO", Instant.EPOCH,
                revertAt);
    }

    @Test
    void eachLevelIsHandedBackAtItsTimeOnce() throws InterruptedException {
        LinkedBlockingQueue<RaisedLevel> reverted = new LinkedBlockingQueue<>();
        Clock clock = Clock.systemUTC();
        try (RevertScheduler scheduler = new RevertScheduler(new DelayedTasks(clock, "revert-test"), reverted::add)) {
            RaisedLevel past = raised(1, clock.instant().minusSeconds(5));
            RaisedLevel soon = raised(2, clock.instant().plusMillis(150));
            RaisedLevel never = raised(3, null);
            scheduler.schedule(List.of(past, soon, never));
            assertThat(scheduler.pending()).containsExactlyInAnyOrder(past, soon);

            assertThat(reverted.poll(5, TimeUnit.SECONDS)).isEqualTo(past);
            assertThat(reverted.poll(5, TimeUnit.SECONDS)).isEqualTo(soon);
            assertThat(reverted.poll(300, TimeUnit.MILLISECONDS)).isNull();
            assertThat(scheduler.pending()).isEmpty();
        }
    }

    @Test
    void aNewTimeReplacesTheOldAndACancelStopsIt() throws InterruptedException {
        LinkedBlockingQueue<RaisedLevel> reverted = new LinkedBlockingQueue<>();
        Clock clock = Clock.systemUTC();
        try (RevertScheduler scheduler = new RevertScheduler(new DelayedTasks(clock, "revert-test"), reverted::add)) {
            RaisedLevel early = raised(1, clock.instant().plusMillis(100));
            RaisedLevel later = raised(1, clock.instant().plusMillis(400));
            RaisedLevel cancelled = raised(2, clock.instant().plusMillis(100));
            scheduler.schedule(List.of(early, cancelled));
            scheduler.schedule(List.of(later));
            scheduler.cancel(cancelled);

            assertThat(reverted.poll(5, TimeUnit.SECONDS)).isSameAs(later);
            assertThat(reverted.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
