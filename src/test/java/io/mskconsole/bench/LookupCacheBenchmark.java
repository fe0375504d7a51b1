package io.mskconsole.bench;

import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.lookupcache.DiskLookupCache;
import io.mskconsole.core.trail.LookupCache;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the LookupEvents cache (issue 19) saves: the requests a 90-day lookup of MSK API calls and Kafka actions in
 * two regions (us-east-1, eu-west-1) makes to CloudTrail yesterday, today again through the cache, today without it
 * (as the app did before), and as the AWS CLI makes them, in the same run, against a local stub CloudTrail
 * ({@link LookupCacheStub}: StartTime, EndTime and the EventSource attribute honoured, newest first, 50 a page, each
 * answer after {@code bench.latencyMs}, 20 ms) that counts the requests of each region. The stub holds, per region,
 * 90 days of events ending at Y ("yesterday"): an MSK API call every 10 minutes and a Kafka action every 30.
 * <ol>
 *   <li>A, yesterday: {@link TrailFetch} (both sources, [Y-90d, Y]) over an {@link AwsSession} (the real SDK client,
 *       signing and HTTP) against the stub, with a {@link DiskLookupCache} in an empty temporary folder, a clock at
 *       Y, and a ticker that does not sleep (the pacer's waits cost no real time).</li>
 *   <li>The stub gains a day of events, up to T = Y + 1 day. B, today: the same lookup of [T-90d, T], clock at T,
 *       same cache: it should ask only for [Y-15 min, T] (the cache's settling time) of each source; if it asks for
 *       anything older, or its events differ from C's, the benchmark fails (an exception: a non-zero exit).</li>
 *   <li>C, today without the cache ({@link LookupCache#NONE}).</li>
 *   <li>The AWS CLI, when {@code aws} is on the PATH: {@code aws cloudtrail lookup-events} of [T-90d, T] for each
 *       region and source (it pages by itself), one command after the other.</li>
 * </ol>
 * Each run opens a new session (as the app does on another day). "At CloudTrail's pace" is the requests of the
 * busier region / 2 s (LookupEvents allows 2 calls a second per account and region; regions are asked at once),
 * the least time the lookup can take against the real CloudTrail, whatever the stub's latency; for B, plus the real
 * time it took to read the cache. Wall times are real times against the stub. Measures and prints; judges no time.
 *
 * <p>Run: {@code ./mvnw -q -B test-compile exec:java@lookup-cache-benchmark} ({@code -Dbench.latencyMs=20}).
 */
public final class LookupCacheBenchmark {
    static final int LATENCY_MS = Integer.getInteger("bench.latencyMs", 20);
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    static final Instant Y = Instant.parse("2026-03-09T14:20:00Z");
    static final Instant T = Y.plus(Duration.ofDays(1));
    static final Duration HISTORY = TrailQuery.LOOKUP_HISTORY;
    static final Instant SETTLED = Y.minus(LookupCache.SETTLE);
    static final String KEY_ID = "AKIDLOOKUPCACHEBENCH1";

    /** One fetch: what each region asked of the stub, the progress, real times (ns) to the end and to the cache. */
    record Run(String label, Map<String, List<LookupCacheStub.Asked>> asked, TrailProgress progress, long wallNanos,
               long cacheReadNanos) {
        int requests(String region) {
            return asked.getOrDefault(region, List.of()).size();
        }

        int busiest() {
            return REGIONS.stream().mapToInt(this::requests).max().orElse(0);
        }
    }

    private LookupCacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("lookup-cache-bench");
        LookupCacheStub stub = new LookupCacheStub(LATENCY_MS, io.mskconsole.core.concurrent.Pause.REAL);
        long making = System.nanoTime();
        int held = stub.add(REGIONS, Y.minus(HISTORY), Y);
        System.out.printf(Locale.ROOT, "LookupEvents cache: requests to CloudTrail for 90 days of MSK API calls and "
                        + "Kafka actions in %s%n  stub: %,d events (per region an MSK API call every 10 min, a Kafka "
                        + "action every 30 min, up to Y = %s; made in %.1f s), 50 a page, each answer after %d ms%n",
                String.join(" and ", REGIONS), held, Y, seconds(System.nanoTime() - making), LATENCY_MS);
        stub.start();
        DiskLookupCache disk = new DiskLookupCache(home.resolve("lookup-cache"), DiskLookupCache.DEFAULT_LIMIT);
        LookupCache cache = disk.of("profile:" + StubAccount.PROFILE);
        ExecutorService pool = DaemonThreads.cachedPool("bench-lookup-cache");
        Set<String> failures = new LinkedHashSet<>(); // each once, though every page of a stream may repeat it
        try {
            Run a = fetch(stub, pool, home, cache, Y, "A yesterday, empty cache");
            print(a, "[Y-90d, Y]");
            System.out.printf(Locale.ROOT, "    cache on disk after A: %.1f MB%n", disk.size() / 1e6);

            int added = stub.add(REGIONS, Y, T);
            System.out.printf(Locale.ROOT, "%n  the stub gains a day: %,d events, up to T = %s%n", added, T);
            Run b = fetch(stub, pool, home, cache, T, "B today, with the cache");
            print(b, "[T-90d, T]");
            System.out.printf(Locale.ROOT, "    cache on disk after B: %.1f MB; read in %.0f ms (real: to the last of "
                    + "its events handed over)%n", disk.size() / 1e6, b.cacheReadNanos() / 1e6);
            for (String region : REGIONS) {
                int expected = 0;
                List<String> spans = new ArrayList<>();
                for (TrailSource source : TrailSource.values()) {
                    int pages = pages(stub.count(region, source.eventSource(), SETTLED, T));
                    expected += pages;
                    spans.add(source.eventSource() + " " + pages);
                }
                System.out.printf(Locale.ROOT, "    %-10s expected only [Y-15 min, T] of each source: %s = %d pages;"
                        + " asked %d: %s%n", region, String.join(" + ", spans), expected, b.requests(region),
                        describe(b.asked().getOrDefault(region, List.of())));
                for (LookupCacheStub.Asked asked : b.asked().getOrDefault(region, List.of())) {
                    if (asked.start() == null || asked.start().isBefore(SETTLED)) {
                        failures.add("run B asked " + region + " for " + asked.source() + " from " + asked.start()
                                + ", older than Y - 15 min = " + SETTLED + ": the cache did not serve it");
                    }
                }
            }

            Run c = fetch(stub, pool, home, LookupCache.NONE, T, "C today, no cache (before)");
            print(c, "[T-90d, T]");
            if (b.progress().events() != c.progress().events()) {
                failures.add("run B handed over " + b.progress().events() + " events, run C (no cache) "
                        + c.progress().events());
            }
            for (Run run : List.of(a, b, c)) {
                if (!run.progress().problems().isEmpty()) {
                    failures.add(run.label() + ": " + run.progress().problems());
                }
            }

            LookupCacheCli.Result cli = null;
            if (AwsCliProcess.installed()) {
                cli = new LookupCacheCli(stub, Files.createDirectories(home.resolve("cli"))).run(REGIONS,
                        T.minus(HISTORY), T);
            }
            summary(a, b, c, cli);
        } finally {
            pool.shutdownNow();
            stub.stop();
            delete(home);
        }
        if (!failures.isEmpty()) {
            failures.forEach(failure -> System.out.println("FAILED: " + failure));
            throw new IllegalStateException("LookupEvents cache benchmark: " + String.join("; ", failures));
        }
    }

    /** One lookup of both sources in both regions, of the 90 days to {@code now}, in a new session. */
    static Run fetch(LookupCacheStub stub, ExecutorService pool, Path home, LookupCache cache, Instant now,
                     String label) {
        stub.take();
        TrailQuery query = new TrailQuery(TrailSource.Preset.BOTH, null, now.minus(HISTORY), now, REGIONS);
        Listener listener = new Listener();
        TrailProgress progress;
        long wall;
        try (AwsSession session = StubAccount.open(home.resolve("profile"),
                StubAccount.patientSettings(stub.baseUrl()))) {
            listener.started = System.nanoTime();
            progress = new TrailFetch(session::trail, pool, new FreeTicker(), TrailFetch.CALLS_PER_SECOND)
                    .withCache(cache, Clock.fixed(now, ZoneOffset.UTC)).run(query, listener, Cancellation.none());
            wall = System.nanoTime() - listener.started;
        }
        Map<String, List<LookupCacheStub.Asked>> asked = new LinkedHashMap<>();
        for (LookupCacheStub.Asked each : stub.take()) {
            asked.computeIfAbsent(each.region(), r -> new ArrayList<>()).add(each);
        }
        return new Run(label, asked, progress, wall, listener.cacheRead.get());
    }

    static void print(Run run, String range) {
        System.out.printf(Locale.ROOT, "%n  %s, %s:%n", run.label(), range);
        for (String region : REGIONS) {
            System.out.printf(Locale.ROOT, "    %-10s %,d requests%n", region, run.requests(region));
        }
        Set<String> formats = new java.util.TreeSet<>();
        run.asked().values().forEach(list -> list.forEach(each -> formats.add(each.timeFormat())));
        System.out.printf(Locale.ROOT, "    %,d events (%,d from the cache), %d pages; %.2f s real against the stub;"
                        + " %.1f s at CloudTrail's pace; times sent as %s%s%n", run.progress().events(),
                run.progress().fromCache(), run.progress().pages(), seconds(run.wallNanos()), pace(run),
                String.join(", ", formats),
                run.progress().problems().isEmpty() ? "" : "; problems: " + run.progress().problems());
    }

    /** The requests of a region in short: each first page's source and span, with the pages that followed. */
    static String describe(List<LookupCacheStub.Asked> asked) {
        List<String> parts = new ArrayList<>();
        for (LookupCacheStub.Asked each : asked) {
            if (each.token() == null) {
                parts.add(each.source() + " [" + relative(each.start()) + ", " + relative(each.end()) + "]");
            }
        }
        return String.join(", ", parts);
    }

    /** "Y-15m", "T", or the instant. */
    static String relative(Instant at) {
        if (at == null) {
            return "none";
        }
        for (Map.Entry<String, Instant> mark : Map.of("Y", Y, "T", T).entrySet()) {
            Duration off = Duration.between(mark.getValue(), at);
            if (off.isZero()) {
                return mark.getKey();
            }
            if (off.abs().compareTo(Duration.ofHours(1)) < 0) {
                return mark.getKey() + (off.isNegative() ? "-" : "+") + off.abs().toMinutes() + "m";
            }
        }
        return at.toString();
    }

    static void summary(Run a, Run b, Run c, LookupCacheCli.Result cli) {
        System.out.printf(Locale.ROOT, "%nSummary (requests to LookupEvents; at CloudTrail's pace = busiest region's"
                + " requests / 2 a second)%n");
        String format = "  %-30s %10s %10s %8s %11s %10s %22s%n";
        System.out.printf(Locale.ROOT, format, "", REGIONS.get(0), REGIONS.get(1), "events", "from cache",
                "real (s)", "at CloudTrail's pace (s)");
        for (Run run : List.of(a, b, c)) {
            String pace = String.format(Locale.ROOT, "%.1f", pace(run));
            System.out.printf(Locale.ROOT, format, run.label(), run.requests(REGIONS.get(0)),
                    run.requests(REGIONS.get(1)), String.format(Locale.ROOT, "%,d", run.progress().events()),
                    String.format(Locale.ROOT, "%,d", run.progress().fromCache()),
                    String.format(Locale.ROOT, "%.2f", seconds(run.wallNanos())), pace);
        }
        if (cli != null) {
            System.out.printf(Locale.ROOT, format, "AWS CLI today (4 commands)", cli.requests(REGIONS.get(0)),
                    cli.requests(REGIONS.get(1)), String.format(Locale.ROOT, "%,d", cli.events()), "-",
                    String.format(Locale.ROOT, "%.2f", seconds(cli.wallNanos())),
                    String.format(Locale.ROOT, "%.1f", cli.busiest() / TrailFetch.CALLS_PER_SECOND));
            System.out.printf(Locale.ROOT, "  AWS CLI: %,d requests (every time), %.1f s against the stub, %.1f s at"
                            + " CloudTrail's pace (regions at once; %.1f s one command after the other)%s%n",
                    cli.total(), seconds(cli.wallNanos()), cli.busiest() / TrailFetch.CALLS_PER_SECOND,
                    cli.total() / TrailFetch.CALLS_PER_SECOND, cli.failure() == null ? "" : "; FAILED: "
                            + cli.failure());
        } else {
            System.out.printf(Locale.ROOT, "  AWS CLI: skipped ('aws' is not on the PATH)%n");
        }
        System.out.printf(Locale.ROOT, "  B asks %d requests instead of %d (%.0f times fewer); B at CloudTrail's pace "
                        + "%.1f s (%.2f s of cache read + %.1f s of requests) instead of %.1f s%n",
                b.busiest(), c.busiest(), c.busiest() / (double) Math.max(1, b.busiest()), pace(b),
                b.cacheReadNanos() / 1e9, b.busiest() / TrailFetch.CALLS_PER_SECOND, pace(c));
    }

    /** The busiest region's requests at 2 a second, plus the real time the cache took to read. */
    static double pace(Run run) {
        return run.busiest() / TrailFetch.CALLS_PER_SECOND + run.cacheReadNanos() / 1e9;
    }

    static int pages(int events) {
        return Math.max(1, (events + LookupCacheStub.PAGE_SIZE - 1) / LookupCacheStub.PAGE_SIZE);
    }

    /** The temporary folder (the cache, the CLI's output), gone after the run. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Pacing time that passes only when slept on (as the tests' SteppedTicker): the pacer costs no real time. */
    static final class FreeTicker implements Ticker {
        private final AtomicLong now = new AtomicLong();

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public boolean sleep(Duration duration, Cancellation cancellation) {
            if (!duration.isNegative()) {
                now.addAndGet(duration.toNanos());
            }
            return cancellation.isCancelled();
        }
    }

    /** Counts nothing it is given; notes when the last of the cached events was handed over (real time). */
    static final class Listener implements TrailListener {
        volatile long started;
        final AtomicLong cacheRead = new AtomicLong();
        private int fromCache;

        @Override
        public void events(List<TrailEvent> batch) {
        }

        @Override
        public synchronized void progress(TrailProgress progress) {
            if (progress.fromCache() > fromCache) {
                fromCache = progress.fromCache();
                cacheRead.set(System.nanoTime() - started);
            }
        }
    }
}
