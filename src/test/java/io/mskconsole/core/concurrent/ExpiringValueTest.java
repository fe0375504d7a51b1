package io.mskconsole.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.sandbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Temporary credentials' cache: fetched once, fetched again before expiry, on a clock the test moves. */
class ExpiringValueTest {
    static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    final MutableClock clock = new MutableClock(NOW);
    final AtomicInteger fetches = new AtomicInteger();
    RuntimeException failNext;
    final ExpiringValue<String> value = new ExpiringValue<>(() -> {
        if (failNext != null) {
            RuntimeException failure = failNext;
            failNext = null;
            throw failure;
        }
        int n = fetches.incrementAndGet();
        return new ExpiringValue.Fetched<>("credentials-" + n, clock.instant().plus(Duration.ofHours(1)));
    }, clock, Duration.ofMinutes(5), Duration.ofMinutes(1));

    @Test
    void aBurstOfCallersFetchesOnce() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(callers.submit(() -> {
                go.await();
                return value.get();
            }));
        }
        go.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get()).isEqualTo("credentials-1");
        }
        callers.shutdown();

        assertThat(fetches).hasValue(1);
    }

    @Test
    void fromFiveMinutesBeforeExpiryOneCallerFetchesAgainAndTheNextUseWhatItGot() {
        value.get();
        clock.advance(Duration.ofMinutes(54));
        assertThat(value.get()).isEqualTo("credentials-1");

        clock.advance(Duration.ofMinutes(2));
        assertThat(value.get()).isEqualTo("credentials-2");
        assertThat(value.get()).isEqualTo("credentials-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailedEarlyFetchKeepsTheValueInHandButALateOneFailsTheCaller() {
        value.get();
        clock.advance(Duration.ofMinutes(56));
        failNext = new IllegalStateException("portal unreachable");
        assertThat(value.get()).as("still 4 minutes left").isEqualTo("credentials-1");

        clock.advance(Duration.ofMinutes(3).plusSeconds(30));
        failNext = new IllegalStateException("portal unreachable");
        assertThatThrownBy(value::get).hasMessage("portal unreachable");
        assertThat(value.get()).isEqualTo("credentials-2");
    }
}
