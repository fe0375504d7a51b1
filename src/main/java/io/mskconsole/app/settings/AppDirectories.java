package io.mskconsole.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its settings, decided in one place per operating system: XDG on Linux, AppData on Windows,
 * Application Support on macOS. The system property {@code mskconsole.home} overrides it (tests, portable use).
 */
public final class AppDirectories {
    static final String APP = "msk-console";

    private AppDirectories() {
    }

    public static Path settings() {
        return settings(System.getProperty("mskconsole.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static Path settings(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("MSK Console");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "MSK Console");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve(APP);
    }
}
