package io.mskconsole.aws.account;

import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.IdentityCenter;
import io.mskconsole.core.signin.SsoLogin;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;

/**
 * How an account's credentials are found, as the AWS CLI finds them. IAM Identity Center sign-ins (an SSO
 * profile's own account and role, or any account and role its sign-in grants) go through the app's
 * {@link IdentityCenter}, which shares the AWS CLI's token cache and renews tokens in it; every other source
 * (access keys, {@code credential_process}, {@code role_arn} with {@code source_profile} or
 * {@code credential_source}, web identity, the environment) is the SDK's own provider.
 */
final class ProfileCredentials {
    private static final java.util.List<String> ENVIRONMENT_FIRST = java.util.List.of("AWS_ACCESS_KEY_ID",
            "AWS_WEB_IDENTITY_TOKEN_FILE");

    private ProfileCredentials() {
    }

    /**
     * "default" gets the SDK's default chain (environment, web identity, the default profile, container), as the
     * AWS CLI does without --profile; any other profile gets exactly its own credentials.
     *
     * @param role    an account and role granted through the profile's sign-in, or null for the profile's own
     * @param sso     the app's IAM Identity Center, or null where SSO goes through the SDK's provider
     * @param portals builds the access portal's client of a region (GetRoleCredentials)
     */
    static AwsCredentialsProvider providerFor(String profile, ProfileFile profileFile, AccountRole role,
                                              Map<String, String> environment, IdentityCenter sso,
                                              Function<Region, SsoClient> portals) {
        if (role != null) {
            SsoLogin login = SsoProfiles.login(profileFile, profile).orElseThrow(() -> new GatewayException(
                    Failure.CONFIGURATION, null, "Profile " + profile + " does not sign in through IAM Identity Center,"
                    + " so it cannot take account " + role.accountId() + " and role " + role.roleName()
                    + ": name an SSO profile (sso_session or sso_start_url)."));
            return signedIn(sso, login, role, portals);
        }
        // the SDK's default chain and the AWS CLI take keys, then web identity, from the environment before the profile
        boolean environmentFirst = AwsProfileDirectory.DEFAULT.equals(profile)
                && ENVIRONMENT_FIRST.stream().map(environment::get).anyMatch(v -> v != null && !v.isBlank());
        Optional<SsoLogin> login = environmentFirst ? Optional.empty() : SsoProfiles.login(profileFile, profile);
        if (login.isPresent() && sso != null) {
            Optional<AccountRole> own = SsoProfiles.ownRole(profileFile, profile);
            if (own.isEmpty()) {
                return () -> {
                    throw new GatewayException(Failure.CONFIGURATION, null, "Profile " + profile + " signs in to "
                            + login.get().describe() + " but names no account and role (sso_account_id, "
                            + "sso_role_name): choose one of the accounts the sign-in grants, or add them to the "
                            + "profile.");
                };
            }
            return signedIn(sso, login.get(), own.get(), portals);
        }
        if (!environmentFirst && profileFile.profile(profile).flatMap(p -> p.property("login_session")).isPresent()) {
            return () -> {
                throw new GatewayException(Failure.CONFIGURATION, null, "Profile " + profile + " signs in with "
                        + "`aws login` (login_session), which MSK Console cannot use yet. Use it through another "
                        + "profile with `credential_process = aws configure export-credentials --profile " + profile
                        + " --format process`, or an SSO or key profile.");
            };
        }
        if (AwsProfileDirectory.DEFAULT.equals(profile)) {
            return DefaultCredentialsProvider.builder().profileFile(profileFile).profileName(profile).build();
        }
        return ProfileCredentialsProvider.builder().profileFile(profileFile).profileName(profile).build();
    }

    private static AwsCredentialsProvider signedIn(IdentityCenter sso, SsoLogin login, AccountRole role,
                                                   Function<Region, SsoClient> portals) {
        if (sso == null) {
            throw new GatewayException(Failure.CONFIGURATION, null, "IAM Identity Center is not available here.");
        }
        return new SsoRoleCredentials(sso, login, role, portals.apply(Region.of(login.region())), sso.clock());
    }
}
