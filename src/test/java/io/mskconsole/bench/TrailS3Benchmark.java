package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFiles;
import io.mskconsole.core.trail.TrailSource;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailBucketRead;
import io.mskconsole.core.trailbucket.TrailInfo;
import io.mskconsole.core.trailbucket.TrailLayout;
import io.mskconsole.core.trailcache.DiskTrailFileCache;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Reading a year of CloudTrail history from S3: MSK Console against what users do today, in the same run, against a
 * local stub bucket ({@link TrailS3Stub}) holding a year of an organization trail's files for two accounts in one
 * region ({@link TrailS3Files}: {@code bench.filesPerDay} files a day per account, 5 to 20 records each, about two
 * thirds of them MSK API calls and Kafka actions), every answer after {@code bench.delayMs} (50 ms).
 * <ul>
 *   <li>MSK Console, as {@code trail --s3 --trail org-audit --since <a year>} does it on an {@code AwsSession}
 *       (the real SDK clients, signing and HTTP, the app's client settings but for the endpoint): DescribeTrails, the
 *       {@code o-…} and account folders listed, then {@link TrailBucketRead#read} of the year with 8 connections (as
 *       {@code trail --s3}, or {@code bench.connections}), MSK API calls and Kafka actions ({@link
 *       TrailSource.Preset#BOTH}). Timed from DescribeTrails to the listener's 1,000th event and to the read's
 *       result; peak heap above the heap in use before (after a GC), sampled every 5 ms (the stub's answers, served
 *       from the same JVM, included), the largest heap after a collection during the read ({@link HeapWatch}), and
 *       what the result holds after it.</li>
 *   <li>The AWS CLI: {@code aws s3 sync} of each account's region folder (every day folder of the year) into an
 *       empty folder, then "opening the folder" as the app does ({@link TrailFiles#read}). Nothing can be shown before
 *       the sync ends, so its first 1,000 events come at sync + open, like its last.</li>
 *   <li>Then MSK Console twice more through a trail file cache ({@link DiskTrailFileCache}) in an empty folder: the
 *       read that fills it, and the second read, from it: its time to the events and the requests it still makes
 *       (DescribeTrails and the two folder listings above the days; no day is open, the year being past).</li>
 * </ul>
 * Medians of {@code bench.runs} (3) runs, the two paths one after the other in each, after one warm-up of MSK Console
 * (the JVM's first read: classes loaded, clients built). Measures and prints; judges nothing.
 *
 * <p>Run: {@code ./mvnw -q -B test-compile exec:java@trail-s3-benchmark} ({@code -Dbench.runs=3},
 * {@code -Dbench.delayMs=50}, {@code -Dbench.filesPerDay=6}, {@code -Dbench.connections=16}, {@code
 * -Dbench.cliSync=accounts|organization}: one sync per account, one after the other, or one of the organization
 * folder holding both). About 4 minutes on 2 cores with the defaults.
 */
public final class TrailS3Benchmark {
    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final int FILES_PER_DAY = Integer.getInteger("bench.filesPerDay", 6);
    static final boolean ONE_SYNC = "organization".equals(System.getProperty("bench.cliSync", "accounts"));
    static final long SEED = 20260301L;
    /** As {@code trail --s3}: TrailBucketRead.CONNECTIONS requests at a time ({@code bench.connections}: another). */
    static final int CONNECTIONS = Integer.getInteger("bench.connections",
            io.mskconsole.core.trailbucket.TrailBucketRead.CONNECTIONS);
    static final int FIRST = 1_000;
    static final ExecutorService FETCHES = DaemonThreads.cachedPool("bench-trail-files");

    /** One MSK Console read: times from DescribeTrails, what it kept, what it asked, the heap it took. */
    record ConsoleRun(long firstEventMillis, long firstThousandMillis, long endMillis, int events, int files,
                      int cached, int problems, Map<String, Integer> requests, HeapWatch.Heap heap, Set<String> ids) {
    }

    /** The same year read twice through an empty trail file cache: filling it, then from it. */
    record CachedRuns(ConsoleRun filling, ConsoleRun second, long cacheBytes) {
    }

    private TrailS3Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        long made = System.nanoTime();
        TrailS3Files files = new TrailS3Files(FILES_PER_DAY, SEED);
        long madeMillis = millisSince(made);
        TrailS3Stub stub = new TrailS3Stub(DELAY_MS, files);
        WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(40).jettyAcceptors(2).disableRequestJournal().gzipDisabled(true).extensions(stub));
        aws.start();
        aws.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        String endpoint = aws.baseUrl().replace("//localhost:", "//127.0.0.1:");
        Path home = Files.createTempDirectory("trail-s3-bench");
        System.out.printf(Locale.ROOT, "trail files in S3: a year (%s to %s) of organization trail %s, accounts %s, "
                        + "%s, in s3://%s/%s%n  %,d files (%d a day per account), %,d records (each file repeating "
                        + "one of the file before), %,d distinct MSK API calls and Kafka actions; %.1f MB of JSON, "
                        + "%.1f MB gzipped (made in %.1f s)%n  every answer after %d ms; %d runs after one warm-up of "
                        + "MSK Console; the AWS CLI: %s; this JVM's heap at most %,d MB%n", TrailS3Files.START,
                TrailS3Files.END, TrailS3Stub.TRAIL,
                String.join(", ", TrailS3Files.ACCOUNTS), TrailS3Files.REGION, TrailS3Files.BUCKET,
                TrailS3Files.ROOT, files.files().size(), FILES_PER_DAY, files.records(), files.mskEvents(),
                mb(files.uncompressedBytes()), mb(files.compressedBytes()), madeMillis / 1000.0, DELAY_MS, RUNS,
                AwsCliProcess.installed() ? TrailS3Cli.version() : "not on the PATH, no comparison",
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        AwsClientSettings settings = AwsClientSettings.production().withEndpointOverride(URI.create(endpoint));
        Accounts accounts = new Accounts(StubAccount.directory(home, settings), () -> null);
        TrailS3Cli cli = AwsCliProcess.installed() ? new TrailS3Cli(endpoint, TrailS3Files.REGION,
                Files.createDirectories(home.resolve("cli"))) : null;
        List<String> prefixes = ONE_SYNC ? List.of(TrailS3Files.ROOT)
                : TrailS3Files.ACCOUNTS.stream().map(TrailS3Files::regionFolder).toList();
        List<ConsoleRun> console = new ArrayList<>();
        List<TrailS3Cli.Run> viaCli = new ArrayList<>();
        CachedRuns cachedRuns;
        try (Session session = accounts.open(Account.profile(StubAccount.PROFILE))) {
            TrailBucketGateway bucket = session.trailBucket(TrailS3Files.REGION);
            ConsoleRun warmUp = console(bucket, stub);
            System.out.printf(Locale.ROOT, "%nwarm-up, MSK Console: %s%n", describe(warmUp));
            for (int run = 1; run <= RUNS; run++) {
                ConsoleRun read = console(bucket, stub);
                console.add(read);
                System.out.printf(Locale.ROOT, "run %d, MSK Console: %s%n", run, describe(read));
                if (cli != null) {
                    stub.reset();
                    TrailS3Cli.Run synced = cli.syncAndOpen(TrailS3Files.BUCKET, prefixes)
                            .withRequests(stub.requests());
                    viaCli.add(synced);
                    System.out.printf(Locale.ROOT, "run %d, AWS CLI:     %s%n", run, synced.describe());
                    if (synced.exitCode() != 0) {
                        break;
                    }
                }
            }
            cachedRuns = cached(bucket, stub, Files.createDirectories(home.resolve("trail-file-cache")));
        } finally {
            aws.stop();
        }
        table(files, console, viaCli, cli == null ? null : cli.command(TrailS3Files.BUCKET, prefixes), cachedRuns);
        System.out.printf(Locale.ROOT, "%n(benchmark took %.0f s)%n", millisSince(began) / 1000.0);
    }

    /** One read of the year, as {@code trail --s3} does it, timed from DescribeTrails. */
    static ConsoleRun console(TrailBucketGateway bucket, TrailS3Stub stub) {
        stub.reset();
        HeapWatch heap = HeapWatch.start();
        AtomicInteger events = new AtomicInteger();
        AtomicLong firstAt = new AtomicLong();
        AtomicLong thousandAt = new AtomicLong();
        long start = System.nanoTime();
        TrailInfo trail = bucket.trails().stream().filter(t -> t.name().equals(TrailS3Stub.TRAIL)).findFirst()
                .orElseThrow();
        String logs = TrailLayout.root(trail.keyPrefix(), null);
        String organization = last(bucket.folders(trail.bucket(), logs).get(0), logs);
        String root = TrailLayout.root(trail.keyPrefix(), organization);
        List<String> asked = bucket.folders(trail.bucket(), root).stream().map(f -> last(f, root)).toList();
        TrailBucketRead.Request request = new TrailBucketRead.Request(trail, organization, asked,
                List.of(TrailS3Files.REGION), TrailS3Files.START, TrailS3Files.END, TrailSource.Preset.BOTH);
        TrailBucketRead.Result result = new TrailBucketRead(bucket, FETCHES, CONNECTIONS).read(request,
                new TrailBucketRead.Listener() {
                    @Override
                    public void events(List<TrailEvent> batch) {
                        long now = System.nanoTime();
                        int before = events.getAndAdd(batch.size());
                        if (before == 0) {
                            firstAt.compareAndSet(0, now);
                        }
                        if (before < FIRST && before + batch.size() >= FIRST) {
                            thousandAt.compareAndSet(0, now);
                        }
                    }

                    @Override
                    public void progress(TrailBucketRead.Progress progress) {
                    }
                }, new Cancellation());
        long end = System.nanoTime();
        HeapWatch.Heap used = heap.stop(result);
        Set<String> ids = new HashSet<>();
        result.events().forEach(e -> ids.add(e.eventId()));
        return new ConsoleRun(TimeUnit.NANOSECONDS.toMillis(firstAt.get() - start),
                TimeUnit.NANOSECONDS.toMillis(thousandAt.get() - start), TimeUnit.NANOSECONDS.toMillis(end - start),
                result.events().size(), result.progress().filesRead(), result.progress().cached(),
                result.problems().size(), stub.requests(),
                used, ids);
    }

    static String describe(ConsoleRun run) {
        return String.format(Locale.ROOT, "first event %,d ms, %,d events %,d ms, last %,d ms; %,d events, %,d "
                        + "files (%,d cached), %d not read; %,d requests %s; peak heap +%.1f MB, after GC +%.1f MB, "
                        + "result holds %.1f MB", run.firstEventMillis(), FIRST, run.firstThousandMillis(),
                run.endMillis(), run.events(), run.files(), run.cached(), run.problems(), sum(run.requests()),
                run.requests(),
                mb(run.heap().peak()), mb(run.heap().peakAfterGc()), mb(run.heap().retained()));
    }

    static void table(TrailS3Files files, List<ConsoleRun> console, List<TrailS3Cli.Run> cli, String command,
                      CachedRuns cached) {
        ConsoleRun last = console.get(console.size() - 1);
        long first = median(console, ConsoleRun::firstThousandMillis);
        long end = median(console, ConsoleRun::endMillis);
        long peak = console.stream().mapToLong(r -> r.heap().peak()).max().orElse(0);
        long afterGc = console.stream().mapToLong(r -> r.heap().peakAfterGc()).max().orElse(0);
        long retained = console.stream().mapToLong(r -> r.heap().retained()).max().orElse(0);
        boolean compared = !cli.isEmpty() && cli.stream().allMatch(r -> r.exitCode() == 0);
        TrailS3Cli.Run cliLast = cli.isEmpty() ? null : cli.get(cli.size() - 1);
        long cliEnd = compared ? median(cli, r -> r.syncMillis() + r.openMillis()) : 0;
        String row = "%-30s | %-46s | %s%n";
        System.out.printf(Locale.ROOT, "%n" + row, "a year, 2 accounts, " + files.files().size() + " files",
                "MSK Console (TrailBucketRead, " + CONNECTIONS + " at a time)", "AWS CLI s3 sync, then open the "
                        + "folder");
        System.out.printf(Locale.ROOT, row, "first " + String.format(Locale.ROOT, "%,d", FIRST) + " MSK events",
                seconds(first) + " (first event " + seconds(median(console, ConsoleRun::firstEventMillis)) + ")",
                compared ? seconds(cliEnd) + " (sync " + seconds(median(cli, TrailS3Cli.Run::syncMillis))
                        + " + open " + seconds(median(cli, TrailS3Cli.Run::openMillis)) + ")" : "-");
        System.out.printf(Locale.ROOT, row, "all " + String.format(Locale.ROOT, "%,d", last.events()) + " events",
                seconds(end) + " (runs " + seconds(console, ConsoleRun::endMillis) + ")", compared ? seconds(cliEnd)
                        + " (runs " + seconds(cli, r -> r.syncMillis() + r.openMillis()) + ")" : "-");
        System.out.printf(Locale.ROOT, row, "events a second, to the last", String.format(Locale.ROOT, "%,.0f",
                last.events() * 1000.0 / end), compared ? String.format(Locale.ROOT, "%,.0f", cliLast.events()
                * 1000.0 / cliEnd) : "-");
        System.out.printf(Locale.ROOT, row, "requests", String.format(Locale.ROOT, "%,d %s", sum(last.requests()),
                last.requests()), compared ? String.format(Locale.ROOT, "%,d %s", sum(cliLast.requests()),
                cliLast.requests()) : "-");
        System.out.printf(Locale.ROOT, row, "memory (largest of the runs)", String.format(Locale.ROOT,
                "peak heap +%.1f MB (after a GC +%.1f MB, result %.1f MB)", mb(peak), mb(afterGc), mb(retained)),
                compared ? String.format(Locale.ROOT, "aws peak RSS %s; %.1f MB on disk; open: peak heap +%.1f MB, "
                                + "result %.1f MB", cliLast.peakRssKb() < 0 ? "-"
                                : String.format(Locale.ROOT, "%.0f MB", cliLast.peakRssKb() / 1024.0),
                        mb(cliLast.diskBytes()),
                        mb(cli.stream().mapToLong(r -> r.heap().peak()).max().orElse(0)),
                        mb(cli.stream().mapToLong(r -> r.heap().retained()).max().orElse(0))) : "-");
        cachedTable(console, cached);
        System.out.printf(Locale.ROOT, "%nthe files: %.1f MB of JSON uncompressed, %.1f MB gzipped; MSK Console's "
                        + "peak heap (garbage not yet collected and the stub's answers included) is %.0f%% of the "
                        + "JSON, its largest heap after a GC %.0f%%, the events it keeps %.0f%%.%n",
                mb(files.uncompressedBytes()), mb(files.compressedBytes()), 100.0 * peak / files.uncompressedBytes(),
                100.0 * afterGc / files.uncompressedBytes(), 100.0 * retained / files.uncompressedBytes());
        boolean same = last.ids().size() == files.mskEvents() && (cliLast == null || cliLast.ids().equals(last.ids()));
        System.out.printf(Locale.ROOT, "the events: MSK Console kept %,d, the folder gave %s, the files hold %,d "
                        + "distinct MSK events: %s%n", last.events(), cliLast == null ? "-"
                        : String.format(Locale.ROOT, "%,d", cliLast.events()), files.mskEvents(),
                same ? "the same" : "NOT the same");
        if (compared) {
            System.out.printf(Locale.ROOT, "MSK Console against the AWS CLI: %.1fx as fast to the first %,d MSK "
                            + "events (target 3x), %.2fx as fast to the last (target 1x)%n", cliEnd / (double) first,
                    FIRST, cliEnd / (double) end);
        } else if (cliLast != null) {
            System.out.println("the AWS CLI failed against the stub: " + cliLast.describe());
        }
        if (command != null) {
            System.out.println("\nthe AWS CLI's commands (keys and region in the environment, no config file; its "
                    + "default 10 requests at a time), then the folder opened:\n  " + command);
        }
        System.out.printf(Locale.ROOT, "run: ./mvnw -q -B test-compile exec:java@trail-s3-benchmark -Dbench.runs=%d "
                + "-Dbench.delayMs=%d -Dbench.filesPerDay=%d -Dbench.connections=%d -Dbench.cliSync=%s%n", RUNS,
                DELAY_MS, FILES_PER_DAY, CONNECTIONS, ONE_SYNC ? "organization" : "accounts");
    }

    /**
     * The year read through a trail file cache in an empty folder, as the window and {@code trail --s3} read it:
     * once to fill it (every file kept on the way, every closed day's listing kept), then again from it.
     */
    static CachedRuns cached(TrailBucketGateway bucket, TrailS3Stub stub, Path folder) {
        DiskTrailFileCache cache = DiskTrailFileCache.in(folder);
        TrailBucketGateway cached = cache.cached(bucket, false);
        ConsoleRun filling = console(cached, stub);
        System.out.printf(Locale.ROOT, "%nthrough the cache, first read (fills it):  %s%n", describe(filling));
        ConsoleRun second = console(cached, stub);
        System.out.printf(Locale.ROOT, "through the cache, second read (from it): %s%n", describe(second));
        return new CachedRuns(filling, second, cache.size());
    }

    static void cachedTable(List<ConsoleRun> console, CachedRuns cached) {
        ConsoleRun second = cached.second();
        String row = "%-30s | %s%n";
        System.out.printf(Locale.ROOT, "%n" + row, "second read (cached)", "a trail file cache in an empty folder, "
                + "filled by the read before (files as S3 gave them, closed days' listings)");
        System.out.printf(Locale.ROOT, row, "first " + String.format(Locale.ROOT, "%,d", FIRST) + " MSK events",
                seconds(second.firstThousandMillis()) + " (first event " + seconds(second.firstEventMillis()) + ")");
        System.out.printf(Locale.ROOT, row, "all " + String.format(Locale.ROOT, "%,d", second.events()) + " events",
                seconds(second.endMillis()) + " (uncached median " + seconds(median(console, ConsoleRun::endMillis))
                        + "; the read filling the cache " + seconds(cached.filling().endMillis()) + ")");
        System.out.printf(Locale.ROOT, row, "requests", String.format(Locale.ROOT, "%,d %s (the read filling it: "
                + "%,d)", sum(second.requests()), second.requests(), sum(cached.filling().requests())));
        System.out.printf(Locale.ROOT, row, "files from the cache", String.format(Locale.ROOT, "%,d of %,d; the "
                + "cache holds %.1f MB", second.cached(), second.files(), mb(cached.cacheBytes())));
        System.out.printf(Locale.ROOT, row, "the events", second.ids().equals(cached.filling().ids())
                && second.ids().equals(console.get(console.size() - 1).ids()) ? "the same as uncached"
                : "NOT the same as uncached");
    }

    static String last(String folder, String parent) {
        String name = folder.substring(parent.length());
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    static <T> long median(List<T> runs, ToLongFunction<T> value) {
        List<Long> sorted = new ArrayList<>(runs.stream().map(value::applyAsLong).toList());
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static <T> String seconds(List<T> runs, ToLongFunction<T> value) {
        return String.join(", ", runs.stream().map(r -> seconds(value.applyAsLong(r))).toList());
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    static int sum(Map<String, Integer> requests) {
        return requests.values().stream().mapToInt(Integer::intValue).sum();
    }

    static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
