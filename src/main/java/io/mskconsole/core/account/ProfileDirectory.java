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
}
