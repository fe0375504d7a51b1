package io.mskconsole.bench;

import io.mskconsole.packaging.AppImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.mskconsole.core.concurrent.Pause;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 20: the headless commands' start-up against the AWS CLI's for the same answers, in one run, alternating,
 * against a local AWS-shaped endpoint ({@link CliStartupStub}, every answer after {@code bench.latencyMs}, 50 ms).
 * Each round runs, one after the other, the installed launcher ({@code bin/msk-console-cli}) and the AWS CLI for:
 * <ul>
 *   <li>{@code clusters --region us-east-1 --format json} / {@code aws kafka list-clusters-v2};</li>
 *   <li>{@code logging export --cluster ARN} / {@code aws kafka describe-cluster-v2 --cluster-arn ARN} (what export
 *       reads);</li>
 *   <li>{@code logging check --cluster ARN --file F} (CloudWatch Logs) / the AWS CLI has no such command: the 8
 *       calls the check makes, as one {@code aws} command each (kafka describe-cluster-v2, sts get-caller-identity,
 *       logs describe-resource-policies and describe-log-groups, and iam simulate-principal-policy once per resource
 *       as the app asks), one after the other, summed; both also per request;</li>
 *   <li>{@code trail --since 1h --format json} / {@code aws cloudtrail lookup-events} of the same hour for
 *       kafka.amazonaws.com and kafka-cluster.amazonaws.com (the app makes both lookups), summed.</li>
 * </ul>
 * One warm-up round (not counted, its requests printed), then {@code bench.runs} (9) rounds. Per process: wall time
 * from start to exit (System.nanoTime around start and waitFor, under {@code /usr/bin/time -f %M -o FILE}, which
 * also gives the peak RSS), the exit code, and the requests the stub saw. Every process gets fake keys, region
 * us-east-1, {@code AWS_ENDPOINT_URL} the stub, config and credentials files that do not exist, and HOME and the XDG
 * folders in a temporary folder (the app's settings, logs and LookupEvents cache there, kept across the runs as a
 * user's would be); JAVA_TOOL_OPTIONS and JDK_JAVA_OPTIONS are removed. Measures and prints; judges no time, but
 * exits non-zero if the app's clusters, export or trail did not exit 0.
 *
 * <p>With {@code -Dbench.variants=true}, instead: {@code clusters} by the launcher and by the image's own java with
 * the launcher's class path and options (as they are, plus {@code -XX:TieredStopAtLevel=1}, plus
 * {@code -XX:+UseSerialGC}, plus both, plus {@code -Xshare:off}), alternating, to see each option's effect.
 *
 * <p>Needs the image: {@code ./mvnw -B -q -DskipTests package exec:java@cli-startup-benchmark}
 * ({@code -Dbench.runs=9 -Dbench.latencyMs=50 -Dbench.variants=true}).
 */
public final class CliStartupBenchmark {
    static final int RUNS = Integer.getInteger("bench.runs", 9);
    static final int LATENCY_MS = Integer.getInteger("bench.latencyMs", 50);
    static final boolean VARIANTS = Boolean.getBoolean("bench.variants");
    /** Print what each command printed in the warm-up run (stdout, then stderr), to see the answers. */
    static final boolean SHOW = Boolean.getBoolean("bench.show");
    static final String KEY_ID = "AKIDCLISTARTUPBENCH1";
    static final String REGION = "us-east-1";
    private static final Path TIME = Path.of("/usr/bin/time");

    /** What to run for one row: one or more processes, one after the other, their times summed. */
    record Job(String label, List<List<String>> commands) {
        static Job of(String label, List<String> command) {
            return new Job(label, List.of(command));
        }
    }

    /** A row of the table: a command of the app and the AWS CLI's command(s) for the same answer. */
    record Row(String label, Job app, String awsLabel, Job aws) {
    }

    /** One run of a job: wall time (summed), peak RSS (the largest, KB, -1 unknown), exit (first non-zero). */
    record Sample(long nanos, long peakKb, int exit, List<String> requests, String failure) {
    }

    private final CliStartupStub stub;
    private final Path work;
    private final Map<String, String> env;

    private CliStartupBenchmark(CliStartupStub stub, Path work, Map<String, String> env) {
        this.stub = stub;
        this.work = work;
        this.env = env;
    }

    public static void main(String[] args) throws Exception {
        // a benchmark measures the wall clock: the real one, handed to what asks the time or waits
        run(Clock.systemUTC(), Pause.REAL);
    }

