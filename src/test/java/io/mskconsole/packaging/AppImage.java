package io.mskconsole.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The app image the build made (target/image/...): its launchers and its runtime, per operating system. The
 * failsafe plugin passes where it is; the benchmark finds it under target/.
 */
public record AppImage(Path root, String os) {
    public static AppImage built() {
        String os = System.getProperty("mskconsole.package.os", defaultOs());
        String root = System.getProperty("mskconsole.image");
        Path image = root != null ? Path.of(root) : Path.of("target", "image", switch (os) {
            case "windows" -> "MSK Console";
            case "macos" -> "MSK Console.app";
            default -> "msk-console";
        });
        if (!Files.isDirectory(image)) {
            throw new IllegalStateException("No app image at " + image.toAbsolutePath()
                    + ": build it first with mvn -B package -DskipTests");
        }
        return new AppImage(image.toAbsolutePath(), os);
    }

    /** The launcher that opens the window. */
    public Path windowLauncher() {
        return switch (os) {
            case "windows" -> root.resolve("MSK Console.exe");
            case "macos" -> root.resolve("Contents/MacOS/MSK Console");
            default -> root.resolve("bin/msk-console");
        };
    }

    /** The launcher of the headless commands. */
    public Path commandLauncher() {
        return switch (os) {
            case "windows" -> root.resolve("msk-console-cli.exe");
            case "macos" -> root.resolve("Contents/MacOS/msk-console-cli");
            default -> root.resolve("bin/msk-console-cli");
        };
    }

    /** The image's own Java runtime. */
    public Path runtime() {
        return switch (os) {
            case "windows" -> root.resolve("runtime");
            case "macos" -> root.resolve("Contents/runtime/Contents/Home");
            default -> root.resolve("lib/runtime");
        };
    }

    public Path java() {
        return runtime().resolve(os.equals("windows") ? "bin/java.exe" : "bin/java");
    }

    /** Where jpackage put the app's jars, its launchers' .cfg files and the class-data-sharing archive. */
    public Path appDir() {
        return switch (os) {
            case "windows" -> root.resolve("app");
            case "macos" -> root.resolve("Contents/app");
            default -> root.resolve("lib/app");
        };
    }

    /** The window launcher's settings, as its .cfg file gives them. */
    public LauncherConfig windowLauncherConfig() throws IOException {
        return launcherConfig(appDir().resolve((os.equals("linux") ? "msk-console" : "MSK Console") + ".cfg"));
    }

    /** The headless launcher's settings, as its .cfg file gives them. */
    public LauncherConfig commandLauncherConfig() throws IOException {
        return launcherConfig(appDir().resolve("msk-console-cli.cfg"));
    }

    private LauncherConfig launcherConfig(Path config) throws IOException {
        List<String> options = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir().toString());
            if (line.startsWith("java-options=")) {
                options.add(value);
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value);
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = value;
            }
        }
        return new LauncherConfig(options, String.join(java.io.File.pathSeparator, classPath), mainClass);
    }

    /** A launcher's Java options, class path and main class. */
    public record LauncherConfig(List<String> javaOptions, String classPath, String mainClass) {
    }

    /** What the window launcher runs, for the image's java to run without the native launcher. */
    public List<String> windowCommandWithoutLauncher() throws IOException {
        LauncherConfig config = windowLauncherConfig();
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(config.javaOptions());
        command.addAll(List.of("-cp", config.classPath(), config.mainClass()));
        return command;
    }

    private static String defaultOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
    }
}
