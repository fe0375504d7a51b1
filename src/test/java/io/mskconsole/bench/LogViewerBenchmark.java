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
import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.brokerlogs.BrokerLogReader;
import io.mskconsole.core.brokerlogs.LogFilter;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterState;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.clusters.MonitoringSettings;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.S3Destination;
import io.mskconsole.ui.brokerlogs.BrokerLogsViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The broker log viewer opening the last 15 minutes of a 6-broker cluster, against a local stub ({@link LogViewerStub})
 * answering every request in {@code bench.delayMs} (50 ms): {@link BrokerLogReader#read} as the window and
 * {@code logs} call it (a new reader per read, {@link BrokerLogsViewModel#MAX} entries, no filter), on the clients of
 * an {@code AwsSession} opened from a stub profile with the app's client settings but for the endpoint. The brokers
 * write about 20 lines a second between them ({@link BrokerLogTraffic}); the range ends at a fixed time, 07:30 past
 * an hour, so the S3 path reads two hour folders. Two paths, the same lines: CloudWatch Logs (DescribeLogStreams, then
 * FilterLogEvents page by page) and the S3 delivery layout (ListObjectsV2 of the hour folders, GetObject of each
 * 5-minute object of the range). For each: the median time from the call to its result over {@code bench.runs} (5)
 * runs after one warm-up, the requests the stub answered, events or objects read, entries returned, and the peak heap
 * above what was in use before the read (the stub runs in the same JVM; reported, never judged). Then, when the AWS
 * CLI is on the PATH, the same 15 minutes the way people read them today ({@link LogViewerCli}), as many runs, and a
 * table of both.
 *
 * <p>Run: {@code ./mvnw -q -B test-compile exec:java@log-viewer-benchmark} ({@code -Dbench.runs=5},
 * {@code -Dbench.delayMs=50}, {@code -Dbench.entriesPerSecond=16.5}).
 */
public final class LogViewerBenchmark {
    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int BROKERS = 6;
    static final Duration RANGE = Duration.ofMinutes(15);
    /** Where S3 objects are read a few at a time, as the window's executor does. */
    static final java.util.concurrent.Executor FETCHES = io.mskconsole.core.concurrent.DaemonThreads.cachedPool(
            "bench-log-objects");
    /** When the viewer is opened: a fixed time, the benchmark measures with System.nanoTime. */
    static final Clock OPENED_AT = Clock.fixed(Instant.parse("2026-03-01T10:07:30Z"), ZoneOffset.UTC);
    static final String ACCOUNT_ID = "123456789012";
    static final String REGION = StubAccount.REGION;
    static final String NAME = "orders";
    static final String UUID = "5a1b2c3d-4e5f-6789-abcd-ef0123456789-2";
    static final String ARN = "arn:aws:kafka:" + REGION + ":" + ACCOUNT_ID + ":cluster/" + NAME + "/" + UUID;
    static final String GROUP = "/aws/vendedlogs/msk/" + NAME;
    static final String BUCKET = "msk-broker-logs-" + ACCOUNT_ID;
    static final String FOLDER = "AWSLogs/" + ACCOUNT_ID + "/KafkaBrokerLogs/" + REGION + "/" + NAME + "-" + UUID
            + "/";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One path's figures: the timed runs, the warm-up, and what the last run read. */
    record Measured(List<Long> millis, long warmUpMillis, BrokerLogReader.Result result, Map<String, Integer> requests,
                    long events, long bytes, long peakHeap) {
        long median() {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }

        int requestCount() {
            return requests.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private LogViewerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // as the window: the range ends at the second the viewer opened
        Instant to = OPENED_AT.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minus(RANGE);
        // the whole hour before too, so that the S3 listing of its folder holds what a real one would
        Instant dataFrom = to.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1)).minus(LogBucketStub.OBJECT_SPAN);
        List<BrokerLogTraffic.Line> lines = BrokerLogTraffic.of(BROKERS, dataFrom, to, 20260301L);
        LogViewerStub stub = new LogViewerStub(DELAY_MS, GROUP, NAME + "-" + UUID, BUCKET, FOLDER, lines, to);
        WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(32).jettyAcceptors(2).disableRequestJournal().gzipDisabled(true).extensions(stub));
        aws.start();
        aws.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        String endpoint = aws.baseUrl().replace("//localhost:", "//127.0.0.1:");
        Path home = Files.createTempDirectory("log-viewer-bench");
        try {
            long inRange = lines.stream().filter(l -> !l.time().isBefore(from) && l.time().isBefore(to)).count();
            System.out.printf(Locale.ROOT, "log viewer: the last %d minutes of a %d-broker cluster, %s to %s: %d "
                            + "lines (%.1f a second, stack traces included); every answer after %d ms; median of %d "
                            + "runs after one warm-up%n", RANGE.toMinutes(), BROKERS, from, to, inRange,
                    inRange / (double) RANGE.toSeconds(), DELAY_MS, RUNS);
            AwsClientSettings settings = AwsClientSettings.production().withEndpointOverride(URI.create(endpoint));
            Accounts accounts = new Accounts(StubAccount.directory(home, settings), () -> null);
            Measured cloudWatch;
            Measured s3;
            try (Session session = accounts.open(Account.profile(StubAccount.PROFILE))) {
                LogSourceGateway logs = session.logSources(REGION);
                ArrivalGateway listing = session.arrival(REGION);
                cloudWatch = measure(cluster(new LogDelivery(CloudWatchLogsDestination.to(GROUP), S3Destination.OFF,
                        FirehoseDestination.OFF)), logs, listing, stub, from, to);
                print("CloudWatch Logs " + GROUP + " (" + stub.streams().size() + " streams, " + stub.streams()
                        .get(0) + " …)", cloudWatch, "events");
                s3 = measure(cluster(new LogDelivery(CloudWatchLogsDestination.OFF, S3Destination.to(BUCKET, null),
                        FirehoseDestination.OFF)), logs, listing, stub, from, to);
                print("Amazon S3 s3://" + BUCKET + "/" + FOLDER + " (" + stub.objects().size() + " objects, one "
                        + "per broker per 5 minutes)", s3, "objects");
            }
            compare(cloudWatch, s3, stub, endpoint, home, from, to);
        } finally {
            aws.stop();
        }
    }

    static Cluster cluster(LogDelivery brokerLogs) {
        return new Cluster(ARN, NAME, ClusterType.PROVISIONED, ClusterState.ACTIVE, "K3AEGXETSR30VB", "3.6.0",
                "kafka.m5.large", BROKERS, LoggingInfo.of(brokerLogs), MonitoringSettings.NONE, null,
                Instant.parse("2025-06-01T09:00:00Z"));
    }

    /** One warm-up read (the clients are built), then the timed ones, each on a fresh reader as the window makes. */
    static Measured measure(Cluster cluster, LogSourceGateway logs, ArrivalGateway listing, LogViewerStub stub,
                            Instant from, Instant to) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        List<Long> millis = new ArrayList<>();
        long warmUp = 0;
        long peakHeap = 0;
        BrokerLogReader.Result result = null;
        for (int run = -1; run < RUNS; run++) {
            System.gc();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            stub.reset();
            long start = System.nanoTime();
            result = new BrokerLogReader(logs, listing, io.mskconsole.core.concurrent.Pause.REAL, FETCHES)
                    .read(cluster, LogKind.BROKER, from, to, LogFilter.ALL,
                    BrokerLogsViewModel.MAX, new Cancellation());
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
            if (run < 0) {
                warmUp = took;
            } else {
                millis.add(took);
                peakHeap = Math.max(peakHeap, peak);
            }
        }
        Map<String, Integer> requests = stub.requests();
        long read = requests.containsKey("FilterLogEvents") ? stub.eventsServed()
                : requests.getOrDefault("GetObject", 0);
        return new Measured(millis, warmUp, result, requests, read, stub.bytesServed(), peakHeap);
    }

    static void print(String source, Measured measured, String unit) {
        System.out.printf(Locale.ROOT, "%n%s%n", source);
        System.out.printf(Locale.ROOT, "  read(...) to its result: median %d ms (runs %s; warm-up, clients built: %d "
                + "ms)%n", measured.median(), measured.millis(), measured.warmUpMillis());
        System.out.printf(Locale.ROOT, "  requests: %d %s; %d %s read (%.1f MB); %d entries returned, from %s%n",
                measured.requestCount(), measured.requests(), measured.events(), unit,
                measured.bytes() / 1024.0 / 1024.0, measured.result().lines().size(), measured.result().source());
        if (!measured.result().lines().isEmpty()) {
            System.out.printf(Locale.ROOT, "  entries from %s to %s%n", measured.result().lines().get(0).time(),
                    measured.result().lines().get(measured.result().lines().size() - 1).time());
        }
        measured.result().notes().forEach(note -> System.out.println("  note: " + note));
        System.out.printf(Locale.ROOT, "  peak heap above the heap in use before the read (the stub's answers "
                + "included): %.1f MB%n", measured.peakHeap() / 1024.0 / 1024.0);
    }

    /** The AWS CLI on the same stub, when installed, and the table of both. */
    static void compare(Measured cloudWatch, Measured s3, LogViewerStub stub, String endpoint, Path home,
                        Instant from, Instant to) throws Exception {
        LogViewerCli.Run cliLogs = null;
        LogViewerCli.Run cliS3 = null;
        List<Long> logsMillis = new ArrayList<>();
        List<Long> s3Millis = new ArrayList<>();
        int logsRequests = 0;
        int s3Requests = 0;
        if (!AwsCliProcess.installed()) {
            System.out.println("\naws (the AWS CLI) is not on the PATH: no comparison.");
        } else {
            LogViewerCli cli = new LogViewerCli(endpoint, REGION, Files.createDirectories(home.resolve("cli")));
            List<String> folders = new ArrayList<>();
            for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); hour.isBefore(to); hour = hour.plus(1,
                    ChronoUnit.HOURS)) {
                folders.add(FOLDER + HOUR.format(hour) + "/");
            }
            for (int run = 0; run < RUNS; run++) {
                stub.reset();
                cliLogs = cli.filterLogEvents(GROUP, from, to);
                logsRequests = stub.requestCount();
                logsMillis.add(cliLogs.millis());
                stub.reset();
                cliS3 = cli.copyAndGunzip(BUCKET, folders);
                s3Requests = stub.requestCount();
                s3Millis.add(cliS3.millis());
            }
            System.out.printf(Locale.ROOT, "%nAWS CLI (%d runs each), keys and region in the environment:%n  %s%n"
                            + "    runs %s; %d requests; %s%n  %s%n    runs %s; %d requests; %s%n", RUNS,
                    cliLogs.command(), logsMillis, logsRequests, cliLogs.read(), cliS3.command(), s3Millis,
                    s3Requests, cliS3.read());
        }
        String row = "%-26s | %-52s | %s%n";
        System.out.printf(Locale.ROOT, "%n" + row, "last 15 min, 6 brokers", "MSK Console (BrokerLogReader.read)",
                "AWS CLI v1");
        System.out.printf(Locale.ROOT, row, "CloudWatch Logs", figures(cloudWatch, "events"),
                cliLogs == null ? "-" : median(logsMillis) + " ms, " + logsRequests + " requests, " + cliLogs.read()
                        + " (filter-log-events)");
        System.out.printf(Locale.ROOT, row, "Amazon S3", figures(s3, "objects"),
                cliS3 == null ? "-" : median(s3Millis) + " ms, " + s3Requests + " requests, " + cliS3.read()
                        + " (s3 cp + gunzip)");
    }

    private static String figures(Measured measured, String unit) {
        return String.format(Locale.ROOT, "%d ms, %d requests, %d %s, %d entries", measured.median(),
                measured.requestCount(), measured.events(), unit, measured.result().lines().size());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
