package io.mskconsole.bench;

import io.mskconsole.packaging.AppImage;
import io.mskconsole.packaging.Display;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Time from launch to the first window shown, for the app image (its native launcher, --smoke-test on the
 * Sandbox) against a bare JavaFX window in the same runtime, alternated in one run so all see the same machine.
 * The bare window runs twice: packed as an app image of its own (the same native launcher, which on Linux first asks
 * rpm and dpkg which package owns it) and by the runtime's java; the app also runs by the runtime's java with its
 * launcher's options and class path, so the launcher's share is seen apart from the app's. Then the app without its
 * class-data-sharing archive, to show what the archive buys. Times are wall-clock, from starting the process to
 * reading its "window shown" line; the clusters-listed time is the Sandbox's list on screen. Also prints the
 * image's and the installers' sizes. Needs the image: run
 * {@code mvn -B -q -DskipTests package exec:java@startup-benchmark} ({@code -Pdist} too for the installers'
 * sizes); on Linux without a desktop it starts its own Xvfb.
 */
public final class StartupBenchmark {
    static final int RUNS = Integer.getInteger("bench.runs", 9);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AppImage image = AppImage.built();
        Path home = Files.createTempDirectory("msk-console-bench");
        List<String> app = List.of(image.windowLauncher().toString(), "--smoke-test");
        List<String> appJava = new ArrayList<>(image.windowCommandWithoutLauncher());
        appJava.add("--smoke-test");
        List<String> bare = List.of(image.java().toString(), "-cp", classesOf(BareWindow.class),
                BareWindow.class.getName());
        List<String> bareImage = List.of(BareImage.launcher(image).toString());
        Times appTimes = new Times();
        Times appJavaTimes = new Times();
        Times bareTimes = new Times();
        Times bareImageTimes = new Times();
        Times noCdsTimes = new Times();
        try (Display display = Display.open().require()) {
            Map<String, String> env = new java.util.HashMap<>(display.environment());
            env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
            env.put("XDG_STATE_HOME", home.resolve("state").toString());
            Map<String, String> noCds = new java.util.HashMap<>(env);
            noCds.put("JAVA_TOOL_OPTIONS", "-Xshare:off");
            // first starts unpack JavaFX's native libraries and warm the file cache: not counted
            time(bare, env);
            time(app, env);
            time(bareImage, env);
            for (int run = 0; run < RUNS; run++) {
                bareImageTimes.add(time(bareImage, env));
                appTimes.add(time(app, env));
                bareTimes.add(time(bare, env));
                appJavaTimes.add(time(appJava, env));
                noCdsTimes.add(time(app, noCds));
            }
        }
        System.out.printf(Locale.ROOT, "Launch to first window shown, %d runs each, alternated (ms):%n", RUNS);
        System.out.println(row("bare JavaFX window, its own app image", bareImageTimes.shown));
        System.out.println(row("MSK Console app image", appTimes.shown));
        System.out.println(row("bare JavaFX window, runtime's java", bareTimes.shown));
        System.out.println(row("MSK Console, runtime's java", appJavaTimes.shown));
        System.out.println(row("MSK Console app image, CDS off", noCdsTimes.shown));
        System.out.println(row("MSK Console app image: clusters listed", appTimes.listed));
        System.out.printf(Locale.ROOT, "Ratio app / bare window (medians), both app images: %.2f (target at most 1.30)%n",
                (double) median(appTimes.shown) / median(bareImageTimes.shown));
        System.out.printf(Locale.ROOT, "Ratio app / bare window (medians), both by the runtime's java: %.2f%n",
                (double) median(appJavaTimes.shown) / median(bareTimes.shown));
        System.out.printf(Locale.ROOT, "The native launcher's own share (medians): %d ms%n",
                median(bareImageTimes.shown) - median(bareTimes.shown));
        System.out.printf(Locale.ROOT, "App image on disk: %.1f MB (runtime %.1f MB)%n", megabytes(image.root()),
                megabytes(image.runtime()));
        Path dist = Path.of("target", "dist");
        if (Files.isDirectory(dist)) {
            try (Stream<Path> installers = Files.list(dist)) {
                for (Path installer : installers.sorted().toList()) {
                    System.out.printf(Locale.ROOT, "%s: %.1f MB%s%n", installer.getFileName(),
                            Files.size(installer) / 1_000_000.0, installedSize(installer));
                }
            }
        }
    }

    private static String row(String label, List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "  %-40s median %5d   min %5d   max %5d", label, median(times),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** One command's times: to its window shown, and (for the app) to the Sandbox's clusters listed. */
    private static final class Times {
        final List<Long> shown = new ArrayList<>();
        final List<Long> listed = new ArrayList<>();

        void add(long[] times) {
            shown.add(times[0]);
            if (times[1] >= 0) {
                listed.add(times[1]);
            }
        }
    }

    /**
     * Milliseconds from starting the process to its "window shown" line, and to its "passed" line (-1 if none); the
     * process is then left to finish.
     */
    private static long[] time(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        // a launch that hangs must end the run with an error, not stall it: the read below ends when it is killed
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        long shown = -1;
        long listed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (shown < 0 && line.contains("window shown ms=")) {
                    shown = (System.nanoTime() - start) / 1_000_000;
                }
                if (listed < 0 && line.contains("smoke-test: passed")) {
                    listed = (System.nanoTime() - start) / 1_000_000;
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (shown < 0 || process.exitValue() != 0) {
            throw new IllegalStateException(command + " did not show its window (exit " + process.exitValue() + ")");
        }
        return new long[] {shown, listed};
    }

    private static String classesOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static double megabytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum() / 1_000_000.0;
        }
    }

    private static String installedSize(Path installer) throws IOException, InterruptedException {
        if (!installer.toString().endsWith(".deb")) {
            return "";
        }
        Process dpkg = new ProcessBuilder("dpkg-deb", "-f", installer.toString(), "Installed-Size").start();
        String kilobytes = new String(dpkg.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        dpkg.waitFor();
        return kilobytes.isEmpty() ? "" : String.format(Locale.ROOT, " (installed: %.1f MB)",
                Long.parseLong(kilobytes) / 1000.0);
    }
}
