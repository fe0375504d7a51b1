package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.CredentialsUnavailableException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Wraps the SDK's credentials provider so that any failure to resolve credentials reaches the error translation
 * as a {@link CredentialsUnavailableException} naming the profile (and whether it is an SSO profile), whatever
 * the SDK threw: for SSO profiles that is sometimes not an SDK exception at all.
 */
final class FailureTaggingCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {
    private final AwsCredentialsProvider delegate;
    private final String profile;
    private final boolean ssoProfile;
    private final boolean ownsDelegate;

    /** @param ownsDelegate whether {@link #close()} closes the delegate (not when it was handed in from outside) */
    FailureTaggingCredentialsProvider(AwsCredentialsProvider delegate, String profile, boolean ssoProfile,
                                      boolean ownsDelegate) {
        this.delegate = delegate;
        this.profile = profile;
        this.ssoProfile = ssoProfile;
        this.ownsDelegate = ownsDelegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return delegate.resolveCredentials();
        } catch (RuntimeException e) {
            throw new CredentialsUnavailableException(profile, ssoProfile, e);
        }
    }

    @Override
    public void close() {
        if (ownsDelegate && delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing is best effort: the session is going away
            }
        }
    }

    @Override
    public String toString() {
        return "FailureTaggingCredentialsProvider(profile=" + profile + ")";
    }
}
