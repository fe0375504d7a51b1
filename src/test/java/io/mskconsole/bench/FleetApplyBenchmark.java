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
import io.mskconsole.core.account.ProfileDirectory;
import io.mskconsole.core.account.Session;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.core.fleet.change.ClusterResult;
import io.mskconsole.core.fleet.change.DestinationSetting;
import io.mskconsole.core.fleet.change.FleetApply;
import io.mskconsole.core.fleet.change.FleetApplyReport;
import io.mskconsole.core.fleet.change.FleetChange;
import io.mskconsole.core.fleet.change.FleetPlan;
import io.mskconsole.core.fleet.change.PlannedCluster;
import io.mskconsole.core.journal.ChangeJournal;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Bulk apply of one log-delivery change to 50 clusters in 5 regions of one account, against a local stub playing
 * MSK whose throttle is real: per region, at most {@code bench.limit} calls (3) are taken in any sliding second, every
 * call above that is answered 429 TooManyRequestsException; every answer comes after {@code bench.delayMs} (50 ms);
 * each UpdateMonitoring starts an operation that reports UPDATE_IN_PROGRESS for {@code bench.operationMs} (2 s), then
 * UPDATE_COMPLETE. The stub checks each UpdateMonitoring's currentVersion (a stale one is refused as MSK does) and
 * moves the version on when it takes one. Regions are told apart by the region of the request's SigV4 scope.
 *
 * <p>{@link FleetApply} runs as the app runs it: the real clock, {@link Pause#REAL}, follow on, the SDK client with
 * the app's retry strategy for reads (the standard one: a throttled read may be retried inside the SDK before the
 * pacer sees it) and UpdateMonitoring sent once. Runs: {@link FleetApply.Options#standard} (3 clusters at once per
 * region at {@link FleetApply#DEFAULT_RATE}, below the stub's limit); the same at {@code bench.aboveRate} (10) calls a
 * second, above the limit, so the pacer meets real 429s; and a sequential baseline (one cluster at a time, at
 * DEFAULT_RATE, one region after the other). For each: wall time, each region's own time at the stub (first request
 * in to last answer out), their sum, UpdateMonitoring received and taken per cluster (taken must be exactly 1 each),
 * the 429s the stub answered, those the pacer waited out, those that reached a result as an error (must be 0), and
 * the peak heap (of the JVM, the stub in it).
 *
 * <p>The session polls operations at {@code AwsSession.operationPollInterval()}, a fixed 10 s, so each operation is
 * seen to end up to 10 s after the stub's 2 s (following takes no sending slot: a region's next cluster is sent
 * meanwhile). {@code -Dbench.pollMs=500} opens the same session with that interval instead (a forwarding session:
 * the app has no setting for it).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:java@fleet-apply-benchmark} (offline: {@code ./mvnw -o -B -ntp -q
 * test-compile exec:java@fleet-apply-benchmark}); {@code -Dbench.pollMs=500}, {@code -Dbench.baseline=false} to skip
 * the sequential baseline (about 10 minutes at the 10 s poll interval), {@code -Dbench.limit},
 * {@code -Dbench.delayMs}, {@code -Dbench.operationMs}, {@code -Dbench.aboveRate}.
 */
