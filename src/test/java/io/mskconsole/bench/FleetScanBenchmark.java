package io.mskconsole.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.mskconsole.aws.MskJson;
import io.mskconsole.aws.StubAccount;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.fleet.FleetPolicy;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetScan;
import io.mskconsole.sandbox.SandboxSession;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A fleet scan against a local stub playing MSK and CloudWatch Logs in 17 regions of 2 accounts with 500 clusters
 * (each delivering to a log group of its own, so the default policy looks 500 log groups up), every call answered in
 * 50 ms: time to the full report with its findings. Then the same listing done the way people do it today, the AWS
 * CLI ({@code aws kafka list-clusters-v2}) in a loop over the regions and profiles, on the same stub, when the AWS CLI
 * is installed. Run: {@code mvn -q -B test-compile exec:java@fleet-benchmark} ({@code -Dbench.runs=5}).
 */
public final class FleetScanBenchmark {
    static final int DELAY_MS = Integer.getInteger("bench.delayMs", 50);
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final int CLUSTERS = 500;
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1",
            "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "sa-east-1");
    /** When the reports say they were made: a fixed time, the benchmark measures with System.nanoTime. */
    static final Clock SCANNED_AT = Clock.fixed(java.time.Instant.parse("2026-12-07T15:00:00Z"),
            java.time.ZoneOffset.UTC);
    static final Map<String, String> KEYS = Map.of("prod", "AKIDPRODFORBENCH0001", "dev", "AKIDDEVFORBENCH00001");

    private FleetScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        WireMockServer aws = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")
                .containerThreads(128).jettyAcceptors(2).globalTemplating(true));
        aws.start();
        Path home = Files.createTempDirectory("fleet-bench");
        try {
            stub(aws);
            StubAccount.write(home.resolve("config"), "[profile prod]\nregion = us-east-1\n\n[profile dev]\n"
                    + "region = us-east-1\n");
            StubAccount.write(home.resolve("credentials"), KEYS.entrySet().stream().map(e -> "[" + e.getKey()
                    + "]\naws_access_key_id = " + e.getValue() + "\naws_secret_access_key = benchSecret\n")
                    .collect(Collectors.joining("\n")));
            AwsClientSettings settings = new AwsClientSettings(URI.create(aws.baseUrl()), null, 2,
                    Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofSeconds(20), Duration.ofSeconds(20),
                    Duration.ofSeconds(60));
            Accounts accounts = new Accounts(AwsProfileDirectory.forFiles(home.resolve("config"),
                    home.resolve("credentials"), Map.of(), settings), SandboxSession::open);
            List<Account> both = List.of(Account.profile("prod"), Account.profile("dev"));
            ExecutorService pool = DaemonThreads.cachedPool("bench-fleet");
            List<Long> times = new ArrayList<>();
            FleetReport last = null;
            for (int run = -1; run < RUNS; run++) {
                long start = System.nanoTime();
                last = new FleetScan(accounts, pool, SCANNED_AT).scan(both, REGIONS, FleetPolicy.standard(),
                        FleetScan.Progress.NONE, Cancellation.none());
                long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (run >= 0) {
                    times.add(took);
                }
            }
            pool.shutdownNow();
            System.out.printf(Locale.ROOT, "fleet scan: %d clusters in %d regions of 2 accounts, %d findings, %d "
                            + "regions not read; %d ms a call: median %d ms (runs %s)%n", last.rows().size(),
                    REGIONS.size(), last.rows().stream().mapToInt(r -> r.findings().size()).sum(),
                    last.failures().size(), DELAY_MS, median(times), times);
            awsCliLoop(aws, home);
        } finally {
            aws.stop();
        }
    }

    /** ListClustersV2 per account and region (told apart by the signing key and region), DescribeLogGroups echoing. */
    static void stub(WireMockServer aws) {
        int slots = KEYS.size() * REGIONS.size();
        int n = 0;
        for (Map.Entry<String, String> account : KEYS.entrySet()) {
            for (String region : REGIONS) {
                int count = CLUSTERS / slots + (n < CLUSTERS % slots ? 1 : 0);
                List<String> clusters = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String name = account.getKey() + "-" + region + "-" + i;
                    String arn = "arn:aws:kafka:" + region + ":111122223333:cluster/" + name + "/0a1b2c3d-" + n + "-"
                            + i;
                    clusters.add(MskJson.provisioned(arn, name, "K1", "ACTIVE", "kafka.m5.large"));
                }
                n++;
                aws.stubFor(get(urlPathEqualTo("/api/v2/clusters")).withHeader("Authorization", matching(
                        ".*Credential=" + account.getValue() + "/\\d+/" + region + "/kafka/.*"))
                        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                                .withFixedDelay(DELAY_MS)
                                .withBody("{\"clusterInfoList\": [" + String.join(",", clusters) + "]}")));
            }
        }
        aws.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", containing("DescribeLogGroups"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withFixedDelay(DELAY_MS).withBody("{\"logGroups\": [{\"logGroupName\": "
                                + "\"{{jsonPath request.body '$.logGroupNamePrefix'}}\", \"retentionInDays\": 30, "
                                + "\"storedBytes\": 1}]}")));
    }

    /** The AWS CLI in a loop over profiles and regions, as people list their clusters today; skipped without it. */
    static void awsCliLoop(WireMockServer aws, Path home) throws Exception {
        if (!isOnPath("aws")) {
            System.out.println("aws (the AWS CLI) is not installed: no comparison.");
            return;
        }
        long start = System.nanoTime();
        int calls = 0;
        for (String profile : KEYS.keySet()) {
            for (String region : REGIONS) {
                ProcessBuilder cli = new ProcessBuilder("aws", "kafka", "list-clusters-v2", "--profile", profile,
                        "--region", region, "--endpoint-url", aws.baseUrl(), "--output", "json");
                cli.environment().put("AWS_CONFIG_FILE", home.resolve("config").toString());
                cli.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
                Process process = cli.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (process.waitFor() != 0) {
                    System.out.println("aws kafka list-clusters-v2 failed for " + profile + " " + region);
                }
                calls++;
            }
        }
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "AWS CLI loop: %d runs of aws kafka list-clusters-v2 (listing only, no "
                + "findings, no destination lookups): %d ms%n", calls, took);
    }

    private static boolean isOnPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
