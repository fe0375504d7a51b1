package io.mskconsole.bench;

import io.mskconsole.packaging.AppImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The start-up benchmark's second yardstick: {@link BareWindow} packed by jpackage as an app image of its own, on
 * the app image's runtime, so it starts through the same kind of native launcher as the app. (On Linux that launcher
 * asks rpm and dpkg which package owns it before it starts Java, which every jpackage app pays.) Built under
 * target/bench on first use.
 */
final class BareImage {
    private static final String NAME = "bare-window";

    private BareImage() {
    }

    /** The bare window's launcher, built now if it is not there yet. */
    static Path launcher(AppImage app) throws IOException, InterruptedException {
        Path dest = Path.of("target", "bench").toAbsolutePath();
        Path launcher = switch (app.os()) {
            case "windows" -> dest.resolve(NAME + "/" + NAME + ".exe");
            case "macos" -> dest.resolve(NAME + ".app/Contents/MacOS/" + NAME);
            default -> dest.resolve(NAME + "/bin/" + NAME);
        };
        if (Files.isExecutable(launcher)) {
            return launcher;
        }
        Path input = dest.resolve("bare-input");
        Files.createDirectories(input);
        String entry = BareWindow.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(input.resolve("bare.jar"));
             JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry(entry));
            try (var in = BareWindow.class.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(jar);
            }
            jar.closeEntry();
        }
        Path jpackage = Path.of(System.getProperty("java.home"), "bin",
                app.os().equals("windows") ? "jpackage.exe" : "jpackage");
        Process build = new ProcessBuilder(List.of(jpackage.toString(), "--type", "app-image", "--name", NAME,
                "--runtime-image", app.runtime().toString(), "--input", input.toString(), "--main-jar", "bare.jar",
                "--main-class", BareWindow.class.getName(), "--dest", dest.toString()))
                .inheritIO().start();
        if (build.waitFor() != 0 || !Files.isExecutable(launcher)) {
            throw new IllegalStateException("jpackage could not build the bare window's app image at " + launcher);
        }
        return launcher;
    }
}
