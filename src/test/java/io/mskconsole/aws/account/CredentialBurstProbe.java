package io.mskconsole.aws.account;

import io.mskconsole.core.concurrent.Cancellation;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Run in a child JVM by {@link CredentialFetchesTest}, whose HOME (where the SDK looks for the SSO token cache) is a
 * temporary folder: opens the profile named on the command line and lists the clusters of many regions at once, as
 * the fleet view will, then prints {@code OK <calls>} or the first failure.
 */
public final class CredentialBurstProbe {
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-2", "ap-northeast-1", "ca-central-1");
    static final int CALLS_PER_REGION = 3;

    private CredentialBurstProbe() {
    }

    public static void main(String[] args) throws Exception {
        AwsClientSettings settings = new AwsClientSettings(URI.create(args[2]), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(30));
        AwsProfileDirectory profiles = AwsProfileDirectory.forFiles(Path.of(args[0]), Path.of(args[1]),
                System.getenv(), settings);
        ExecutorService burst = Executors.newFixedThreadPool(REGIONS.size() * CALLS_PER_REGION);
        try (AwsSession session = profiles.open(args[3])) {
            List<Future<?>> calls = new ArrayList<>();
            for (String region : REGIONS) {
                for (int i = 0; i < CALLS_PER_REGION; i++) {
                    calls.add(burst.submit(() -> session.clusters(region).listClusters(Cancellation.none())));
                }
            }
            for (Future<?> call : calls) {
                call.get();
            }
            System.out.println("OK " + calls.size());
        } catch (Exception e) {
            System.out.println("FAILED " + e);
        } finally {
            burst.shutdownNow();
        }
    }
}
