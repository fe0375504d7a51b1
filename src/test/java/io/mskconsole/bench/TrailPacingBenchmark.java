package io.mskconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.aws.trail.TrailWire;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.trail.LookupAttribute;
import io.mskconsole.core.trail.LookupKey;
import io.mskconsole.core.trail.TrailEvent;
import io.mskconsole.core.trail.LookupPage;
import io.mskconsole.core.trail.LookupRequest;
import io.mskconsole.core.trail.RegionPacer;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailFetch;
import io.mskconsole.core.trail.TrailGateway;
import io.mskconsole.core.trail.TrailListener;
import io.mskconsole.core.trail.TrailProgress;
import io.mskconsole.core.trail.TrailQuery;
import io.mskconsole.core.trail.TrailSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * How close the CloudTrail browser's fetch comes to CloudTrail's ceiling of 2 LookupEvents calls a second per region
 * (100 events a second at 50 a page), and whether any throttle reaches the user. {@link TrailFetch} runs with the
 * real system ticker over an {@link AwsSession} (the real SDK client, signing, HTTP) against a local stub
 * CloudTrail (a {@code com.sun.net.httpserver} server) that:
 * <ul>
 *   <li>takes the region from the SigV4 credential scope of the Authorization header, and limits each region on its
 *       own to 2 requests a second, answering HTTP 400 {@code ThrottlingException} "Rate exceeded" beyond, in one of
 *       two ways ({@code -Dbench.limit=window,bucket}, both by default):
 *       <ul>
 *         <li>{@code window}: a sliding 1-second window, at most 2 accepted requests arriving within any 1 s (a
 *             request arriving less than 1 s after the one two before it is throttled); the strict reading of
 *             "2 per second", which leaves a paced client only its margin for jitter;</li>
 *         <li>{@code bucket}: a token bucket of 2 tokens refilled at 2 a second, starting full (burst 2), the usual
 *             shape of AWS API rate limits;</li>
 *       </ul>
 *       throttled requests take nothing from the limit;</li>
 *   <li>otherwise answers, after {@code bench.latencyMs} (50 ms), a page of 50 valid CloudTrail records (MSK calls,
 *       distinct event ids across pages and regions) with a NextToken, {@code bench.pages} (30) pages per region.</li>
 * </ul>
 * Each run opens a new session (its CloudTrail clients are built on the first call, as on a fetch in a new session)
 * and fetches to the last page: MSK API calls (EventSource=kafka.amazonaws.com, one stream a region) in one region,
 * then in three at once; then both sources in three regions (no attribute: two streams a region, half the pages each,
 * sharing the region's pacer). Before the runs, a short cold fetch (the JVM's first: SDK classes loaded, the client
 * built) is shown on its own, with the times its requests reached the stub.
 *
 * <p>Rates: <i>sustained</i> is (accepted requests - 1) / (last arrival - first arrival) at the stub, as a fraction
 * of 2 calls a second (= events a second as a fraction of 100); it is what the pacer achieves and does not depend on
 * the number of pages. <i>Overall</i> is events / elapsed of the fetch, which counts N pages over N-1 intervals and
 * so may exceed the ceiling for few pages; it is shown with the ideal elapsed, (N-1) x 0.5 s.
 *
 * <p>For a region the stub throttled, two more lines tell why: the requests' arrival times, and for each how long
 * it took from the fetch's hand-over to the gateway to its arrival at the stub (client set-up, signing, connection
 * lease, a late thread), with the gaps between hand-overs (the pacer's work). {@code -Dbench.prototype=true} adds,
 * on top of the core's pacer, a pacing rule proposed for it (see {@link Releases#awaitTurn()}), to measure it
 * without changing the core.
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@trail-benchmark} (add e.g. {@code -Dbench.pages=60
 * -Dbench.limit=window -Dbench.prototype=true}).
 */
public final class TrailPacingBenchmark {
    static final int PAGES = Integer.getInteger("bench.pages", 30);
    static final int PAGE_SIZE = 50;
    static final int LATENCY_MS = Integer.getInteger("bench.latencyMs", 50);
    static final List<String> LIMITS = List.of(System.getProperty("bench.limit", "window,bucket").split(","));
    static final double CEILING_CALLS = 2.0;
    /** Whether to add the pacing rule proposed for the core on top of its pacer (see {@link Releases}). */
    static final boolean PROTOTYPE = Boolean.getBoolean("bench.prototype");
    /** The core pacer's interval: 1/rate plus its margin. */
    static final long INTERVAL_NANOS =
            new RegionPacer(TrailFetch.CALLS_PER_SECOND, Ticker.SYSTEM).interval().toNanos();
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1", "ap-southeast-2");
    static final Instant END = Instant.parse("2025-06-30T00:00:00Z");
    static final LookupAttribute MSK_CALLS = new LookupAttribute(LookupKey.EVENT_SOURCE, "kafka.amazonaws.com");

