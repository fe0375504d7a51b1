package io.mskconsole.bench;

import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFiles;
import io.mskconsole.core.trail.TrailSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The year read the way users read it today: {@code aws s3 sync} (the AWS CLI on the PATH, its defaults: 10 requests
 * at a time) of the trail's prefixes into an empty folder, against the stub ({@code --endpoint-url}, the keys and
 * region in the environment, no config or credentials file of this machine read), one prefix after the other, then
 * the folder opened as the app opens one ({@link TrailFiles#read}, MSK API calls and Kafka actions). The peak RSS of
 * each {@code aws} process is taken with {@code /usr/bin/time -f %M} when there is one.
 */
final class TrailS3Cli {
    static final String KEY_ID = "AKIDTRAILS3BENCH0001";
    private static final Path TIME = Path.of("/usr/bin/time");

    /**
     * One sync and open: how long each took, the exit code (the first failure said in {@code failure}), what the
     * folder gave, the bytes written, the largest {@code aws} RSS (KB, -1 unknown), the heap the open took.
     */
    record Run(long syncMillis, long openMillis, int exitCode, String failure, int events, int files, long diskBytes,
               long peakRssKb, HeapWatch.Heap heap, Set<String> ids, Map<String, Integer> requests) {
        Run withRequests(Map<String, Integer> counted) {
            return new Run(syncMillis, openMillis, exitCode, failure, events, files, diskBytes, peakRssKb, heap, ids,
                    counted);
        }

        String describe() {
            if (exitCode != 0) {
                return "aws s3 sync failed (exit " + exitCode + "): " + failure;
            }
            return String.format(Locale.ROOT, "sync %,d ms (%,d files, %.1f MB, aws peak RSS %s), open %,d ms: %,d "
                            + "events at %,d ms; %,d requests %s; open: peak heap +%.1f MB, result holds %.1f MB",
                    syncMillis, files, diskBytes / 1024.0 / 1024.0, peakRssKb < 0 ? "-" : peakRssKb / 1024 + " MB",
                    openMillis, events, syncMillis + openMillis, requests == null ? 0 : requests.values().stream()
                            .mapToInt(Integer::intValue).sum(), requests, heap.peak() / 1024.0 / 1024.0,
                    heap.retained() / 1024.0 / 1024.0);
        }
    }

    private final String endpoint;
    private final String region;
    private final Path work;

    TrailS3Cli(String endpoint, String region, Path work) {
        this.endpoint = endpoint;
        this.region = region;
        this.work = work;
    }

    /** {@code aws --version}'s answer. */
    static String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("aws", "--version").redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return said;
    }

    /** The commands as a person would type them. */
    String command(String bucket, List<String> prefixes) {
        List<String> typed = new ArrayList<>();
        for (String prefix : prefixes) {
            typed.add(String.join(" ", sync(bucket, prefix, Path.of("trail", folder(prefix)))));
        }
        return String.join(" && ", typed) + "; then the folder 'trail' opened (TrailFiles.read, MSK and Kafka)";
    }

    Run syncAndOpen(String bucket, List<String> prefixes) throws IOException, InterruptedException {
        Path into = work.resolve("trail");
        delete(into);
        Files.createDirectories(into);
        long rss = -1;
        int exit = 0;
        String failure = null;
        long start = System.nanoTime();
        for (String prefix : prefixes) {
            Path measured = work.resolve("rss.txt");
            Files.deleteIfExists(measured);
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(TIME)) {
                command.addAll(List.of(TIME.toString(), "-f", "%M", "-o", measured.toString()));
            }
            command.addAll(sync(bucket, prefix, into.resolve(folder(prefix))));
            int code = run(command);
            if (Files.exists(measured)) {
                List<String> lines = Files.readAllLines(measured);
                String kb = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
                rss = kb.matches("\\d+") ? Math.max(rss, Long.parseLong(kb)) : rss;
            }
            if (code != 0 && exit == 0) {
                exit = code;
                failure = String.join(" ", command) + ": " + Files.readString(work.resolve("cli-output.txt")).strip();
            }
        }
        long sync = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long bytes = 0;
        int files = 0;
        try (Stream<Path> walk = Files.walk(into)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
                files++;
            }
        }
        HeapWatch heap = HeapWatch.start();
        long opened = System.nanoTime();
        TrailFiles.Result read = TrailFiles.read(List.of(into), TrailSource.Preset.BOTH);
        long open = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened);
        HeapWatch.Heap used = heap.stop(read);
        Set<String> ids = new HashSet<>();
        read.events().stream().map(TrailEvent::eventId).forEach(ids::add);
        return new Run(sync, open, exit, failure, read.events().size(), files, bytes, rss, used, ids, null);
    }

    private List<String> sync(String bucket, String prefix, Path into) {
        return List.of("aws", "s3", "sync", "s3://" + bucket + "/" + prefix, into.toString(), "--endpoint-url",
                endpoint, "--only-show-errors");
    }

    /** The account's folder for its region folder, the organization's for the organization folder. */
    private static String folder(String prefix) {
        String[] parts = prefix.split("/");
        for (String part : parts) {
            if (part.matches("\\d{12}")) {
                return part;
            }
        }
        return parts[parts.length - 1];
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder process = AwsCliProcess.isolated(new ProcessBuilder(command)
                .redirectErrorStream(true), KEY_ID, region, work);
        process.redirectOutput(work.resolve("cli-output.txt").toFile());
        return process.start().waitFor();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
