package io.mskconsole.app.settings;

import io.mskconsole.ui.common.ThemeSetting;
import io.mskconsole.ui.common.UiPreferences;
import io.mskconsole.ui.common.WindowBounds;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The theme and the main window's place, in {@code ui.properties} of the settings folder. A properties file, not
 * JSON: it is read before the first window, where loading Jackson would cost a tenth of a second of start-up. A
 * missing or damaged file means the defaults; writes go through a temporary file, so a crash never leaves half a
 * file.
 */
public final class FileUiPreferences implements UiPreferences {
    static final String FILE = "ui.properties";
    private final Path file;
    private final Properties values = new Properties();

    private FileUiPreferences(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /** Reads the file now: call off the JavaFX thread (Application.init runs on the launcher thread). */
    public static FileUiPreferences load(Path folder) {
        FileUiPreferences preferences = new FileUiPreferences(folder);
        if (Files.isRegularFile(preferences.file)) {
            try (Reader in = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                preferences.values.clear();
            }
        }
        return preferences;
    }

    @Override
    public synchronized ThemeSetting theme() {
        try {
            return ThemeSetting.valueOf(values.getProperty("theme", ThemeSetting.SYSTEM.name()));
        } catch (IllegalArgumentException e) {
            return ThemeSetting.SYSTEM;
        }
    }

    @Override
    public synchronized Optional<WindowBounds> mainWindow() {
        try {
            return Optional.of(new WindowBounds(number("main.x"), number("main.y"), number("main.width"),
                    number("main.height"), Boolean.parseBoolean(values.getProperty("main.maximized"))));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private double number(String key) {
        return Double.parseDouble(values.getProperty(key));
    }

    @Override
    public synchronized void save(ThemeSetting theme, WindowBounds mainWindow) {
        values.setProperty("theme", theme.name());
        if (mainWindow != null) {
            values.setProperty("main.x", Double.toString(mainWindow.x()));
            values.setProperty("main.y", Double.toString(mainWindow.y()));
            values.setProperty("main.width", Double.toString(mainWindow.width()));
            values.setProperty("main.height", Double.toString(mainWindow.height()));
            values.setProperty("main.maximized", Boolean.toString(mainWindow.maximized()));
        }
        write();
    }

    @Override
    public synchronized String fleetRegions() {
        return values.getProperty("fleet.regions", "all");
    }

    @Override
    public synchronized void saveFleetRegions(String regions) {
        values.setProperty("fleet.regions", regions == null || regions.isBlank() ? "all" : regions.strip());
        write();
    }

    private void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "MSK Console: theme, window place, fleet regions");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not save " + file + ": " + e.getMessage(), e);
        }
    }
}
