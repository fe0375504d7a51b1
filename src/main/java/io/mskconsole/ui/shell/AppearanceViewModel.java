package io.mskconsole.ui.shell;

import io.mskconsole.ui.common.TaskExecutor;
import io.mskconsole.ui.common.ThemeSetting;
import io.mskconsole.ui.common.UiPreferences;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The theme: the person's choice (remembered), what the system prefers (read in the background, again whenever
 * {@link #readSystem()} is called, e.g. when the main window comes back to the front), and whether that makes it
 * dark.
 */
public final class AppearanceViewModel {
    private final ObjectProperty<ThemeSetting> theme;
    private final ObjectProperty<Boolean> systemPrefersDark = new SimpleObjectProperty<>();
    private final BooleanBinding dark;
    private final Supplier<Optional<Boolean>> systemTheme;
    private final TaskExecutor executor;
    private final UiPreferences preferences;
    private boolean reading;

    /**
     * @param systemTheme reads whether the system prefers dark (empty when it cannot tell); may run a process
     */
    public AppearanceViewModel(UiPreferences preferences, Supplier<Optional<Boolean>> systemTheme,
                               TaskExecutor executor) {
        this.preferences = preferences;
        this.systemTheme = systemTheme;
        this.executor = executor;
        this.theme = new SimpleObjectProperty<>(preferences.theme());
        this.dark = Bindings.createBooleanBinding(() -> theme.get().isDark(systemPrefersDark.get()),
                theme, systemPrefersDark);
        theme.addListener((obs, old, chosen) -> {
            if (chosen == null) {
                theme.set(old);
                return;
            }
            if (chosen == ThemeSetting.SYSTEM) {
                readSystem();
            }
            executor.execute(cancellation -> {
                preferences.save(chosen, null);
                return null;
            }, ignored -> {
            }, failure -> {
                // a theme that is not remembered is not worth a dialog; it still applies now
            });
        });
    }

    public ObjectProperty<ThemeSetting> themeProperty() {
        return theme;
    }

    /** True when the app should be dark now. */
    public BooleanBinding darkBinding() {
        return dark;
    }

    /** What the system prefers, null while unknown or when it cannot be read. */
    public ReadOnlyObjectProperty<Boolean> systemPrefersDarkProperty() {
        return systemPrefersDark;
    }

    /** Reads the system's preference in the background; one read at a time. */
    public void readSystem() {
        if (reading) {
            return;
        }
        reading = true;
        executor.execute(cancellation -> systemTheme.get(), prefersDark -> {
            reading = false;
            systemPrefersDark.set(prefersDark.orElse(null));
        }, failure -> reading = false);
    }

    UiPreferences preferences() {
        return preferences;
    }
}
