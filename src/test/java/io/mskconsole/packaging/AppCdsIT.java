package io.mskconsole.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's launchers start on the app's class-data-sharing archive: the app's own classes come from it. Where it
 * does not hold (the image moved elsewhere, as an installer puts it; a jar changed), they start quietly on the
 * runtime's own archive; the training run the Linux package's install script makes there makes it hold again.
 */
class AppCdsIT {
    private final AppImage image = AppImage.built();

    @TempDir
    Path work;

    @Test
    void theCommandLauncherLoadsTheAppAndTheAwsSdkFromItsOwnArchive() throws Exception {
        assertThat(image.appDir().resolve("msk-console.jsa")).isRegularFile();
        assertThat(image.appDir().resolve("msk-console-cli.jsa")).isRegularFile();

        // trained on the commands, the SDK's client classes included, which the window's archive does not hold
        assertThat(classSources(image)).contains("io.mskconsole.app.CommandLauncher source: shared objects file",
                "io.mskconsole.cli.MskConsoleCli source: shared objects file");
        assertThat(image.commandLauncherConfig().javaOptions()).contains("-XX:SharedArchiveFile="
                + image.appDir().resolve("msk-console-cli.jsa"));
    }

    @Test
    void movedElsewhereItStartsQuietlyOnTheRuntimesArchiveUntilTheTrainingRunsThere() throws Exception {
        AppImage moved = new AppImage(copy(image.root(), work.resolve("elsewhere/msk")), image.os());

        String before = classSources(moved);

        assertThat(before).contains("io.mskconsole.app.CommandLauncher source: file:",
                "java.lang.Object source: shared objects file");

        train(moved);

        assertThat(classSources(moved)).contains("io.mskconsole.app.CommandLauncher source: shared objects file");
    }

    @Test
    void aChangedJarStartsWithoutTheAppArchiveInsteadOfFailing() throws Exception {
        AppImage changed = new AppImage(copy(image.root(), work.resolve("changed")), image.os());
        train(changed);
        try (Stream<Path> jars = Files.list(changed.appDir())) {
            Path jar = jars.filter(p -> p.getFileName().toString().startsWith("picocli")).findFirst().orElseThrow();
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        }

        String sources = classSources(changed);

        assertThat(sources).contains("io.mskconsole.app.CommandLauncher source: file:",
                "java.lang.Object source: shared objects file");
    }

    /** What the Linux package's install script does where the app is installed: the training runs, there. */
    private void train(AppImage target) throws IOException, InterruptedException {
        Path archive = target.appDir().resolve("msk-console.jsa");
        Files.delete(archive);
        List<String> command = List.of(target.java().toString(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp", target.windowLauncherConfig().classPath(),
                "io.mskconsole.app.CdsTraining", target.appDir().resolve("msk-console.classlist").toString());
        Launch launch = Launch.run(command, Map.of(), work.resolve("home"), 120);
        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).contains("CdsTraining:");
        Path cliArchive = target.appDir().resolve("msk-console-cli.jsa");
        Files.delete(cliArchive);
        Launch cli = Launch.run(List.of(target.java().toString(), "-XX:ArchiveClassesAtExit=" + cliArchive,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Djava.awt.headless=true", "-cp",
                target.windowLauncherConfig().classPath(), "io.mskconsole.app.CliCdsTraining"), Map.of(),
                work.resolve("home"), 120);
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        assertThat(cli.out()).contains("CliCdsTraining: exit codes 0 0 0 0 0 0 0");
    }

    /** Runs {@code msk-console-cli --version} with class loading logged to a file, and returns that log. */
    private String classSources(AppImage target) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "classes", ".log");
        Launch launch = Launch.run(List.of(target.commandLauncher().toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), work.resolve("home"), 90);
        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).contains("msk-console");
        // nothing but the JVM's note that it picked up the options: no archive warning for a person to puzzle over
        assertThat(launch.err().lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS")))
                .as(launch.err()).isEmpty();
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** Copies a folder with its files' times, as installers keep them. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
