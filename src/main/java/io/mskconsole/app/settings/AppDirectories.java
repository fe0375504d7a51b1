package io.mskconsole.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its settings, its log and its cache, decided in one place per operating system: XDG on Linux,
 * AppData on Windows, Application Support, Logs and Caches on macOS. The system property {@code mskconsole.home}
 * overrides them all (tests, portable use): settings in it, the log in its {@code logs} folder, the cache in its
 * {@code cache} folder.
 */
public final class AppDirectories {
    static final String APP = "msk-console";
    static final String APP_TITLE = "MSK Console";

    private AppDirectories() {
    }

    public static Path settings() {
        return settings(System.getProperty("mskconsole.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    public static Path logs() {
        return logs(System.getProperty("mskconsole.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    /** What can be read again: the trail files read from S3 ({@link #trailFiles()}). */
    public static Path cache() {
        return cache(System.getProperty("mskconsole.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    /** The trail file cache's folder: the trail files and closed days' listings read from S3. */
    public static Path trailFiles() {
        return cache().resolve("trail-files");
    }

    /** Where loaded events keep their records' text while the app runs (deleted as they are let go). */
    public static Path trailRecords() {
        return cache().resolve("trail-records");
    }

    /** What the app keeps of its own, the settings apart: LookupEvents' answers ({@link #lookupEvents()}). */
    public static Path data() {
        return data(System.getProperty("mskconsole.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    /** The LookupEvents cache's folder: the events fetched before, per account, region and source. */
    public static Path lookupEvents() {
        return data().resolve("lookup-events");
    }

    /**
     * Linux: $XDG_DATA_HOME (~/.local/share); Windows: %LOCALAPPDATA% (audit records are not roamed); macOS:
     * ~/Library/Application Support, beside the settings.
     */
    static Path data(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override, "data");
        }
        return switch (os(osName)) {
            case WINDOWS -> windowsFolder(env.get("LOCALAPPDATA"), home, "Local").resolve(APP_TITLE).resolve("data");
            case MAC -> Path.of(home, "Library", "Application Support", APP_TITLE, "data");
            case OTHER -> xdg(env.get("XDG_DATA_HOME"), home, ".local/share").resolve(APP);
        };
    }

    static Path settings(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return switch (os(osName)) {
            case WINDOWS -> windowsFolder(env.get("APPDATA"), home, "Roaming").resolve(APP_TITLE);
            case MAC -> Path.of(home, "Library", "Application Support", APP_TITLE);
            case OTHER -> xdg(env.get("XDG_CONFIG_HOME"), home, ".config").resolve(APP);
        };
    }

    /** Linux: $XDG_STATE_HOME (logs are state); Windows: %LOCALAPPDATA% (not roamed); macOS: ~/Library/Logs. */
    static Path logs(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override, "logs");
        }
        return switch (os(osName)) {
            case WINDOWS -> windowsFolder(env.get("LOCALAPPDATA"), home, "Local").resolve(APP_TITLE).resolve("logs");
            case MAC -> Path.of(home, "Library", "Logs", APP_TITLE);
            case OTHER -> xdg(env.get("XDG_STATE_HOME"), home, ".local/state").resolve(APP).resolve("logs");
        };
    }

    /**
     * Linux: $XDG_CACHE_HOME (~/.cache); Windows: %LOCALAPPDATA% (a cache is not roamed); macOS: ~/Library/Caches.
     */
    static Path cache(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override, "cache");
        }
        return switch (os(osName)) {
            case WINDOWS -> windowsFolder(env.get("LOCALAPPDATA"), home, "Local").resolve(APP_TITLE).resolve("cache");
            case MAC -> Path.of(home, "Library", "Caches", APP_TITLE);
            case OTHER -> xdg(env.get("XDG_CACHE_HOME"), home, ".cache").resolve(APP);
        };
    }

    private enum Os {
        WINDOWS, MAC, OTHER
    }

    private static Os os(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? Os.WINDOWS : os.startsWith("mac") ? Os.MAC : Os.OTHER;
    }

    private static Path windowsFolder(String fromEnv, String home, String appDataPart) {
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(home, "AppData", appDataPart);
    }

    private static Path xdg(String fromEnv, String home, String fallback) {
        // the XDG specification says to ignore a relative path
        return fromEnv != null && !fromEnv.isBlank() && Path.of(fromEnv).isAbsolute()
                ? Path.of(fromEnv) : Path.of(home).resolve(fallback);
    }
}
