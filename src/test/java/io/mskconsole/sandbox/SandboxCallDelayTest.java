package io.mskconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.destinations.DestinationGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SandboxCallDelayTest {
    private final SandboxFixture fixture = new SandboxFixture();

    @Test
    void theAppsSessionsWaitALittleAndTestsNotAtAll() {
        assertThat(new SandboxSession(fixture.world).callDelay()).isEqualTo(Duration.ofMillis(150));
        assertThat(new SandboxSession(fixture.world, Duration.ofMillis(5)).callDelay()).isEqualTo(Duration.ofMillis(150));
        assertThat(fixture.session.callDelay()).isZero();
        assertThatThrownBy(() -> new SandboxSession(fixture.world, Duration.ZERO, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCallTakesAtLeastTheDelay() {
        SandboxSession slow = new SandboxSession(fixture.world, Duration.ZERO, Duration.ofMillis(120));
        long start = System.nanoTime();
        slow.destinations("us-east-1").destinations().logGroups(null, null);
        slow.destinations("us-east-1").permissions().caller();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(240));
    }

    @Test
    void anInterruptedCallFailsAtOnceKeepsTheInterruptAndChangesNothing() throws Exception {
        SandboxSession slow = new SandboxSession(fixture.world, Duration.ZERO, Duration.ofSeconds(30));
        DestinationGateway gateway = slow.destinations("eu-west-1").destinations();
        AtomicReference<GatewayException> failure = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        CountDownLatch calling = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            calling.countDown();
            try {
                gateway.createLogGroup("/aws/vendedlogs/msk/audit-eu");
            } catch (GatewayException e) {
                failure.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        }, "sandbox-delay-test");
        worker.start();
        assertThat(calling.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(50);
        long interruptedAt = System.nanoTime();
        worker.interrupt();
        worker.join(5_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(failure.get()).isNotNull();
        assertThat(failure.get().failure()).isEqualTo(Failure.CONNECTION);
        assertThat(failure.get().operation()).isEqualTo("CreateLogGroup");
        assertThat(stillInterrupted).isTrue();
        assertThat(fixture.world.inventory().hasLogGroup("eu-west-1", "/aws/vendedlogs/msk/audit-eu")).isFalse();
    }

    @Test
    void aThreadAlreadyInterruptedIsRefusedWithoutWaiting() {
        SandboxSession slow = new SandboxSession(fixture.world, Duration.ZERO, Duration.ofSeconds(30));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> slow.destinations("us-east-1").keys().describeKey("alias/aws/s3"))
                    .isInstanceOfSatisfying(GatewayException.class,
                            e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
