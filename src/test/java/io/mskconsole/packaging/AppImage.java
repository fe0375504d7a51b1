package io.mskconsole.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private static String defaultOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
    }
}
