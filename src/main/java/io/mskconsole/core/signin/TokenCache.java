package io.mskconsole.core.signin;

import java.util.Optional;

/**
 * Where sign-ins are kept between runs: for AWS, the AWS CLI's own token cache, so a sign-in in the app serves the
 * AWS CLI and the other way round. Reads and writes files: never on the UI thread.
 */
public interface TokenCache {
    /**
     * The login's cached token, or empty when there is none.
     *
     * @throws io.mskconsole.core.errors.GatewayException with {@code CONFIGURATION} naming the file when it cannot be
     *                                                    read or is not a token cache file
     */
    Optional<SsoToken> read(SsoLogin login);

    /** Replaces the login's cached token, whole or not at all. */
    void write(SsoLogin login, SsoToken token);

    /** Removes the login's cached token; true if there was one. */
    boolean delete(SsoLogin login);
}
