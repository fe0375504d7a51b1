package io.mskconsole.ui.trail;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.trail.TrailProgress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTextTest {
    static TrailProgress progress(int done, int total, int throttled, int skipped) {
        return new TrailProgress(1250, 26, throttled, skipped, Duration.ofMillis(13_240), done, total, List.of());
    }

    @Test
    void saysDoneOnlyWhenEveryRegionIsFinished() {
        assertThat(ProgressText.of(progress(0, 1, 0, 0), false)).isEqualTo("1,250 events · 26 pages · 13.2 s · loading");
        assertThat(ProgressText.of(progress(1, 3, 0, 0), false))
                .isEqualTo("1,250 events · 26 pages · 13.2 s · loading (1 of 3 regions finished)");
        assertThat(ProgressText.of(progress(1, 1, 0, 0), false)).isEqualTo("1,250 events · 26 pages · 13.2 s · done");
        assertThat(ProgressText.of(progress(3, 3, 2, 1), false)).isEqualTo("1,250 events · 26 pages · 13.2 s · all 3 "
                + "regions done · 2 throttled (waited) · 1 broken records skipped");
        assertThat(ProgressText.of(progress(1, 3, 0, 0), true)).isEqualTo("1,250 events · 26 pages · 13.2 s · stopped");
    }
}
