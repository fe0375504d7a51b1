package io.mskconsole.aws.account;

import io.mskconsole.aws.signin.AccessPortal;
import io.mskconsole.aws.signin.CliTokenCache;
import io.mskconsole.aws.signin.OidcIdentityCenter;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.concurrent.Pause;
import java.time.Clock;

/**
 * Builds the app's IAM Identity Center on AWS: sso-oidc and the access portal (unsigned clients, one per region, built
 * on first use) and the AWS CLI's token cache in the home folder, so a sign-in is shared with the AWS CLI.
 */
final class SignInServices {
    private SignInServices() {
    }

    static IdentityCenter identityCenter(AwsClientSettings settings) {
        Clock clock = Clock.systemUTC();
        return new IdentityCenter(new OidcIdentityCenter(settings, clock), new AccessPortal(settings),
                CliTokenCache.inHome(), clock, Pause.REAL);
    }
}