    static void run(Clock clock, Pause pause) throws Exception {
        AppImage image = AppImage.built();
        AppImage.LauncherConfig config = image.commandLauncherConfig();
        Path work = Files.createTempDirectory("cli-startup-bench");
        try (CliStartupStub stub = new CliStartupStub(LATENCY_MS, pause)) {
            CliStartupBenchmark bench = new CliStartupBenchmark(stub, work, environment(work, stub.url()));
            System.out.printf(Locale.ROOT, "Headless start-up (issue 20): %d runs each after 1 warm-up, alternated; "
                            + "%s; %d cores%n", RUNS, stub, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "  runtime: %s%n", firstLine(image.java().toString(), "-version"));
            System.out.printf(Locale.ROOT, "  msk-console-cli's JVM options (lib/app/msk-console-cli.cfg): %s%n",
                    String.join(" ", config.javaOptions()).replace(image.appDir().toString(), "$APPDIR"));
            System.out.printf(Locale.ROOT, "  peak memory: %s%n", Files.isExecutable(TIME)
                    ? "max RSS from /usr/bin/time -f %M (KB / 1024 = MB)" : "not measured (no /usr/bin/time)");
            if (VARIANTS) {
                bench.variants(image, config);
            } else {
                bench.compare(image, clock);
            }
        }
    }

