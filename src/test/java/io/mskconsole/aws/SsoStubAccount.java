package io.mskconsole.aws;

import io.mskconsole.aws.account.AwsClientSettings;
import io.mskconsole.aws.account.AwsProfileDirectory;
import io.mskconsole.aws.signin.AccessPortal;
import io.mskconsole.aws.signin.CliTokenCache;
import io.mskconsole.aws.signin.OidcIdentityCenter;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.sandbox.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * An SSO profile "dev-sso" (sso-session corp, account 111122223333, role MskAdmin, us-east-1) in a test's folder, on
 * the real adapters pointed at a stub, its token cache in {@code sso-cache} of that folder, its sign-in's waits moving
 * the test's clock instead of taking time.
 */
public final class SsoStubAccount {
    private SsoStubAccount() {
    }

    public static AwsProfileDirectory profiles(Path home, String stubUrl, MutableClock clock) {
        StubAccount.write(home.resolve("config"), """
                [profile dev-sso]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = MskAdmin
                region = us-east-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """);
        AwsClientSettings settings = new AwsClientSettings(URI.create(stubUrl), null, 1, Duration.ofMillis(10),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15));
        Pause pause = (duration, cancellation) -> {
            clock.advance(duration);
            return cancellation.isCancelled();
        };
        IdentityCenter identityCenter = new IdentityCenter(new OidcIdentityCenter(settings, clock),
                new AccessPortal(settings), new CliTokenCache(home.resolve("sso-cache")), clock, pause);
        return AwsProfileDirectory.forFiles(home.resolve("config"), home.resolve("credentials"), Map.of(), settings)
                .withIdentityCenter(identityCenter);
    }
}
