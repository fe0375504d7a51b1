package io.mskconsole.core.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.concurrent.Cancellation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegionPacerTest {
    final FakeTicker ticker = new FakeTicker();
    final RegionPacer pacer = new RegionPacer(2.0, ticker);

    @Test
    void fromRestTwoCallsGoAtOnceThenEvenlyAtTwoASecondWithASmallMarginNeverThreeInASecond() {
        for (int i = 0; i < 5; i++) {
            assertThat(pacer.acquire(Cancellation.none())).isTrue();
        }
        assertThat(pacer.interval()).isEqualTo(Duration.ofMillis(510));
        // leaving at 0, 0, 1,020, 1,530 and 2,040 ms: any 1,020 ms hold two at most
        assertThat(ticker.sleeps).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofMillis(1020),
                Duration.ofMillis(510), Duration.ofMillis(510));
    }

    @Test
    void timeSpentOnTheCallCountsTowardsTheWait() {
        pacer.acquire(Cancellation.none());
        ticker.advance(Duration.ofMillis(300));
        pacer.acquire(Cancellation.none());
        ticker.advance(Duration.ofMillis(700));
        pacer.acquire(Cancellation.none());

        assertThat(ticker.sleeps).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofMillis(20));
    }

    @Test
    void afterAWindowAtRestTwoGoAtOnceAgain() {
        pacer.acquire(Cancellation.none());
        pacer.acquire(Cancellation.none());
        ticker.advance(Duration.ofSeconds(5));
        pacer.acquire(Cancellation.none());
        pacer.acquire(Cancellation.none());
        pacer.acquire(Cancellation.none());

        assertThat(ticker.sleeps).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofMillis(1020));
    }

    @Test
    void aThrottlePushesTheNextCallBack() {
        pacer.acquire(Cancellation.none());
        pacer.backOff(Duration.ofSeconds(2));
        pacer.acquire(Cancellation.none());

        assertThat(ticker.sleeps).containsExactly(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Test
    void aCancelledWaitSaysSo() {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        assertThat(pacer.acquire(cancelled)).isFalse();
    }

    @Test
    void aLateWakeUpDoesNotBringTheNextCallCloser() {
        Ticker late = new Ticker() {
            @Override
            public long nanoTime() {
                return ticker.nanoTime();
            }

            @Override
            public boolean sleep(Duration duration, Cancellation cancellation) {
                ticker.sleep(duration.plusMillis(100), cancellation);
                return false;
            }
        };
        RegionPacer slow = new RegionPacer(2.0, late);
        slow.acquire(Cancellation.none());
        slow.acquire(Cancellation.none());
        slow.acquire(Cancellation.none());
        slow.acquire(Cancellation.none());

        // leaving (really) at 100, 200, 1,120 and 1,730 ms: the fourth keeps its interval from the third's real start
        assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100),
                Duration.ofMillis(920), Duration.ofMillis(610));
    }
}
