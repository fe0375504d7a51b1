package io.mskconsole.aws.account;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Run in a child JVM by {@link CredentialFetchesTest}: with one open session of an SSO profile whose cached token has
 * expired, lists clusters (refused: sign in again), then does what {@code aws sso login} does to the token cache
 * (moves a fresh token file over it) and lists them again in the same session. Prints one word per attempt.
 */
public final class RenewedLoginProbe {
    private RenewedLoginProbe() {
    }

    public static void main(String[] args) throws Exception {
        AwsClientSettings settings = new AwsClientSettings(URI.create(args[2]), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(30));
        AwsProfileDirectory profiles = AwsProfileDirectory.forFiles(Path.of(args[0]), Path.of(args[1]),
                System.getenv(), settings);
        try (AwsSession session = profiles.open(args[3])) {
            System.out.println(attempt(session));
            Files.move(Path.of(args[4]), Path.of(args[5]), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            System.out.println(attempt(session));
        }
    }

    private static String attempt(AwsSession session) {
        try {
            session.clusters("eu-west-1").listClusters(Cancellation.none());
            return "OK";
        } catch (GatewayException e) {
            return e.failure().name();
        }
    }
}
