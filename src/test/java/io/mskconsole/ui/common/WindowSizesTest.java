package io.mskconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowSizesTest {
    @Test
    void aWindowIsNeverLargerThanTheScreenLessAMargin() {
        assertThat(WindowSizes.fit(1280, 1920)).isEqualTo(1280);
        // 1600 px at 150% scaling: 1066 logical pixels
        assertThat(WindowSizes.fit(1280, 1066)).isEqualTo(1026);
        assertThat(WindowSizes.fit(1280, 100)).as("never absurdly small").isEqualTo(200);
    }

    @Test
    void theBoundsOfAWindowMustBeAWindowsBounds() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WindowBounds(0, 0, 0, 10, false))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WindowBounds(Double.NaN, 0, 10, 10, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
