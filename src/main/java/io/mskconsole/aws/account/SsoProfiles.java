package io.mskconsole.aws.account;

import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.SsoLogin;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The IAM Identity Center settings of profiles, read as the AWS CLI reads them: {@code sso_session} naming an
 * {@code [sso-session NAME]} section ({@code sso_start_url}, {@code sso_region}, {@code sso_registration_scopes}),
 * or a legacy profile's own {@code sso_start_url} and {@code sso_region}; and the account and role a profile takes
 * ({@code sso_account_id}, {@code sso_role_name}).
 */
final class SsoProfiles {
    private SsoProfiles() {
    }

    /** Whether the profile signs in through IAM Identity Center. */
    static boolean isSso(Profile profile) {
        return profile.property("sso_session").isPresent()
                || profile.property(ProfileProperty.SSO_START_URL).isPresent();
    }

    /**
     * The login the profile signs in with, or empty for a profile that is not an SSO profile.
     *
     * @throws GatewayException {@code CONFIGURATION} when the profile names an sso-session that is missing or
     *                          incomplete, saying what to add where
     */
    static Optional<SsoLogin> login(ProfileFile file, String profileName) {
        Optional<Profile> found = file.profile(profileName);
        if (found.isEmpty() || !isSso(found.get())) {
            return Optional.empty();
        }
        Profile profile = found.get();
        Optional<String> sessionName = value(profile, "sso_session");
        if (sessionName.isPresent()) {
            String name = sessionName.get();
            Profile section = file.getSection("sso-session", name).orElseThrow(() -> incomplete(profileName,
                    "names sso_session " + name + ", but there is no [sso-session " + name + "] section"));
            String startUrl = value(section, ProfileProperty.SSO_START_URL).orElseThrow(() -> incomplete(profileName,
                    "its [sso-session " + name + "] has no sso_start_url"));
            String region = value(section, ProfileProperty.SSO_REGION).orElseThrow(() -> incomplete(profileName,
                    "its [sso-session " + name + "] has no sso_region"));
            List<String> scopes = value(section, "sso_registration_scopes")
                    .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
            return Optional.of(SsoLogin.session(name, startUrl, region, scopes));
        }
        String startUrl = value(profile, ProfileProperty.SSO_START_URL).orElseThrow();
        String region = value(profile, ProfileProperty.SSO_REGION).orElseThrow(() -> incomplete(profileName,
                "it has sso_start_url but no sso_region"));
        return Optional.of(SsoLogin.legacy(startUrl, region));
    }

    /** The account and role the profile itself takes ({@code sso_account_id}, {@code sso_role_name}), if both are set. */
    static Optional<AccountRole> ownRole(ProfileFile file, String profileName) {
        Optional<Profile> profile = file.profile(profileName);
        Optional<String> account = profile.flatMap(p -> value(p, ProfileProperty.SSO_ACCOUNT_ID));
        Optional<String> role = profile.flatMap(p -> value(p, ProfileProperty.SSO_ROLE_NAME));
        if (account.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccountRole(account.get(), role.get(), ""));
        } catch (IllegalArgumentException wrong) {
            throw incomplete(profileName, wrong.getMessage());
        }
    }

    private static Optional<String> value(Profile profile, String property) {
        return profile.property(property).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static GatewayException incomplete(String profile, String what) {
        return new GatewayException(Failure.CONFIGURATION, null, "Profile " + profile + " is not set up for IAM "
                + "Identity Center: " + what + ". Fix it in the AWS config file, e.g. with `aws configure sso --profile "
                + profile + "`.");
    }
}
