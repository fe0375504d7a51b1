package io.mskconsole.aws.errors;

import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.errors.GatewayException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link SsoSessionExpiredTest}, whose HOME (where the SDK looks for the SSO token cache) is
 * a temporary folder. Lists clusters with each profile named on the command line and prints one line per profile:
 * {@code profile TAB failure TAB message TAB class of the SDK's exception TAB its message}.
 */
public final class SsoProbe {
    private SsoProbe() {
    }

    public static void main(String[] args) {
        Path config = Path.of(args[0]);
        Path credentials = Path.of(args[1]);
        AwsClientSettings settings = new AwsClientSettings(URI.create(args[2]), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofSeconds(5));
        AwsProfileDirectory profiles = AwsProfileDirectory.forFiles(config, credentials, System.getenv(), settings);
        for (int i = 3; i < args.length; i++) {
            String profile = args[i];
            try (var session = profiles.open(profile)) {
                session.clusters("us-east-1").listClusters(Cancellation.none());
                System.out.println(profile + "\tOK");
            } catch (GatewayException e) {
                Throwable sdk = e.getCause() instanceof CredentialsUnavailableException c ? c.getCause() : e.getCause();
                System.out.println(String.join("\t", profile, e.failure().name(), e.getMessage(),
                        sdk == null ? "-" : sdk.getClass().getName(),
                        sdk == null ? "-" : String.valueOf(sdk.getMessage()).replace('\n', ' ')));
            }
        }
    }
}