    private TrailPacingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        StubCloudTrail stub = new StubCloudTrail(LATENCY_MS);
        stub.start();
        ExecutorService pool = DaemonThreads.cachedPool("bench-trail");
        try {
            System.out.printf(Locale.ROOT, "CloudTrail LookupEvents pacing: TrailFetch (system ticker, %.0f calls/s,"
                    + " pacer interval %d ms%s) over AwsSession against a local stub CloudTrail%n",
                    TrailFetch.CALLS_PER_SECOND, INTERVAL_NANOS / 1_000_000,
                    PROTOTYPE ? ", WITH the prototype rule proposed for the core" : "");
            System.out.printf(Locale.ROOT, "  stub: %d pages of %d events per region, each answered after %d ms;"
                    + " ceiling %.0f calls/s = %.0f events/s per region%n", PAGES, PAGE_SIZE, LATENCY_MS,
                    CEILING_CALLS, CEILING_CALLS * PAGE_SIZE);

            Result cold = run(stub, pool, LIMITS.get(0), List.of("us-west-2"), TrailSource.Preset.MSK, 4);
            RegionStats coldStats = cold.regions.get("us-west-2");
            System.out.printf(Locale.ROOT, "%ncold start (the JVM's first fetch: SDK classes loaded, 4 pages, %s limit):"
                    + "%n    %s%n    requests at the stub (ms after the first): %s%n    %s%n    fetch elapsed %.2f s,"
                    + " throttles absorbed %d, reaching the user %d%n", LIMITS.get(0), coldStats.line(cold),
                    coldStats.timeline(), coldStats.delays(), seconds(cold.progress.elapsed()),
                    cold.progress.throttled(), cold.progress.problems().size());

            for (String limit : LIMITS) {
                System.out.printf(Locale.ROOT, "%nlimit %s%n", "window".equals(limit)
                        ? "window: sliding 1 s window, at most 2 accepted requests in any 1 s"
                        : "bucket: token bucket, 2 tokens, refilled 2 a second, starting full");
                Result one = run(stub, pool, limit, List.of(REGIONS.get(0)), TrailSource.Preset.MSK, PAGES);
                System.out.printf(Locale.ROOT, "  1 region, MSK API calls (one stream):%n");
                one.print();
                Result three = run(stub, pool, limit, REGIONS, TrailSource.Preset.MSK, PAGES);
                System.out.printf(Locale.ROOT, "  %d regions at once, MSK API calls:%n", REGIONS.size());
                three.print();
                System.out.printf(Locale.ROOT, "    elapsed %.2f s vs %.2f s for one region (x%.2f)%n",
                        seconds(three.progress.elapsed()), seconds(one.progress.elapsed()),
                        seconds(three.progress.elapsed()) / seconds(one.progress.elapsed()));
                Result both = run(stub, pool, limit, REGIONS, TrailSource.Preset.BOTH, PAGES / 2);
                System.out.printf(Locale.ROOT, "  %d regions at once, both sources (two streams of %d pages sharing"
                        + " each region's pacer):%n", REGIONS.size(), PAGES / 2);
                both.print();
            }
        } finally {
            pool.shutdownNow();
            stub.stop();
        }
    }

    /**
     * One fetch in a new session: of MSK API calls (the attribute EventSource=kafka.amazonaws.com, one stream per
     * region), or of both sources (no attribute given: one stream per source and region).
     */
    static Result run(StubCloudTrail stub, ExecutorService pool, String limit, List<String> regions,
                      TrailSource.Preset preset, int pages) throws IOException {
        stub.reset(limit, pages, regions, preset.sources());
        TrailQuery query = new TrailQuery(preset, preset == TrailSource.Preset.MSK ? MSK_CALLS : null,
                END.minus(Duration.ofDays(30)), END, regions);
        Counting listener = new Counting();
        try (AwsSession session = StubAccount.open(Files.createTempDirectory("trail-bench"),
                StubAccount.patientSettings(stub.baseUrl()))) {
            Map<String, Releases> releases = new ConcurrentHashMap<>();
            TrailProgress progress = new TrailFetch(region -> new TimedGateway(session.trail(region),
                    releases.computeIfAbsent(region, r -> new Releases())), pool).run(query, listener,
                    Cancellation.none());
            Map<String, RegionStats> stats = new LinkedHashMap<>();
            for (String region : regions) {
                stats.put(region, stub.stats(region).withReleases(releases.getOrDefault(region, new Releases())));
            }
            return new Result(progress, listener.events, stats, pages * preset.sources().size());
        }
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    record Result(TrailProgress progress, int listened, Map<String, RegionStats> regions, int pagesPerRegion) {
        void print() {
            for (Map.Entry<String, RegionStats> region : regions.entrySet()) {
                System.out.printf(Locale.ROOT, "    %-14s %s%n", region.getKey(), region.getValue().line(this));
                if (region.getValue().throttled() > 0) {
                    System.out.printf(Locale.ROOT, "    %-14s requests at the stub (ms after the first): %s%n", "",
                            region.getValue().timeline());
                    System.out.printf(Locale.ROOT, "    %-14s %s%n", "", region.getValue().delays());
                }
            }
            double elapsed = seconds(progress.elapsed());
            int throttledAtStub = regions.values().stream().mapToInt(RegionStats::throttled).sum();
            System.out.printf(Locale.ROOT, "    fetch: %d pages, %d events (%d handed to the listener) in %.2f s"
                    + " = %.1f events/s overall (%.1f%% of %.0f x %d regions; ideal elapsed %.2f s);"
                    + " throttled at the stub %d, absorbed by the fetch %d, reaching the user (problems) %d%s%n",
                    progress.pages(), progress.events(), listened, elapsed, progress.events() / elapsed,
                    100 * progress.events() / elapsed / (CEILING_CALLS * PAGE_SIZE * regions.size()),
                    CEILING_CALLS * PAGE_SIZE, regions.size(), (pagesPerRegion - 1) / CEILING_CALLS, throttledAtStub,
                    progress.throttled(), progress.problems().size(),
                    progress.problems().isEmpty() ? "" : " " + progress.problems());
        }
    }

    /**
     * What the stub saw of one region: accepted requests' arrival times, throttled requests, and the shortest time
     * spanned by three accepted requests in a row (under 1 s, the window limit would have throttled the third).
     */
    record RegionStats(List<Long> arrivals, int throttled, List<Long> refusals, List<Long> released) {
        RegionStats withReleases(Releases releases) {
            return new RegionStats(arrivals, throttled, refusals, releases.times());
        }

        /**
         * How late each request reached the stub after the fetch handed it to the gateway (ms, in order; a single
         * stream's requests pair up one to one), and the gaps between those hand-overs.
         */
        String delays() {
            List<Long> all = new ArrayList<>(arrivals);
            all.addAll(refusals);
            all.sort(Long::compare);
            List<String> late = new ArrayList<>();
            for (int i = 0; i < Math.min(all.size(), released.size()); i++) {
                late.add(String.valueOf(Math.round((all.get(i) - released.get(i)) / 1e6)));
            }
            List<String> gaps = new ArrayList<>();
            for (int i = 1; i < released.size(); i++) {
                gaps.add(String.valueOf(Math.round((released.get(i) - released.get(i - 1)) / 1e6)));
            }
            return "hand-over to arrival (ms): " + String.join(", ", late) + "; gaps between hand-overs (ms): "
                    + String.join(", ", gaps);
        }

        double sustainedCalls() {
            if (arrivals.size() < 2) {
                return Double.NaN;
            }
            return (arrivals.size() - 1) / ((arrivals.get(arrivals.size() - 1) - arrivals.get(0)) / 1e9);
        }

        double shortestThreeSpanMillis() {
            double shortest = Double.NaN;
            for (int i = 2; i < arrivals.size(); i++) {
                double span = (arrivals.get(i) - arrivals.get(i - 2)) / 1e6;
                shortest = Double.isNaN(shortest) ? span : Math.min(shortest, span);
            }
            return shortest;
        }

        /** "0, 512, 1022 (throttled), ..." */
        String timeline() {
            if (arrivals.isEmpty()) {
                return "none";
            }
            long first = arrivals.get(0);
            List<long[]> all = new ArrayList<>();
            arrivals.forEach(a -> all.add(new long[] {a, 0}));
            refusals.forEach(a -> all.add(new long[] {a, 1}));
            all.sort((x, y) -> Long.compare(x[0], y[0]));
            List<String> parts = new ArrayList<>();
            for (long[] request : all) {
                parts.add(Math.round((request[0] - first) / 1e6) + (request[1] == 1 ? " (throttled)" : ""));
            }
            return String.join(", ", parts);
        }

        String line(Result result) {
            double calls = sustainedCalls();
            return String.format(Locale.ROOT, "%d pages accepted, sustained %.3f calls/s = %.1f events/s"
                    + " (%.1f%% of the ceiling); throttled at the stub %d; shortest span of 3 accepted calls %.0f ms",
                    arrivals.size(), calls, calls * PAGE_SIZE, 100 * calls / CEILING_CALLS, throttled,
                    shortestThreeSpanMillis());
        }
    }

    /**
     * When the fetch handed each call of a region to the gateway (after its pacer let it go). With
     * {@code -Dbench.prototype=true}, also a prototype of a pacing rule for the core (see {@link #awaitTurn()}).
     */
    static final class Releases {
        private final List<Long> times = new ArrayList<>();
        private long nextAllowed = Long.MIN_VALUE;
        private long shortestRoundTrip = Long.MAX_VALUE;
        private boolean returnedOnce;

        synchronized void add(long nanos) {
            times.add(nanos);
        }

        /**
         * The prototype rule, on top of the core's pacer: a call goes out no earlier than one interval after the
         * previous one really went out (a late wake-up does not pull the next call closer), and no earlier than one
         * interval after the previous call's return less the region's shortest round trip so far (its return less
         * its shortest possible flight: about when it reached CloudTrail), the first call's return counting whole
         * (it carries the client's set-up). Thus each call reaches CloudTrail at least an interval after the one
         * before, however long the one before spent before leaving.
         */
        void awaitTurn() {
            long slot;
            synchronized (this) {
                slot = Math.max(System.nanoTime(), nextAllowed);
                nextAllowed = slot + INTERVAL_NANOS;
            }
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        synchronized void went(long sent) {
            nextAllowed = Math.max(nextAllowed, sent + INTERVAL_NANOS);
        }

        synchronized void returned(long sent, long returned) {
            long roundTrip = returned - sent;
            long flight = returnedOnce ? Math.min(shortestRoundTrip, roundTrip) : 0;
            nextAllowed = Math.max(nextAllowed, returned - flight + INTERVAL_NANOS);
            shortestRoundTrip = Math.min(shortestRoundTrip, roundTrip);
            returnedOnce = true;
        }

        synchronized List<Long> times() {
            return List.copyOf(times);
        }
    }

    /** The session's gateway, noting when each call is handed to it. */
    record TimedGateway(TrailGateway gateway, Releases releases) implements TrailGateway {
        @Override
        public String region() {
            return gateway.region();
        }

        @Override
        public LookupPage lookupEvents(LookupRequest request) {
            if (PROTOTYPE) {
                releases.awaitTurn();
            }
            long sent = System.nanoTime();
            releases.add(sent);
            if (PROTOTYPE) {
                releases.went(sent);
            }
            try {
                return gateway.lookupEvents(request);
            } finally {
                if (PROTOTYPE) {
                    releases.returned(sent, System.nanoTime());
                }
            }
        }
    }

    /** Counts the events handed over. */
    static final class Counting implements TrailListener {
        volatile int events;

        @Override
        public synchronized void events(List<TrailEvent> batch) {
            events += batch.size();
        }

        @Override
        public void progress(TrailProgress progress) {
        }
    }

    /**
     * CloudTrail's LookupEvents for the benchmark: per region (from the signature), a rate limit, and per region and
     * source (the EventSource attribute) pages of 50 records chained by NextToken "page-N". Thread-safe.
     */
    static final class StubCloudTrail {
        private final int latencyMs;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "stub-cloudtrail");
            thread.setDaemon(true);
            return thread;
        });
        private final Map<String, Limit> limits = new ConcurrentHashMap<>();
        /** The pages' bodies by "region eventSource". */
        private final Map<String, List<String>> pageBodies = new ConcurrentHashMap<>();
        private volatile String mode = "window";
        private volatile int pages;

        StubCloudTrail(int latencyMs) throws IOException {
            this.latencyMs = latencyMs;
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/", this::handle);
            server.setExecutor(threads);
        }

        void start() {
            server.start();
        }

        void stop() {
            server.stop(0);
            threads.shutdownNow();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** Forgets what was seen; the pages are made now, so answering costs no time. */
        void reset(String limitMode, int pageCount, List<String> regions, List<TrailSource> sources) {
            mode = limitMode;
            pages = pageCount;
            limits.clear();
            pageBodies.clear();
            for (String region : regions) {
                for (TrailSource source : sources) {
                    String name = source == TrailSource.MSK ? "DescribeClusterV2" : "CreateTopic";
                    List<String> bodies = new ArrayList<>();
                    for (int page = 0; page < pageCount; page++) {
                        List<String> records = new ArrayList<>();
                        for (int i = 0; i < PAGE_SIZE; i++) {
                            int n = page * PAGE_SIZE + i;
                            records.add(TrailWire.record(String.join("-", region, source.name(), limitMode,
                                    String.valueOf(n)), name, source.eventSource(), END.minusSeconds(60L * (n + 1)),
                                    region));
                        }
                        bodies.add(TrailWire.page(records, page + 1 < pageCount ? "page-" + (page + 1) : null));
                    }
                    pageBodies.put(region + " " + source.eventSource(), bodies);
                }
            }
        }

        RegionStats stats(String region) {
            Limit limit = limits.get(region);
            if (limit == null) {
                return new RegionStats(List.of(), 0, List.of(), List.of());
            }
            synchronized (limit) {
                return new RegionStats(List.copyOf(limit.accepted), limit.refused.size(), List.copyOf(limit.refused),
                        List.of());
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            long arrival = System.nanoTime();
            try (exchange) {
                byte[] request = exchange.getRequestBody().readAllBytes();
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                String region = TrailWire.signedRegion(exchange.getRequestHeaders().getFirst("Authorization"));
                if (!TrailWire.TARGET.equals(target) || region == null) {
                    answer(exchange, 400, TrailWire.error("UnrecognizedClientException",
                            "Unexpected request " + target + " in " + region));
                    return;
                }
                Limit limit = limits.computeIfAbsent(region, r -> "bucket".equals(mode) ? new Bucket(arrival)
                        : new Window());
                if (!limit.admit(arrival)) {
                    answer(exchange, 400, TrailWire.error("ThrottlingException", "Rate exceeded"));
                    return;
                }
                JsonNode body = TrailWire.read(new String(request, StandardCharsets.UTF_8));
                String token = body.path("NextToken").asText("");
                int page = token.isEmpty() ? 0 : Integer.parseInt(token.substring("page-".length()));
                JsonNode attributes = body.path("LookupAttributes");
                String source = attributes.size() == 1
                        && "EventSource".equals(attributes.get(0).path("AttributeKey").asText())
                        ? attributes.get(0).path("AttributeValue").asText() : "";
                List<String> bodies = pageBodies.get(region + " " + source);
                if (bodies == null || page >= pages || body.path("MaxResults").asInt() != PAGE_SIZE) {
                    answer(exchange, 400, TrailWire.error("InvalidNextTokenException", "Invalid NextToken"));
                    return;
                }
                sleep(latencyMs);
                answer(exchange, 200, bodies.get(page));
            }
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", TrailWire.JSON_11);
            exchange.getResponseHeaders().set("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }

        private static void sleep(int millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A region's rate limit; remembers the arrival of each accepted request and counts the throttled ones. */
    abstract static class Limit {
        final List<Long> accepted = new ArrayList<>();
        final List<Long> refused = new ArrayList<>();

        synchronized boolean admit(long arrival) {
            if (allows(arrival)) {
                accepted.add(arrival);
                return true;
            }
            refused.add(arrival);
            return false;
        }

        abstract boolean allows(long arrival);
    }

    /** At most 2 accepted requests arriving within any 1 s. */
    static final class Window extends Limit {
        private final Deque<Long> recent = new ArrayDeque<>();

        @Override
        boolean allows(long arrival) {
            while (!recent.isEmpty() && arrival - recent.peekFirst() >= 1_000_000_000L) {
                recent.pollFirst();
            }
            if (recent.size() >= 2) {
                return false;
            }
            recent.addLast(arrival);
            return true;
        }
    }

    /** 2 tokens, refilled at 2 a second, starting full; a request takes one. */
    static final class Bucket extends Limit {
        private double tokens = 2;
        private long last;

        Bucket(long start) {
            last = start;
        }

        @Override
        boolean allows(long arrival) {
            tokens = Math.min(2, tokens + (arrival - last) / 1e9 * CEILING_CALLS);
            last = arrival;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
