package io.mskconsole.core.account;

import java.util.List;
import java.util.Optional;

/** The AWS profiles of the shared config and credentials files, and a way to open one. */
public interface ProfileDirectory {
    /** Profile names from both files (SSO profiles included), sorted, "default" first. */
    List<String> profiles();

    /** AWS_PROFILE if set, else "default" if it exists. */
    Optional<String> defaultProfile();

    /**
     * Whether any source of AWS credentials is configured: access keys in the environment, a profile in the
     * shared files, web identity or container credentials. Reads no network.
     */
    boolean credentialsConfigured();

    /**
     * Opens a profile. Cheap: clients are built on first use.
     *
     * @throws io.mskconsole.core.errors.GatewayException with {@code CONFIGURATION} if the profile does not exist
     */
    Session open(String profile);

    /**
     * Opens a profile, or an account and role granted through an SSO profile's sign-in.
     *
     * @throws io.mskconsole.core.errors.GatewayException with {@code CONFIGURATION} if the profile does not exist or
     *                                                    cannot sign in through IAM Identity Center
     */
    default Session open(Account account) {
        if (account.role() != null) {
            throw new io.mskconsole.core.errors.GatewayException(io.mskconsole.core.errors.Failure.CONFIGURATION, null,
                    "Accounts granted through IAM Identity Center cannot be opened here.");
        }
        return open(account.profile());
    }

    /**
     * The IAM Identity Center sign-in a profile goes through, or empty for a profile that is not an SSO profile.
     * Reads the config file.
     */
    default Optional<AccountSignIn> signInOf(String profile) {
        return Optional.empty();
    }

    /** One sign-in per distinct login the profiles name (an sso-session, or a legacy start URL), each on its first profile. */
    default List<AccountSignIn> signIns() {
        return List.of();
    }
}
