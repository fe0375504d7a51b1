package io.mskconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    long nanos;
    final List<Duration> delays = new ArrayList<>();
    final List<Runnable> pending = new ArrayList<>();
    int runs;
    final Throttle throttle = new Throttle(Duration.ofMillis(250), () -> nanos, (delay, action) -> {
        delays.add(delay);
        pending.add(action);
    }, () -> runs++);

    void fire() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void asksMadeTogetherRunItOnceOnTheNextTurn() {
        throttle.request();
        throttle.request();
        throttle.request();
        assertThat(runs).isZero();
        assertThat(delays).containsExactly(Duration.ZERO);

        fire();

        assertThat(runs).isEqualTo(1);
    }

    @Test
    void asksWithinTheIntervalWaitForItsEnd() {
        throttle.request();
        fire();
        nanos += Duration.ofMillis(100).toNanos();

        throttle.request();
        throttle.request();

        assertThat(delays).containsExactly(Duration.ZERO, Duration.ofMillis(150));
        fire();
        assertThat(runs).isEqualTo(2);
    }

    @Test
    void aRunNowAnswersTheAsksBeforeIt() {
        throttle.request();
        throttle.now();
        assertThat(runs).isEqualTo(1);

        fire();

        assertThat(runs).as("the scheduled run finds nothing asked").isEqualTo(1);
    }
}