    private void compare(AppImage image, Clock clock) throws Exception {
        if (!AwsCliProcess.installed()) {
            throw new IllegalStateException("No aws on the PATH: the AWS CLI is the yardstick of this benchmark");
        }
        String aws = CliStartupAws.executable();
        System.out.printf(Locale.ROOT, "  AWS CLI: %s (%s)%n", firstLine(aws, "--version"), aws);
        Path loggingFile = work.resolve("logging-info.json");
        Files.writeString(loggingFile, "{\"BrokerLogs\": {\"CloudWatchLogs\": {\"Enabled\": true, \"LogGroup\": "
                + "\"/msk/" + CliStartupStub.NAME + "\"}, \"Firehose\": {\"Enabled\": false}, \"S3\": {\"Enabled\": "
                + "false}}}\n");
        String cli = image.commandLauncher().toString();
        String arn = CliStartupStub.ARN;
        Instant end = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant start = end.minus(1, ChronoUnit.HOURS);
        List<String> endpoint = List.of("--endpoint-url", stub.url(), "--region", REGION, "--output", "json");
        List<Row> rows = List.of(
                new Row("clusters", Job.of("msk-console-cli clusters", List.of(cli, "clusters", "--region", REGION,
                        "--format", "json")),
                        "kafka list-clusters-v2", Job.of("aws kafka list-clusters-v2",
                        CliStartupAws.command(aws, endpoint, "kafka", "list-clusters-v2"))),
                new Row("logging export", Job.of("msk-console-cli logging export", List.of(cli, "logging", "export",
                        "--cluster", arn, "--region", REGION)),
                        "kafka describe-cluster-v2", Job.of("aws kafka describe-cluster-v2",
                        CliStartupAws.command(aws, endpoint, "kafka", "describe-cluster-v2", "--cluster-arn", arn))),
                new Row("logging check", Job.of("msk-console-cli logging check", List.of(cli, "logging", "check",
                        "--cluster", arn, "--file", loggingFile.toString(), "--region", REGION)),
                        "its 8 calls, 8 aws commands", new Job("aws: the check's 8 calls",
                        CliStartupAws.checkCalls(aws, endpoint, arn))),
                new Row("trail --since 1h", Job.of("msk-console-cli trail --since 1h", List.of(cli, "trail", "--since",
                        "1h", "--region", REGION, "--format", "json")),
                        "cloudtrail lookup-events x2", new Job("aws cloudtrail lookup-events x2", List.of(
                        CliStartupAws.lookup(aws, endpoint, start, end, "kafka.amazonaws.com"),
                        CliStartupAws.lookup(aws, endpoint, start, end, "kafka-cluster.amazonaws.com")))));
        List<Job> jobs = new ArrayList<>();
        rows.forEach(row -> jobs.addAll(List.of(row.app(), row.aws())));
        Map<Job, List<Sample>> samples = rounds(jobs);
        System.out.printf(Locale.ROOT, "%nMedians of %d runs (ms: wall time from process start to exit; MB: peak "
                + "RSS; req: requests the stub saw per run; ratio: MSK Console / AWS CLI):%n", RUNS);
        String columns = "  %-16s | %-12s %6s %5s %3s | %-28s %6s %5s %3s | %5s | %s%n";
        System.out.printf(Locale.ROOT, columns, "command", "MSK Console", "ms", "MB", "req", "AWS CLI", "ms", "MB",
                "req", "ratio", "ms per request");
        boolean failed = false;
        for (Row row : rows) {
            List<Sample> app = samples.get(row.app());
            List<Sample> cliRuns = samples.get(row.aws());
            long appMs = medianMillis(app);
            long awsMs = medianMillis(cliRuns);
            int appReq = medianRequests(app);
            int awsReq = medianRequests(cliRuns);
            System.out.printf(Locale.ROOT, "  %-16s | %-12s %6d %5.0f %3d | %-28s %6d %5.0f %3d | %5.2f | %4.0f app, "
                            + "%3.0f aws%s%s%n", row.label(), "", appMs, medianMb(app), appReq, row.awsLabel(), awsMs,
                    medianMb(cliRuns), awsReq, (double) appMs / awsMs, (double) appMs / Math.max(1, appReq),
                    (double) awsMs / Math.max(1, awsReq), exits("app", app), exits("aws", cliRuns));
            // logging check exits 1 on an error finding: a meaningful answer, not a failed run
            boolean check = row.label().equals("logging check");
            failed |= app.stream().anyMatch(run -> run.exit() != 0 && !(check && run.exit() == 1));
        }
        System.out.println("  exit codes (each run's, distinct) and min-max ms:");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "    %-16s MSK Console exit %s, %s ms; AWS CLI exit %s, %s ms%n",
                    row.label(), exitCodes(samples.get(row.app())), range(samples.get(row.app())),
                    exitCodes(samples.get(row.aws())), range(samples.get(row.aws())));
        }
        System.out.println("  logging check: the AWS CLI has no such command; its row runs the 8 calls the check "
                + "makes as 8 aws commands, one after the other (the app makes them in one process, several at "
                + "once): compare per request too.");
        System.out.println("  trail: the app paces LookupEvents at CloudTrail's 2 calls a second per region (from rest "
                + "its two first calls leave at once) and first asks STS who the caller is (the LookupEvents cache "
                + "is per account); the AWS CLI's two commands just run one after the other.");
        for (Map.Entry<Job, List<Sample>> entry : samples.entrySet()) {
            entry.getValue().stream().filter(s -> s.failure() != null).findFirst().ifPresent(s ->
                    System.out.printf(Locale.ROOT, "  %s: exit %d: %s%n", entry.getKey().label(), s.exit(),
                            s.failure()));
        }
        if (failed) {
            throw new IllegalStateException("An MSK Console command did not exit 0 (see above)");
        }
    }

    private void variants(AppImage image, AppImage.LauncherConfig config) throws Exception {
        List<String> clusters = List.of("clusters", "--region", REGION, "--format", "json");
        List<String> launcher = new ArrayList<>(List.of(image.commandLauncher().toString()));
        launcher.addAll(clusters);
        Map<String, List<String>> extras = new LinkedHashMap<>();
        extras.put("the cfg's options as they are", List.of());
        extras.put("+ -XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"));
        extras.put("+ -XX:+UseSerialGC", List.of("-XX:+UseSerialGC"));
        extras.put("+ both", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        extras.put("+ -Xshare:off", List.of("-Xshare:off"));
        List<Job> jobs = new ArrayList<>();
        jobs.add(Job.of("bin/msk-console-cli (the launcher)", launcher));
        for (Map.Entry<String, List<String>> extra : extras.entrySet()) {
            List<String> command = new ArrayList<>(List.of(image.java().toString()));
            // the cfg's options in its order, then the variant's: a later option wins
            command.addAll(config.javaOptions());
            command.addAll(extra.getValue());
            command.addAll(List.of("-cp", config.classPath(), config.mainClass()));
            command.addAll(clusters);
            jobs.add(Job.of("lib/runtime/bin/java, " + extra.getKey(), command));
        }
        Map<Job, List<Sample>> samples = rounds(jobs);
        System.out.printf(Locale.ROOT, "%nclusters --region %s --format json, %d runs each, alternated (the image's "
                + "java with msk-console-cli.cfg's class path and main class %s):%n", REGION, RUNS, config.mainClass());
        long base = medianMillis(samples.get(jobs.get(1)));
        for (Job job : jobs) {
            List<Sample> runs = samples.get(job);
            System.out.printf(Locale.ROOT, "  %-52s median %5d ms (%s)  peak %4.0f MB  %+5d ms against the cfg's "
                    + "options%s%n", job.label(), medianMillis(runs), range(runs), medianMb(runs),
                    medianMillis(runs) - base, exits("", runs));
        }
        System.out.printf(Locale.ROOT, "  the native launcher's own share (launcher - java with the cfg's options, "
                + "medians): %d ms%n", medianMillis(samples.get(jobs.get(0))) - base);
    }

    /** One warm-up round (its requests printed), then RUNS rounds, each job once a round in the order given. */
    private Map<Job, List<Sample>> rounds(List<Job> jobs) throws IOException, InterruptedException {
        Map<Job, List<Sample>> samples = new LinkedHashMap<>();
        System.out.println("\nRequests of each command (warm-up run, not counted):");
        for (Job job : jobs) {
            Sample warm = run(job);
            System.out.printf(Locale.ROOT, "  %-52s exit %d, %5d ms, %d: %s%n", job.label(), warm.exit(),
                    warm.nanos() / 1_000_000, warm.requests().size(), summary(warm.requests()));
            if (SHOW) {
                System.out.println(Files.readString(work.resolve("out.txt")).indent(6)
                        + Files.readString(work.resolve("err.txt")).indent(6));
            }
            samples.put(job, new ArrayList<>());
        }
        for (int round = 0; round < RUNS; round++) {
            for (Job job : jobs) {
                samples.get(job).add(run(job));
            }
        }
        return samples;
    }

    private Sample run(Job job) throws IOException, InterruptedException {
        stub.take();
        long nanos = 0;
        long peak = -1;
        int exit = 0;
        String failure = null;
        for (List<String> command : job.commands()) {
            Path peakFile = work.resolve("peak.txt");
            Files.deleteIfExists(peakFile);
            List<String> full = new ArrayList<>();
            if (Files.isExecutable(TIME)) {
                full.addAll(List.of(TIME.toString(), "-f", "%M", "-o", peakFile.toString()));
            }
            full.addAll(command);
            Path out = work.resolve("out.txt");
            Path err = work.resolve("err.txt");
            ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            long began = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            nanos += System.nanoTime() - began;
            int code = process.exitValue();
            if (code != 0 && exit == 0) {
                exit = code;
                failure = String.join(" ", command).replace(stub.url(), "STUB") + ": "
                        + tail(Files.readString(err, StandardCharsets.UTF_8));
            }
            peak = Math.max(peak, peakKb(peakFile));
        }
        return new Sample(nanos, peak, exit, stub.take(), failure);
    }

    /** The environment of every process: the stub's keys, region and endpoint; no file or folder of this user. */
    private static Map<String, String> environment(Path work, String endpoint) throws IOException {
        ProcessBuilder builder = AwsCliProcess.isolated(new ProcessBuilder(), KEY_ID, REGION, work);
        Map<String, String> env = new LinkedHashMap<>(builder.environment());
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        env.put("AWS_ENDPOINT_URL", endpoint);
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Path home = Files.createDirectories(work.resolve("home"));
        env.put("HOME", home.toString());
        for (String[] xdg : new String[][] {{"XDG_CONFIG_HOME", ".config"}, {"XDG_STATE_HOME", ".local/state"},
                {"XDG_CACHE_HOME", ".cache"}, {"XDG_DATA_HOME", ".local/share"}}) {
            env.put(xdg[0], home.resolve(xdg[1]).toString());
        }
        return env;
    }

    static String firstLine(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor();
        return text.lines().findFirst().orElse("");
    }

    private static long peakKb(Path file) throws IOException {
        if (!Files.exists(file)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        try {
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(lines.size() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The requests, in order, with repeats counted: "kafka GET /api/v2/clusters, sts GetCallerIdentity x2". */
    private static String summary(List<String> requests) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        requests.forEach(r -> counts.merge(r.length() > 90 ? r.substring(0, 90) + "..." : r, 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getKey()
                + (e.getValue() > 1 ? " x" + e.getValue() : "")).toList());
    }

    private static String exits(String who, List<Sample> samples) {
        List<Integer> codes = samples.stream().map(Sample::exit).filter(code -> code != 0).distinct().toList();
        return codes.isEmpty() ? "" : String.format(Locale.ROOT, "  %s exit %s in %d of %d runs", who, codes,
                samples.stream().filter(s -> s.exit() != 0).count(), samples.size());
    }

    private static int medianRequests(List<Sample> samples) {
        return (int) median(samples.stream().map(s -> (long) s.requests().size()).toList());
    }

    private static String exitCodes(List<Sample> samples) {
        return String.join("/", samples.stream().map(run -> String.valueOf(run.exit())).distinct().toList());
    }

    private static long medianMillis(List<Sample> samples) {
        return median(samples.stream().map(Sample::nanos).toList()) / 1_000_000;
    }

    private static double medianMb(List<Sample> samples) {
        return median(samples.stream().map(Sample::peakKb).toList()) / 1024.0;
    }

    private static String range(List<Sample> samples) {
        List<Long> sorted = new ArrayList<>(samples.stream().map(Sample::nanos).toList());
        Collections.sort(sorted);
        return sorted.get(0) / 1_000_000 + "-" + sorted.get(sorted.size() - 1) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return StartupBenchmark.median(values);
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() > 400 ? "..." + stripped.substring(stripped.length() - 400) : stripped;
    }
}