public final class FleetApplyBenchmark {
    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);
    static final int LIMIT = Integer.getInteger("bench.limit", 3);
    static final int OPERATION_MS = Integer.getInteger("bench.operationMs", 2000);
    static final Integer POLL_MS = Integer.getInteger("bench.pollMs");
    static final double ABOVE_RATE = Double.parseDouble(System.getProperty("bench.aboveRate", "10"));
    static final boolean BASELINE = Boolean.parseBoolean(System.getProperty("bench.baseline", "true"));
    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-2");
    static final int PER_REGION = 10;
    static final String ACCOUNT_ID = "111122223333";
    static final FleetChange TO_VENDED_LOGS = new FleetChange(List.of(DestinationSetting.on(LogKind.BROKER,
            DestinationType.CLOUDWATCH_LOGS, "/aws/vendedlogs/msk/{cluster}", null)));
    /** Kept so the level set on it holds: the change journal's line per UpdateMonitoring taken, muted. */
    static final java.util.logging.Logger JOURNAL = java.util.logging.Logger.getLogger(ChangeJournal.LOGGER);

    private FleetApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        JOURNAL.setLevel(java.util.logging.Level.WARNING);
        FleetApplyStub msk = new FleetApplyStub();
        WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(64).jettyAcceptors(2).disableRequestJournal().extensions(msk));
        aws.start();
        aws.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        Path home = Files.createTempDirectory("fleet-apply-bench");
        ExecutorService pool = DaemonThreads.cachedPool("bench-apply");
        try {
            // the app's client settings (production()) but for the endpoint: the standard retry strategy for reads
            AwsClientSettings settings = new AwsClientSettings(URI.create(aws.baseUrl()), null, 0, null,
                    Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30));
            ProfileDirectory profiles = StubAccount.directory(home, settings);
            if (POLL_MS != null) {
                profiles = new PollingEvery(profiles, Duration.ofMillis(POLL_MS));
            }
            Accounts accounts = new Accounts(profiles, () -> null);
            Duration poll;
            try (Session session = accounts.open(Account.profile(StubAccount.PROFILE))) {
                poll = session.operationPollInterval();
            }
            FleetApply apply = new FleetApply(accounts, pool, Clock.systemUTC(), Pause.REAL);
            System.out.printf(Locale.ROOT, "fleet apply: %d clusters in %d regions of 1 account; the stub takes %d "
                            + "calls a second per region (429 TooManyRequestsException above), answers in %d ms, "
                            + "operations run %d ms; operations polled every %d ms%s; follow on%n",
                    REGIONS.size() * PER_REGION, REGIONS.size(), LIMIT, DELAY_MS, OPERATION_MS, poll.toMillis(),
                    POLL_MS == null ? " (AwsSession's fixed interval)" : " (-Dbench.pollMs)");

            // warm-up: one cluster, so the first run does not pay for class loading and the SDK client
            msk.reset();
            apply.apply(new FleetPlan(java.time.Instant.EPOCH, TO_VENDED_LOGS,
                    plan(REGIONS.subList(0, 1)).clusters().subList(0, 1)), FleetApply.Options.standard(false),
                    FleetApply.Progress.NONE, Cancellation.none(), Cancellation.none());

            run("parallel, Options.standard(true): 3 at once per region, " + FleetApply.DEFAULT_RATE
                    + " calls/s (DEFAULT_RATE)", msk, apply, FleetApply.Options.standard(true), false);
            run("parallel, 3 at once per region, " + ABOVE_RATE + " calls/s (above the stub's " + LIMIT + ")", msk,
                    apply, new FleetApply.Options(FleetApply.DEFAULT_CONCURRENCY, ABOVE_RATE, true), false);
            if (BASELINE) {
                run("sequential baseline: 1 at a time, " + FleetApply.DEFAULT_RATE + " calls/s, one region after "
                        + "the other", msk, apply, new FleetApply.Options(1, FleetApply.DEFAULT_RATE, true), true);
            }
        } finally {
            pool.shutdownNow();
            aws.stop();
        }
    }

    /** Applies the whole plan (or region by region, one after the other) and prints what the stub and report saw. */
    static void run(String label, FleetApplyStub msk, FleetApply apply, FleetApply.Options options,
                    boolean regionByRegion) {
        msk.reset();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<ClusterResult> results = new ArrayList<>();
        int pacerThrottles = 0;
        long start = System.nanoTime();
        for (List<String> regions : regionByRegion ? REGIONS.stream().map(List::of).toList() : List.of(REGIONS)) {
            FleetApplyReport report = apply.apply(plan(regions), options, FleetApply.Progress.NONE,
                    Cancellation.none(), Cancellation.none());
            results.addAll(report.results());
            pacerThrottles += report.throttles();
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        Map<String, Long> regionMs = msk.regionMillis();
        long sum = regionMs.values().stream().mapToLong(Long::longValue).sum();
        long slowest = regionMs.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<String, Long> statuses = results.stream().collect(Collectors.groupingBy(r -> r.status().word(),
                TreeMap::new, Collectors.counting()));
        long throttledErrors = results.stream().filter(r -> !r.status().succeeded())
                .filter(r -> r.message().contains("throttled")).count();
        long notTakenOnce = msk.clusters.values().stream().filter(c -> c.updatesTaken.get() != 1).count();
        int updatesReceived = msk.clusters.values().stream().mapToInt(c -> c.updatesReceived.get()).sum();
        int updatesTaken = msk.clusters.values().stream().mapToInt(c -> c.updatesTaken.get()).sum();

        System.out.printf(Locale.ROOT, "%n%s%n", label);
        System.out.printf(Locale.ROOT, "  wall time: %d ms; results: %s%n", wall, statuses);
        System.out.printf(Locale.ROOT, "  each region (first request in to last answer out): %s%n", regionMs
                .entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "  slowest region: %d ms; sum of the regions: %d ms; wall / sum: %.2f%n",
                slowest, sum, sum == 0 ? 0 : (double) wall / sum);
        System.out.printf(Locale.ROOT, "  UpdateMonitoring: %d received, %d taken; clusters not taken exactly once: "
                + "%d of %d%n", updatesReceived, updatesTaken, notTakenOnce, msk.clusters.size());
        System.out.printf(Locale.ROOT, "  requests: %d; 429s answered by the stub: %d %s; waited out by the pacer: "
                        + "%d; reached a result as an error: %d%n", msk.requests.get(), msk.throttled.get(),
                msk.throttledByOperation, pacerThrottles, throttledErrors);
        System.out.printf(Locale.ROOT, "  peak heap: %.1f MB%n", peakHeap / 1024.0 / 1024.0);
    }

    /** Every cluster of these regions, planned from the stub's initial state to CloudWatch Logs /aws/vendedlogs/msk/NAME. */
    static FleetPlan plan(List<String> regions) {
        List<PlannedCluster> planned = new ArrayList<>();
        for (String region : regions) {
            for (int i = 0; i < PER_REGION; i++) {
                String name = name(region, i);
                LoggingInfo current = LoggingInfo.of(new LogDelivery(CloudWatchLogsDestination.to("/msk/" + name),
                        S3Destination.OFF, FirehoseDestination.OFF));
                LoggingInfo target = current.withBrokerLogs(current.brokerLogs()
                        .withCloudWatchLogs(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/" + name)));
                planned.add(new PlannedCluster(Account.profile(StubAccount.PROFILE), region, arn(region, i), name,
                        "K1", PlannedCluster.Action.CHANGE, null, current, target, List.of()));
            }
        }
        return new FleetPlan(java.time.Instant.EPOCH, TO_VENDED_LOGS, planned);
    }

    static String name(String region, int i) {
        return "c" + i + "-" + region;
    }

    static String arn(String region, int i) {
        return "arn:aws:kafka:" + region + ":" + ACCOUNT_ID + ":cluster/" + name(region, i) + "/0a1b2c3d-" + i;
    }
}
