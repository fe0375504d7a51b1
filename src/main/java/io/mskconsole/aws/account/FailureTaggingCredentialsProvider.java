package io.mskconsole.aws.account;

import io.mskconsole.aws.errors.CredentialsUnavailableException;
import io.mskconsole.aws.errors.SessionClosedException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
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
 *
 * <p>Each provider built is a generation. A failure renews only the generation it came from: a burst of calls that
 * all fail with the same expired credentials builds one new provider (one fetch), and a late failure of a call made
 * with credentials already replaced changes nothing. Replaced providers are closed with this one, not while another
 * thread may still be resolving through them.
 */
final class FailureTaggingCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {
    private final Supplier<AwsCredentialsProvider> build;
    private final String profile;
    private final boolean ssoProfile;
    private final boolean ownsDelegate;
    private final ObjIntConsumer<CredentialsUnavailableException> failed;
    private volatile java.util.function.IntConsumer found = generation -> { };
    private boolean foundSaid;
    private final List<AwsCredentialsProvider> replaced = new ArrayList<>();
    private AwsCredentialsProvider delegate;
    private int generation;
    private boolean renew;
    private boolean closed;

    /**
     * @param build        makes the SDK's provider (again, after a credential failure)
     * @param ownsDelegate whether the provider built is closed with this one (not when it was handed in from outside)
     * @param failed       told of each failure to resolve credentials, with the generation that failed (the SDK tells
     *                     its interceptors nothing of them); the next resolution builds the provider again all the
     *                     same
     */
    FailureTaggingCredentialsProvider(Supplier<AwsCredentialsProvider> build, String profile, boolean ssoProfile,
                                      boolean ownsDelegate, ObjIntConsumer<CredentialsUnavailableException> failed) {
        this.build = build;
        this.failed = failed;
        this.profile = profile;
        this.ssoProfile = ssoProfile;
        this.ownsDelegate = ownsDelegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        AwsCredentialsProvider now;
        int used;
        synchronized (this) {
            now = current();
            used = generation;
        }
        try {
            AwsCredentials resolved = now.resolveCredentials();
            sayFound(used);
            return resolved;
        } catch (SessionClosedException closed) {
            throw closed;
        } catch (RuntimeException e) {
            CredentialsUnavailableException tagged = new CredentialsUnavailableException(profile, ssoProfile, e);
            failed.accept(tagged, used);
            renewOnNextUse(used);
            throw tagged;
        }
    }

    /** Tells, once per provider built, that it found credentials, with the provider's generation (1 for the first). */
    void onFound(java.util.function.IntConsumer action) {
        this.found = action;
    }

    private void sayFound(int used) {
        boolean first;
        synchronized (this) {
            first = used == generation && !foundSaid;
            foundSaid = foundSaid || first;
        }
        if (first) {
            found.accept(used);
        }
    }

    /** The generation the next resolution uses: the one built, or the next when it is to be built first. */
    synchronized int nextGeneration() {
        return delegate == null || renew ? generation + 1 : generation;
    }

    /** Whether credentials of this generation are still the ones resolved, with no renewal asked for. */
    synchronized boolean isCurrent(int seen) {
        return delegate != null && !renew && seen == generation;
    }

    /**
     * After a failure of credentials of generation {@code seen}: if they are still the current ones, the next
     * resolution builds the SDK's provider again, reading the shared files and the token cache afresh.
     */
    synchronized void renewOnNextUse(int seen) {
        if (seen == generation) {
            renew = true;
        }
    }

    /** Builds the provider when there is none or a renewal was asked for. Called holding the lock. */
    private AwsCredentialsProvider current() {
        if (closed) {
            throw new SessionClosedException(profile);
        }
        if (delegate == null || renew) {
            if (delegate != null) {
                replaced.add(delegate);
            }
            delegate = build.get();
            generation++;
            foundSaid = false;
            renew = false;
        }
        return delegate;
    }

    @Override
    public void close() {
        List<AwsCredentialsProvider> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(replaced);
            if (delegate != null) {
                all.add(delegate);
            }
            replaced.clear();
            delegate = null;
        }
        all.forEach(this::closeIfOwned);
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
