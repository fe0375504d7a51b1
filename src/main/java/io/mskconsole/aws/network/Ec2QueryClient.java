package io.mskconsole.aws.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.w3c.dom.Element;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * EC2's query protocol for one region, on SDK parts the app ships anyway: each call is a form-encoded POST
 * ({@code Action=...&Version=2016-11-15&...}) signed with the SDK's SigV4 signer for service {@code ec2}, sent with
 * the SDK's HTTP client and answered in XML. Failures come out as the SDK's own exceptions, so they are retried by the
 * SDK's retry strategy and worded by {@code AwsFailures} as those of the SDK's clients: an error answer is an
 * {@link AwsServiceException} with EC2's code and message, an I/O failure an {@link SdkClientException} around the
 * {@link IOException}, a timeout {@link ApiCallAttemptTimeoutException} or {@link ApiCallTimeoutException}, an
 * answer that is not XML an {@link SdkClientException} saying so. Credentials are resolved for each attempt and only
 * handed to the signer. Thread-safe; {@link #close()} closes the HTTP client.
 */
public final class Ec2QueryClient implements SdkAutoCloseable {
    /** The EC2 API version every call names. */
    public static final String API_VERSION = "2016-11-15";
    static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String SIGNING_NAME = "ec2";
    private static final String USER_AGENT = "msk-console aws-sdk-java/" + VersionInfo.SDK_VERSION + " ec2-query";

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final RetryStrategy retries;
    private final Duration attemptTimeout;
    private final Duration callTimeout;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * @param endpoint       where the calls go ({@link Ec2Endpoint#resolve})
     * @param region         the signing region
     * @param credentials    resolved before each attempt
     * @param http           the HTTP client, owned from now on: {@link #close()} closes it
     * @param retries        decides whether and when a failed attempt is tried again
     * @param attemptTimeout one HTTP attempt, the answer's body included
     * @param callTimeout    the whole call, retries and their waits included
     */
    public Ec2QueryClient(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http,
                          RetryStrategy retries, Duration attemptTimeout, Duration callTimeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.region = Objects.requireNonNull(region, "region");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Sends one action and returns the root element of its answer ({@code <ActionResponse>}).
     *
     * @param parameters the action's parameters after Action and Version, in the order they are to be sent
     * @throws SdkException an error answer, a failure to send or a timeout, once the retry strategy gives up
     */
    public Element call(String action, Map<String, String> parameters) {
        byte[] body = QueryForm.encode(action, API_VERSION, parameters).getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .encodedPath(endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("Content-Length", Integer.toString(body.length))
                .putHeader("User-Agent", USER_AGENT)
                .build();
        long deadline = System.nanoTime() + callTimeout.toNanos();
        var first = retries.acquireInitialToken(AcquireInitialTokenRequest.create(SIGNING_NAME));
        RetryToken token = first.token();
        pause(first.delay(), deadline, null);
        while (true) {
            try {
                Element answer = attempt(action, request, body, deadline);
                retries.recordSuccess(RecordSuccessRequest.create(token));
                return answer;
            } catch (SdkException failure) {
                try {
                    var next = retries.refreshRetryToken(
                            RefreshRetryTokenRequest.builder().token(token).failure(failure).build());
                    token = next.token();
                    pause(next.delay(), deadline, failure);
                } catch (TokenAcquisitionFailedException noMoreAttempts) {
                    throw failure;
                }
            }
        }
    }

    /** Waits before the next attempt; when that would pass the call's deadline, gives up with the last failure. */
    private void pause(Duration delay, long deadline, SdkException last) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        if (System.nanoTime() + delay.toNanos() >= deadline) {
            throw last != null ? last : ApiCallTimeoutException.create(callTimeout.toMillis());
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AbortedException.create("the call was interrupted", e);
        }
    }

    private Element attempt(String action, SdkHttpRequest request, byte[] body, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw ApiCallTimeoutException.create(callTimeout.toMillis());
        }
        boolean callLimited = remaining < attemptTimeout.toNanos();
        long limit = Math.min(remaining, attemptTimeout.toNanos());
        AwsCredentials identity = credentials.resolveCredentials();
        SignedRequest signed = signer.sign(sign -> sign.identity(identity).request(request)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        ExecutableHttpRequest exchange = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null)).build());
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> timer = Timer.SCHEDULER.schedule(() -> {
            timedOut.set(true);
            exchange.abort();
        }, limit, TimeUnit.NANOSECONDS);
        SdkHttpResponse response;
        byte[] answer;
        try {
            HttpExecuteResponse executed = exchange.call();
            response = executed.httpResponse();
            answer = readBody(executed);
        } catch (IOException | RuntimeException e) {
            if (timedOut.get()) {
                throw callLimited ? ApiCallTimeoutException.create("the call did not end within "
                        + callTimeout.toMillis() + " ms", e) : ApiCallAttemptTimeoutException.create(
                        "an attempt did not end within " + attemptTimeout.toMillis() + " ms", e);
            }
            if (e instanceof SdkException sdk) {
                throw sdk;
            }
            throw SdkClientException.builder().message("Unable to execute HTTP request: " + e.getMessage())
                    .cause(e).build();
        } finally {
            timer.cancel(false);
        }
        if (!response.isSuccessful()) {
            throw serviceError(response, answer);
        }
        return answerOf(action, response, answer);
    }

    private static byte[] readBody(HttpExecuteResponse executed) throws IOException {
        if (executed.responseBody().isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = executed.responseBody().get()) {
            return in.readAllBytes();
        }
    }

    /** The answer's root, which must be {@code <ActionResponse>}. */
    private static Element answerOf(String action, SdkHttpResponse response, byte[] body) {
        Element root;
        try {
            root = Ec2Xml.parse(body);
        } catch (Ec2Xml.MalformedException e) {
            throw SdkClientException.builder().message("the answer of Amazon EC2 (HTTP " + response.statusCode()
                    + ") could not be read: " + e.getMessage()).cause(e).build();
        }
        String expected = action + "Response";
        if (!expected.equals(Ec2Xml.localName(root))) {
            throw SdkClientException.builder().message("the answer of Amazon EC2 (HTTP " + response.statusCode()
                    + ") is not a " + expected + " but a <" + Ec2Xml.localName(root) + "> document").build();
        }
        return root;
    }

    /** EC2's error answer, or one made of the HTTP status when the body is not EC2's error XML. */
    private static AwsServiceException serviceError(SdkHttpResponse response, byte[] body) {
        Ec2Xml.Error error = Ec2Xml.error(body);
        String code = error == null ? null : error.code();
        String message = error != null && error.message() != null && !error.message().isBlank() ? error.message()
                : response.statusText().filter(t -> !t.isBlank()).orElse("HTTP " + response.statusCode())
                        + (error == null ? ", without EC2's error details" : "");
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                .serviceName("EC2").sdkHttpResponse(response).rawResponse(SdkBytes.fromByteArray(body)).build();
        return (AwsServiceException) AwsServiceException.builder().awsErrorDetails(details)
                .statusCode(response.statusCode()).requestId(error == null ? null : error.requestId())
                .message(message).build();
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "Ec2QueryClient(" + region + ", " + endpoint + ")";
    }

    /** Aborts attempts that run past their time; one daemon thread for every client. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor SCHEDULER = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "ec2-attempt-timeout");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.setRemoveOnCancelPolicy(true);
            return scheduler;
        }
    }
}
