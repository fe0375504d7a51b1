package io.mskconsole.app.desktop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark theme, where it can be read: GNOME's colour scheme or GTK theme name on
 * Linux, "AppsUseLightTheme" in the Windows registry, the global AppleInterfaceStyle on macOS. Runs a small
 * process (at most two seconds): never on the JavaFX thread. Empty when it cannot tell.
 */
public final class SystemTheme {
    /** Runs a command and returns what it printed, or empty when it could not run or failed. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> env;
    private final Commands commands;

    public SystemTheme(String osName, Map<String, String> env, Commands commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    public static SystemTheme ofThisMachine() {
        return new SystemTheme(System.getProperty("os.name", ""), System.getenv(), SystemTheme::runProcess);
    }

    public Optional<Boolean> prefersDark() {
        if (osName.startsWith("windows")) {
            return commands.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes"
                    + "\\Personalize", "/v", "AppsUseLightTheme")).flatMap(SystemTheme::windowsDark);
        }
        if (osName.startsWith("mac")) {
            // the key exists only while dark mode is on: a failed read means light
            return Optional.of(commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false));
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return Optional.of(gtkTheme.toLowerCase(Locale.ROOT).contains("dark"));
        }
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return Optional.of(true);
        }
        Optional<String> theme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface",
                "gtk-theme"));
        if (theme.isPresent()) {
            return Optional.of(theme.get().toLowerCase(Locale.ROOT).contains("dark"));
        }
        return scheme.map(out -> false);
    }

    static Optional<Boolean> windowsDark(String regOutput) {
        for (String line : regOutput.lines().toList()) {
            if (line.contains("AppsUseLightTheme")) {
                return Optional.of(line.trim().endsWith("0x0"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> runProcess(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
