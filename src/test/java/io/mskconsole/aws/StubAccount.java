package io.mskconsole.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.aws.account.AwsSession;
import io.mskconsole.core.clusters.ClusterGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A profile "stub" in temporary config and credentials files, with fake static keys and region us-east-1, and
 * client settings that send everything to a local WireMock with one attempt and short timeouts.
 */
public final class StubAccount {
    public static final String PROFILE = "stub";
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "AKIDFAKEFORTESTS0001";
    /** The Authorization header the SDK sends when it signs with the stub profile's keys. */
    public static final String SIGNED_BY_STUB = "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/.*";

    private StubAccount() {
    }

    /** A stub MSK on a free port of 127.0.0.1, for {@code @RegisterExtension}. */
    public static WireMockExtension localMsk() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    }

    /** One attempt, 10 ms backoff, 1.5 s per attempt, 5 s per call; "localhost" is spelled 127.0.0.1. */
    public static AwsClientSettings settings(String baseUrl) {
        return new AwsClientSettings(URI.create(baseUrl.replace("//localhost:", "//127.0.0.1:")), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(1500), Duration.ofSeconds(5));
    }

    /**
     * As {@link #settings(String)} (one attempt, so stubbed errors are not retried), with timeouts generous enough
     * that a busy machine does not fail a test about what is sent, not about how fast.
     */
    public static AwsClientSettings patientSettings(String baseUrl) {
        return new AwsClientSettings(settings(baseUrl).endpointOverride(), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(30));
    }

    /** Writes the stub profile into {@code dir} and opens it. */
    public static AwsSession open(Path dir, AwsClientSettings settings) {
        return directory(dir, settings).open(PROFILE);
    }

    public static AwsProfileDirectory directory(Path dir, AwsClientSettings settings) {
        write(dir.resolve("config"), "[profile " + PROFILE + "]\nregion = " + REGION + "\n");
        write(dir.resolve("credentials"), "[" + PROFILE + "]\naws_access_key_id = " + ACCESS_KEY_ID
                + "\naws_secret_access_key = fakeSecretForTestsOnly\n");
        return AwsProfileDirectory.forFiles(dir.resolve("config"), dir.resolve("credentials"), Map.of(), settings);
    }

    public static ClusterGateway gateway(Path dir, String baseUrl) {
        return open(dir, settings(baseUrl)).clusters(REGION);
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
