package io.mskconsole.core.fleet.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.Pacer;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacer spaces calls evenly, backs off on a throttle, slows down, and speeds up again as answers come. */
class PacerTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:00:00Z"));
    final List<Duration> waits = new ArrayList<>();
    final Pause pause = (duration, cancellation) -> {
        waits.add(duration);
        clock.advance(duration);
        return false;
    };

    @Test
    void callsAreSpacedByTheRateThrottlesBackOffAndTheRateRecovers() {
        Pacer pacer = new Pacer(2.0, clock, pause);

        for (int i = 0; i < 3; i++) {
            assertThat(pacer.acquire(Cancellation.none())).isTrue();
        }
        assertThat(waits).as("the first at once, then every half second").containsExactly(
                Duration.ofMillis(500), Duration.ofMillis(500));

        assertThat(pacer.throttled()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(400));
        assertThat(pacer.throttled()).as("another call of the same burst: the same episode, what is left of it")
                .isEqualTo(Duration.ofMillis(600));
        assertThat(pacer.rate()).as("halved once for the burst").isEqualTo(1.0);
        clock.advance(Duration.ofMillis(600));
        assertThat(pacer.throttled()).as("throttled again once the backoff is over: doubled")
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(pacer.rate()).isEqualTo(0.5);
        waits.clear();
        pacer.acquire(Cancellation.none());
        assertThat(waits).as("held back for the backoff").containsExactly(Duration.ofSeconds(2));
        pacer.answered();
        assertThat(pacer.rate()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 0; i < 30; i++) {
            pacer.answered();
        }
        assertThat(pacer.rate()).as("never above where it started").isEqualTo(2.0);
        assertThat(pacer.throttled()).as("a new run of throttles starts at the first backoff")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(pacer.throttles()).isEqualTo(4);
    }

    @Test
    void aCallThatWaitedThroughAThrottleTakesANewTurnAfterTheBackoff() {
        Pacer pacer = new Pacer(2.0, clock, (duration, cancellation) -> {
            waits.add(duration);
            clock.advance(duration);
            return false;
        });
        pacer.acquire(Cancellation.none());
        Pacer[] self = {pacer};
        // the second call's wait is interrupted by a throttle answered meanwhile to another call
        Pacer throttledMeanwhile = new Pacer(2.0, clock, (duration, cancellation) -> {
            waits.add(duration);
            if (waits.size() == 1) {
                self[0].throttled();
            }
            clock.advance(duration);
            return false;
        });
        self[0] = throttledMeanwhile;
        throttledMeanwhile.acquire(Cancellation.none());
        waits.clear();
        assertThat(throttledMeanwhile.acquire(Cancellation.none())).isTrue();
        assertThat(waits).as("the turn taken under the old pace is given up for one after the backoff")
                .hasSize(2);
    }

    @Test
    void aSlowStartIsNeverSpedUpByAThrottle() {
        Pacer slow = new Pacer(0.1, clock, pause);
        slow.throttled();
        assertThat(slow.rate()).isLessThanOrEqualTo(0.1);
    }

    @Test
    void aCancelledWaitTakesNoCall() {
        Pacer pacer = new Pacer(1.0, clock, (duration, cancellation) -> true);
        pacer.acquire(Cancellation.none());
        assertThat(pacer.acquire(Cancellation.none())).isFalse();
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        assertThat(new Pacer(1.0, clock, pause).acquire(cancelled)).isFalse();
    }
}
