package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.aws.destinations.HealthyAccountStubs;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.destinations.CheckCache;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.CheckRequest;
import io.mskconsole.core.destinations.DeliveryContext;
import io.mskconsole.core.destinations.DestinationChecks;
import io.mskconsole.core.destinations.DestinationServices;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.S3Destination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;

/**
 * How long the checks of one draft take against AWS over HTTP when every call takes 50 ms: a local WireMock plays
 * CloudWatch Logs, S3, Firehose, KMS, IAM and STS, the draft delivers to all three destinations (the bucket under
 * a customer managed KMS key, the longest chain of lookups). Prints cold runs (nothing cached: every call made)
 * and warm runs (the editing session's cache). Run: {@code mvn -q -B test-compile exec:java@preflight-benchmark}.
 */
public final class PreflightBenchmark {
    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);
    static final int RUNS = Integer.getInteger("bench.runs", 20);
    static final String CLUSTER = "arn:aws:kafka:us-east-1:" + HealthyAccountStubs.ACCOUNT
            + ":cluster/orders/5a7c0e5e-1";

    private PreflightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(64).jettyAcceptors(2));
        aws.start();
        Path home = Files.createTempDirectory("preflight-bench");
        ExecutorService pool = DaemonThreads.cachedPool("bench-checks");
        try (AwsSession session = StubAccount.open(home, StubAccount.patientSettings(aws.baseUrl()))) {
            new HealthyAccountStubs(aws::stubFor, DELAY_MS).stub("us-east-1", "/aws/vendedlogs/msk/orders",
                    "orders-broker-logs", "orders-stream");
            DestinationServices services = session.destinations("us-east-1");
            LogDelivery draft = new LogDelivery(CloudWatchLogsDestination.to("/aws/vendedlogs/msk/orders"),
                    S3Destination.to("orders-broker-logs", "kafka"), FirehoseDestination.to("orders-stream"));
            CheckRequest request = new CheckRequest(new DeliveryContext("us-east-1", false, false), draft, CLUSTER);

            for (int i = 0; i < 3; i++) { // warm-up: class loading, TLS-free HTTP pools, JIT
                new DestinationChecks(services, new CheckCache(), pool).run(request, Cancellation.none());
            }
            aws.resetRequests();
            List<Double> cold = new ArrayList<>();
            CheckReport report = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                report = new DestinationChecks(services, new CheckCache(), pool).run(request, Cancellation.none());
                cold.add((System.nanoTime() - start) / 1e6);
            }
            int callsPerRun = aws.getAllServeEvents().size() / RUNS;
            CheckCache shared = new CheckCache();
            DestinationChecks warmChecks = new DestinationChecks(services, shared, pool);
            warmChecks.run(request, Cancellation.none());
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                warmChecks.run(request, Cancellation.none());
                warm.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> fresh = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                try (AwsSession newSession = StubAccount.open(Files.createTempDirectory("preflight-bench"),
                        StubAccount.patientSettings(aws.baseUrl()))) {
                    long start = System.nanoTime();
                    new DestinationChecks(newSession.destinations("us-east-1"), new CheckCache(), pool)
                            .run(request, Cancellation.none());
                    fresh.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "Preflight checks of one draft (CloudWatch Logs + S3 under a customer KMS key"
                    + " + Firehose), every AWS call answered in %d ms:%n", DELAY_MS);
            System.out.printf(Locale.ROOT, "  findings: %s; AWS calls per cold run: %d%n", report.summary(), callsPerRun);
            System.out.printf(Locale.ROOT, "  cold (nothing cached), %d runs: %s%n", RUNS, stats(cold));
            System.out.printf(Locale.ROOT, "  warm (session cache),   %d runs: %s%n", RUNS, stats(warm));
            System.out.printf(Locale.ROOT, "  first run of a new session (six SDK clients built too), 5 runs: %s%n",
                    stats(fresh));
            System.out.printf(Locale.ROOT, "  if the calls ran one after another: %d ms%n", callsPerRun * DELAY_MS);

            // the same draft with authorizer logs to the same three destinations: each lookup is made once
            CheckRequest both = new CheckRequest(request.context(), new LoggingInfo(draft, draft), CLUSTER);
            aws.resetRequests();
            List<Double> bothKinds = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                report = new DestinationChecks(services, new CheckCache(), pool).run(both, Cancellation.none());
                bothKinds.add((System.nanoTime() - start) / 1e6);
            }
            System.out.printf(Locale.ROOT, "With authorizer logs to the same destinations: findings: %s; AWS calls per"
                    + " cold run: %d; cold, %d runs: %s%n", report.summary(), aws.getAllServeEvents().size() / RUNS,
                    RUNS, stats(bothKinds));
        } finally {
            pool.shutdownNow();
            aws.stop();
        }
    }

    static String stats(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
        return String.format(Locale.ROOT, "median %.0f ms, p90 %.0f ms, max %.0f ms", median, p90,
                sorted.get(sorted.size() - 1));
    }
}
