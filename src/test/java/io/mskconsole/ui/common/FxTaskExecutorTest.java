package io.mskconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work asked of the executor after it closed (the app closing while a table lays out its rows) is refused quietly. */
class FxTaskExecutorTest {
    @Test
    void workAskedAfterCloseNeverRunsAndThrowsNothing() {
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();

        TaskHandle handle = executor.execute(c -> {
            ran.set(true);
            return null;
        }, done -> ran.set(true), failure -> ran.set(true));

        assertThat(handle.cancellation().isCancelled()).isTrue();
        assertThat(ran).isFalse();
    }
}
