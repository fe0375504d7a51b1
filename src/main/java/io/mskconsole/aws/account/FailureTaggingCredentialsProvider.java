package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.CredentialsUnavailableException;
import io.mskconsole.aws.errors.SessionClosedException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one credentials provider of a session, which every client of the session holds. Wraps the SDK's provider so
 * that any failure to resolve credentials reaches the error translation as a {@link CredentialsUnavailableException}
 * naming the profile (and whether it is an SSO profile), whatever the SDK threw: for SSO profiles that is sometimes
 * not an SDK exception at all.
 *
 * <p>After a credential failure ({@link #renewOnNextUse()}), the next resolution builds the SDK's provider again from
 * the shared files as they are then, so credentials renewed outside the app ({@code aws sso login}, a new session
 * token written to the credentials file) are picked up by the next call, without reopening the account. The SDK's
 * provider caches what it resolved until it nears expiry, so a burst of calls makes one fetch.
 */
final class FailureTaggingCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {
    private final Supplier<AwsCredentialsProvider> build;
    private final String profile;
    private final boolean ssoProfile;
    private final boolean ownsDelegate;
    private final Consumer<CredentialsUnavailableException> failed;
    private AwsCredentialsProvider delegate;
    private boolean renew;
    private boolean closed;

    /**
     * @param build        makes the SDK's provider (again, after a credential failure)
     * @param ownsDelegate whether the provider built is closed with this one (not when it was handed in from outside)
     * @param failed       told of each failure to resolve credentials (the SDK tells its interceptors nothing of
     *                     them); the next resolution builds the provider again all the same
     */
    FailureTaggingCredentialsProvider(Supplier<AwsCredentialsProvider> build, String profile, boolean ssoProfile,
                                      boolean ownsDelegate, Consumer<CredentialsUnavailableException> failed) {
        this.build = build;
        this.failed = failed;
        this.profile = profile;
        this.ssoProfile = ssoProfile;
        this.ownsDelegate = ownsDelegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return current().resolveCredentials();
        } catch (SessionClosedException closed) {
            throw closed;
        } catch (RuntimeException e) {
            CredentialsUnavailableException tagged = new CredentialsUnavailableException(profile, ssoProfile, e);
            renewOnNextUse();
            failed.accept(tagged);
            throw tagged;
        }
    }

    /** The next resolution builds the SDK's provider again, reading the shared files and the token cache afresh. */
    void renewOnNextUse() {
        synchronized (this) {
            renew = true;
        }
    }

    private AwsCredentialsProvider current() {
        AwsCredentialsProvider replaced = null;
        AwsCredentialsProvider now;
        synchronized (this) {
            if (closed) {
                throw new SessionClosedException(profile);
            }
            if (delegate == null || renew) {
                replaced = delegate;
                delegate = build.get();
                renew = false;
            }
            now = delegate;
        }
        closeIfOwned(replaced);
        return now;
    }

    @Override
    public void close() {
        AwsCredentialsProvider last;
        synchronized (this) {
            closed = true;
            last = delegate;
            delegate = null;
        }
        closeIfOwned(last);
    }

    private void closeIfOwned(AwsCredentialsProvider provider) {
        if (ownsDelegate && provider instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing is best effort: the provider is being replaced or the session is going away
            }
        }
    }

    @Override
    public String toString() {
        return "FailureTaggingCredentialsProvider(profile=" + profile + ")";
    }
}
