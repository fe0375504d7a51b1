package io.mskconsole.aws.errors;

/**
 * The credentials of a profile could not be resolved before a call was sent. Thrown by the credentials provider
 * the adapters wrap around the SDK's, so a failure to get credentials (an expired SSO session, a profile without
 * keys, an unreadable token cache) is never mistaken for a failure of the service call itself. The cause is the
 * SDK's own exception; the message names only the profile.
 */
public final class CredentialsUnavailableException extends RuntimeException {
    private final String profile;
    private final boolean ssoProfile;

    public CredentialsUnavailableException(String profile, boolean ssoProfile, Throwable cause) {
        super("Could not get credentials for " + (profile == null ? "the configured credentials" : "profile " + profile),
                cause);
        this.profile = profile;
        this.ssoProfile = ssoProfile;
    }

    /** The profile whose credentials failed, or null when credentials were given directly. */
    public String profile() {
        return profile;
    }

    /** Whether the profile signs in through IAM Identity Center (sso_session or sso_start_url). */
    public boolean ssoProfile() {
        return ssoProfile;
    }
}
