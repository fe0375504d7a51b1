package io.mskconsole.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void startsNotCancelled() {
        Cancellation cancellation = Cancellation.none();
        assertThat(cancellation.isCancelled()).isFalse();
        cancellation.cancel();
        cancellation.cancel();
        assertThat(cancellation.isCancelled()).isTrue();
    }

    @Test
    void sleepRunsItsCourseWhenNotCancelled() {
        assertThat(Cancellation.none().sleep(Duration.ofMillis(5))).isFalse();
        assertThat(Cancellation.none().sleep(Duration.ZERO)).isFalse();
    }

    @Test
    void sleepReturnsAtOnceWhenAlreadyCancelled() {
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();
        long start = System.nanoTime();
        assertThat(cancellation.sleep(Duration.ofMinutes(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aCancelFromAnotherThreadCutsTheSleepShort() throws Exception {
        Cancellation cancellation = Cancellation.none();
        CountDownLatch sleeping = new CountDownLatch(1);
        CompletableFuture<Boolean> sleeper = CompletableFuture.supplyAsync(() -> {
            sleeping.countDown();
            return cancellation.sleep(Duration.ofMinutes(5));
        });
        assertThat(sleeping.await(5, TimeUnit.SECONDS)).isTrue();
        cancellation.cancel();
        assertThat(sleeper.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anInterruptCancelsAndKeepsTheInterruptFlag() throws Exception {
        Cancellation cancellation = Cancellation.none();
        boolean[] result = new boolean[2];
        Thread thread = new Thread(() -> {
            Thread.currentThread().interrupt();
            result[0] = cancellation.sleep(Duration.ofMinutes(5));
            result[1] = Thread.currentThread().isInterrupted();
        });
        thread.start();
        thread.join(5_000);
        assertThat(result).containsExactly(true, true);
        assertThat(cancellation.isCancelled()).isTrue();
    }
}
