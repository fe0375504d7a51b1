package io.mskconsole.aws.account;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How AWS clients are built: timeouts, retries, and, for tests and stubs, an endpoint and credentials that replace
 * the profile's.
 *
 * @param endpointOverride      where every client sends its requests, or null for the SDK's own resolution (which
 *                              honours {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_KAFKA} and a profile's
 *                              {@code endpoint_url})
 * @param credentialsOverride   credentials used instead of the profile's, or null
 * @param maxAttempts           attempts per read call including the first; 0 keeps the standard retry strategy's
 *                              default. Writes (UpdateMonitoring) always make exactly one attempt.
 * @param retryBackoff          the fixed wait between attempts, or null for the SDK's exponential backoff
 * @param connectionTimeout     to open a TCP connection
 * @param socketTimeout         between two packets of a response
 * @param apiCallAttemptTimeout one HTTP attempt
 * @param apiCallTimeout        the whole call, retries included
 */
public record AwsClientSettings(
        URI endpointOverride,
        AwsCredentialsProvider credentialsOverride,
        int maxAttempts,
        Duration retryBackoff,
        Duration connectionTimeout,
        Duration socketTimeout,
        Duration apiCallAttemptTimeout,
        Duration apiCallTimeout) {

    /** The access key id {@link #forStub(URI)} signs with; not a real key. */
    public static final String STUB_ACCESS_KEY_ID = "AKIDSTUBEXAMPLE00001";

    public AwsClientSettings {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be 0 (SDK default) or more, was " + maxAttempts);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(apiCallAttemptTimeout, "apiCallAttemptTimeout");
        Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
    }

    /**
     * The app's settings: the SDK's endpoints and the profile's credentials, the standard retry strategy (for reads;
     * UpdateMonitoring is never retried, see {@code KafkaClusterGateway}), 5 s to connect, at most 10 s per attempt
     * and 30 s per call, retries included.
     */
    public static AwsClientSettings production() {
        return new AwsClientSettings(null, null, 0, null,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    /**
     * For a local stub: every client goes to {@code endpoint}, signs with fixed fake credentials
     * ({@link #STUB_ACCESS_KEY_ID}), makes at most two attempts of a read 10 ms apart and gives up quickly.
     */
    public static AwsClientSettings forStub(URI endpoint) {
        return new AwsClientSettings(endpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(STUB_ACCESS_KEY_ID, "stub-secret-key")),
                2, Duration.ofMillis(10),
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(15));
    }

    public AwsClientSettings withEndpointOverride(URI endpoint) {
        return new AwsClientSettings(endpoint, credentialsOverride, maxAttempts, retryBackoff, connectionTimeout,
                socketTimeout, apiCallAttemptTimeout, apiCallTimeout);
    }

    public AwsClientSettings withCredentialsOverride(AwsCredentialsProvider credentials) {
        return new AwsClientSettings(endpointOverride, credentials, maxAttempts, retryBackoff, connectionTimeout,
                socketTimeout, apiCallAttemptTimeout, apiCallTimeout);
    }

    public AwsClientSettings withMaxAttempts(int attempts) {
        return new AwsClientSettings(endpointOverride, credentialsOverride, attempts, retryBackoff, connectionTimeout,
                socketTimeout, apiCallAttemptTimeout, apiCallTimeout);
    }

    public AwsClientSettings withApiCallAttemptTimeout(Duration timeout) {
        return new AwsClientSettings(endpointOverride, credentialsOverride, maxAttempts, retryBackoff,
                connectionTimeout, socketTimeout, timeout, apiCallTimeout);
    }

    /** The HTTP client with these timeouts. */
    public ApacheHttpClient.Builder httpClient() {
        return ApacheHttpClient.builder().connectionTimeout(connectionTimeout).socketTimeout(socketTimeout);
    }

    /**
     * Timeouts and the client's retry strategy; the caller adds the profile settings. Calls that must not be
     * retried replace the strategy per request.
     */
    public void applyTo(ClientOverrideConfiguration.Builder config) {
        config.apiCallTimeout(apiCallTimeout).apiCallAttemptTimeout(apiCallAttemptTimeout);
        if (maxAttempts == 0 && retryBackoff == null) {
            config.retryStrategy(RetryMode.STANDARD);
            return;
        }
        config.retryStrategy(retryStrategy());
    }

    /**
     * The retry strategy {@link #applyTo} gives the SDK's clients, for clients that run it themselves (EC2's query
     * client): the SDK's standard strategy with AWS's retry conditions, this many attempts and this backoff.
     */
    RetryStrategy retryStrategy() {
        var strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder();
        if (maxAttempts > 0) {
            strategy.maxAttempts(maxAttempts);
        }
        if (retryBackoff != null) {
            strategy.backoffStrategy(BackoffStrategy.fixedDelay(retryBackoff))
                    .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(retryBackoff));
        }
        return strategy.build();
    }

    /** Never shows the credentials provider, whose own text may name a key. */
    @Override
    public String toString() {
        return "AwsClientSettings[endpointOverride=" + endpointOverride
                + ", credentialsOverride=" + (credentialsOverride == null ? "none" : "set")
                + ", maxAttempts=" + maxAttempts + ", retryBackoff=" + retryBackoff
                + ", connectionTimeout=" + connectionTimeout + ", socketTimeout=" + socketTimeout
                + ", apiCallAttemptTimeout=" + apiCallAttemptTimeout + ", apiCallTimeout=" + apiCallTimeout + "]";
    }
}
