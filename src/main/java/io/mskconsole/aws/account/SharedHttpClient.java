package io.mskconsole.aws.account;

import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The one HTTP client (and connection pool) of a session, which all its clients (every service, every region)
 * share, as the AWS Toolkits do with their client managers: one pool per account instead of one per client. A
 * client that closes it does nothing; the session closes it last, with {@link #closeShared()}.
 */
final class SharedHttpClient implements SdkHttpClient {
    private final SdkHttpClient delegate;

    SharedHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return delegate.prepareRequest(request);
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    /** Left open: other clients of the session still use it. */
    @Override
    public void close() {
        // the session closes the shared client
    }

    /** Closes the pool, once every client of the session is closed. */
    void closeShared() {
        delegate.close();
    }
}
