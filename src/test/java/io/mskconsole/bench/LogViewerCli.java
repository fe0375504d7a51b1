package io.mskconsole.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The same 15 minutes read the way people read them today, with the AWS CLI against the same stub: the keys and region
 * in the environment (and no config or credentials file of this machine read), {@code --endpoint-url} the stub.
 * CloudWatch Logs: {@code aws logs filter-log-events} over the group between the two times (the CLI pages by itself),
 * its JSON written to a file. S3: {@code aws s3 cp --recursive} of each hour folder the range touches, then
 * {@code gunzip -r}. Neither merges the brokers' lines by time nor joins stack traces to their entries.
 */
final class LogViewerCli {
    static final String KEY_ID = "AKIDLOGVIEWERBENCH01";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One run: the command as a person would type it, how long it took, whether it ended well, what it left. */
    record Run(String command, long millis, int exitCode, String read) {
    }

    private final String endpoint;
    private final String region;
    private final Path work;

    LogViewerCli(String endpoint, String region, Path work) {
        this.endpoint = endpoint;
        this.region = region;
        this.work = work;
    }

    /** {@code aws logs filter-log-events} from {@code from} to the last millisecond before {@code to}. */
    Run filterLogEvents(String group, Instant from, Instant to) throws IOException, InterruptedException {
        Path out = work.resolve("events.json");
        List<String> command = List.of("aws", "logs", "filter-log-events", "--log-group-name", group,
                "--start-time", String.valueOf(from.toEpochMilli()), "--end-time",
                String.valueOf(to.toEpochMilli() - 1), "--endpoint-url", endpoint, "--output", "json");
        long start = System.nanoTime();
        int exit = run(command, out);
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int events = exit == 0 ? JSON.readTree(out.toFile()).path("events").size() : 0;
        return new Run(String.join(" ", command) + " > events.json", took, exit, events + " events (JSON)");
    }

    /** {@code aws s3 cp --recursive} of each folder into a fresh directory, then {@code gunzip -r} of it. */
    Run copyAndGunzip(String bucket, List<String> folders) throws IOException, InterruptedException {
        Path into = work.resolve("s3");
        delete(into);
        Files.createDirectories(into);
        List<String> typed = new ArrayList<>();
        long start = System.nanoTime();
        int exit = 0;
        for (String folder : folders) {
            String hour = folder.substring(folder.lastIndexOf('/', folder.length() - 2) + 1, folder.length() - 1);
            List<String> command = List.of("aws", "s3", "cp", "--recursive", "s3://" + bucket + "/" + folder,
                    into.resolve(hour).toString(), "--endpoint-url", endpoint, "--only-show-errors");
            typed.add(String.join(" ", command).replace(into.toString(), "logs"));
            exit = Math.max(exit, run(command, null));
        }
        List<String> gunzip = List.of("gunzip", "-r", into.toString());
        typed.add("gunzip -r logs");
        exit = Math.max(exit, run(gunzip, null));
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long files;
        long lines = 0;
        try (Stream<Path> walk = Files.walk(into)) {
            List<Path> logs = walk.filter(Files::isRegularFile).toList();
            files = logs.size();
            for (Path log : logs) {
                try (Stream<String> of = Files.lines(log)) {
                    lines += of.count();
                }
            }
        }
        return new Run(String.join(" && ", typed), took, exit, files + " objects, " + lines + " lines (the whole "
                + "hours)");
    }

    private int run(List<String> command, Path output) throws IOException, InterruptedException {
        ProcessBuilder process = AwsCliProcess.isolated(new ProcessBuilder(command)
                .redirectErrorStream(output == null), KEY_ID, region, work);
        if (output != null) {
            process.redirectOutput(output.toFile()).redirectError(work.resolve("cli-errors.txt").toFile());
        } else {
            process.redirectOutput(work.resolve("cli-output.txt").toFile());
        }
        int exit = process.start().waitFor();
        if (exit != 0) {
            Path said = output != null ? work.resolve("cli-errors.txt") : work.resolve("cli-output.txt");
            System.out.println(String.join(" ", command) + " failed (" + exit + "): " + Files.readString(said).strip());
        }
        return exit;
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
