import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the app's class-data-sharing archive (application CDS) in the app image: a dynamic archive, on top of the
 * runtime's own, of the library and app classes in packaging/cds/app-classlist, parsed and verified once here so
 * each start maps them instead of reading jars. It is made by a training run ({@code io.mskconsole.app.CdsTraining}
 * with {@code -XX:ArchiveClassesAtExit}) on the class path of the window launcher's .cfg file, in its order, with
 * the jars where jpackage put them: Java 17 takes the archive only with that same class path. Where it does not
 * hold (the image installed elsewhere, a jar changed), Java quietly starts on the runtime's archive alone, as
 * without it. The class list is copied next to the archive, so the Linux package's install script can make it again
 * where the app is installed. The window's launcher points at it with
 * {@code -XX:SharedArchiveFile=$APPDIR/msk-console.jsa}.
 *
 * <p>The headless launcher has an archive of its own, {@code msk-console-cli.jsa}, made the same way by another
 * training run ({@code io.mskconsole.app.CliCdsTraining}) that runs the commands pipelines run most, against a
 * stand-in for AWS on the loopback: what a command loads (the AWS SDK's clients, signing, HTTP, parsers) is not
 * what the window loads first.
 *
 * <p>Run by the build with the JDK's single-file launcher:
 * {@code java packaging/tools/AppCds.java IMAGE RUNTIME_JAVA CLASSLIST}
 */
public final class AppCds {
    static final String ARCHIVE = "msk-console.jsa";
    static final String CLASS_LIST = "msk-console.classlist";
    static final String MAIN_CLASS = "io.mskconsole.app.Launcher";
    static final String TRAINING = "io.mskconsole.app.CdsTraining";
    static final String CLI_ARCHIVE = "msk-console-cli.jsa";
    static final String CLI_TRAINING = "io.mskconsole.app.CliCdsTraining";

    public static void main(String[] args) throws IOException, InterruptedException {
        Path image = Path.of(args[0]);
        Path runtimeJava = Path.of(args[1]);
        Path config = launcherConfig(image);
        Path appDir = config.getParent();
        Path classList = appDir.resolve(CLASS_LIST);
        Files.copy(Path.of(args[2]), classList, StandardCopyOption.REPLACE_EXISTING);
        List<String> classPath = classPath(config, appDir);
        dump(runtimeJava, appDir.resolve(ARCHIVE), classPath, TRAINING, classList.toAbsolutePath().toString());
        dump(runtimeJava, appDir.resolve(CLI_ARCHIVE), classPath, CLI_TRAINING);
    }

    /** Runs a training with -XX:ArchiveClassesAtExit on the class path; the archive is left read by all. */
    static void dump(Path runtimeJava, Path archive, List<String> classPath, String training, String... args)
            throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        Path log = Files.createTempFile("app-cds", ".log");
        List<String> command = new ArrayList<>(List.of(runtimeJava.toString(), "-XX:ArchiveClassesAtExit="
                + archive.toAbsolutePath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Djava.awt.headless=true",
                "-cp", String.join(java.io.File.pathSeparator, classPath), training));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the headless training talks to a stand-in on the loopback: no proxy of the build machine's may take it
        builder.environment().keySet().removeIf(name -> name.equalsIgnoreCase("http_proxy")
                || name.equalsIgnoreCase("https_proxy") || name.equalsIgnoreCase("no_proxy")
                || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
        Process dump = builder.start();
        int exit = dump.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (exit != 0 || !Files.isRegularFile(archive)) {
            System.err.println(output);
            throw new IllegalStateException("AppCds: the archive dump failed (exit " + exit + ")");
        }
        System.out.printf("AppCds: %s: %.1f MB (%s)%n", archive, Files.size(archive) / 1e6, output.strip());
    }

    /** The window launcher's .cfg: jpackage writes one per launcher next to the app's jars. */
    static Path launcherConfig(Path image) throws IOException {
        try (Stream<Path> files = Files.walk(image)) {
            for (Path cfg : files.filter(f -> f.getFileName().toString().endsWith(".cfg")).toList()) {
                if (Files.readAllLines(cfg, StandardCharsets.UTF_8).contains("app.mainclass=" + MAIN_CLASS)) {
                    return cfg;
                }
            }
        }
        throw new IllegalStateException("AppCds: no launcher .cfg with app.mainclass=" + MAIN_CLASS + " in " + image);
    }

    /** The class path exactly as the launcher gives it: its order matters to the archive. */
    static List<String> classPath(Path config, Path appDir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                String entry = line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString());
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("AppCds: no app.classpath in " + config);
        }
        return entries;
    }

    private AppCds() {
    }
}
