package io.mskconsole.ui.common;

import java.util.Optional;

/**
 * What the windows remember between runs: the theme, the main window's place and the fleet's regions. Read once before the first
 * window (off the JavaFX thread); {@link #save} writes, so call it from background work.
 */
public interface UiPreferences {
    UiPreferences NONE = new UiPreferences() {
        @Override
        public ThemeSetting theme() {
            return ThemeSetting.SYSTEM;
        }

        @Override
        public Optional<WindowBounds> mainWindow() {
            return Optional.empty();
        }

        @Override
        public void save(ThemeSetting theme, WindowBounds mainWindow) {
        }
    };

    ThemeSetting theme();

    Optional<WindowBounds> mainWindow();

    /** Remembers both; a null bounds keeps what was remembered. May touch the disk: never on the UI thread. */
    void save(ThemeSetting theme, WindowBounds mainWindow);

    /** The regions the fleet window last scanned ("all", or codes separated by commas). */
    default String fleetRegions() {
        return "all";
    }

    /** Remembers the fleet's regions. May touch the disk: never on the UI thread. */
    default void saveFleetRegions(String regions) {
    }
}
