package io.mskconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.testing.QueuedTaskExecutor;
import io.mskconsole.ui.common.ThemeSetting;
import io.mskconsole.ui.common.UiPreferences;
import io.mskconsole.ui.common.WindowBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AppearanceViewModelTest {
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<ThemeSetting> saved = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private Optional<Boolean> system = Optional.of(true);

    private AppearanceViewModel model(ThemeSetting start) {
        return new AppearanceViewModel(new UiPreferences() {
            @Override
            public ThemeSetting theme() {
                return start;
            }

            @Override
            public Optional<WindowBounds> mainWindow() {
                return Optional.empty();
            }

            @Override
            public void save(ThemeSetting theme, WindowBounds mainWindow) {
                saved.add(theme);
            }
        }, () -> {
            reads.incrementAndGet();
            return system;
        }, executor);
    }

    @Test
    void followingTheSystemIsLightUntilTheSystemHasBeenRead() {
        AppearanceViewModel model = model(ThemeSetting.SYSTEM);
        assertThat(model.darkBinding().get()).isFalse();
        model.readSystem();
        model.readSystem();
        assertThat(executor.pending()).as("one read at a time").isEqualTo(1);
        executor.runAll();
        assertThat(model.darkBinding().get()).isTrue();
        assertThat(reads).hasValue(1);
    }

    @Test
    void aSystemThatCannotBeReadMeansLight() {
        system = Optional.empty();
        AppearanceViewModel model = model(ThemeSetting.SYSTEM);
        model.readSystem();
        executor.runAll();
        assertThat(model.systemPrefersDarkProperty().get()).isNull();
        assertThat(model.darkBinding().get()).isFalse();
    }

    @Test
    void aChosenThemeWinsAndIsSavedInTheBackground() {
        AppearanceViewModel model = model(ThemeSetting.LIGHT);
        model.themeProperty().set(ThemeSetting.DARK);
        assertThat(model.darkBinding().get()).isTrue();
        assertThat(saved).as("not on the UI thread").isEmpty();
        executor.runAll();
        assertThat(saved).containsExactly(ThemeSetting.DARK);
    }

    @Test
    void switchingToTheSystemsThemeReadsTheSystem() {
        AppearanceViewModel model = model(ThemeSetting.LIGHT);
        model.themeProperty().set(ThemeSetting.SYSTEM);
        executor.runAll();
        assertThat(reads).hasValue(1);
        assertThat(model.darkBinding().get()).isTrue();
        assertThat(saved).containsExactly(ThemeSetting.SYSTEM);
    }
}
