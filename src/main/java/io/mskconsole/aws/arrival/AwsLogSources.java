package io.mskconsole.aws.arrival;

import io.mskconsole.aws.destinations.SdkCalls;
import io.mskconsole.aws.s3.BucketRegions;
import io.mskconsole.aws.s3.S3Answers;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsFailures;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.brokerlogs.InsightsQuery;
import io.mskconsole.core.brokerlogs.InsightsResults;
import io.mskconsole.core.brokerlogs.LogEvent;
import io.mskconsole.core.brokerlogs.LogEventPage;
import io.mskconsole.core.brokerlogs.LogSourceGateway;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link LogSourceGateway} over CloudWatch Logs (FilterLogEvents; Logs Insights through {@link AwsLogsInsights}) and
 * S3 (GetObject) for one region, on the same clients as {@link AwsArrivalGateway}: one request per read (two for a
 * bucket of another region, the first time: see {@link #open}). Every failure comes out as a {@link GatewayException}
 * worded by {@link AwsFailures} (access denied names the IAM action, logs:FilterLogEvents or s3:GetObject); a log group, bucket or key that does not exist is {@code NOT_FOUND}
 * saying which; a client that cannot be had (closed session, unusable region or profile settings) is
 * {@code CONFIGURATION}. Reads use the clients' retry strategy. Thread-safe when the clients are.
 */
public final class AwsLogSources implements LogSourceGateway {
    /** The largest page FilterLogEvents gives. */
    static final int MAX_EVENTS = 10_000;

    private final ArrivalClients clients;
    private final String region;
    private final String profile;
    /** Where each bucket found elsewhere than {@link #region} lives, so it is asked there first next time. */
    private final BucketRegions bucketRegions;
    private final AwsLogsInsights insights;

    /**
     * @param clients the session's clients, asked on each use (they may be built lazily, and refuse once closed)
     * @param region  the region of the log groups, where buckets are asked first
     * @param profile the profile the clients sign with, for messages; null when credentials were given directly
     */
    public AwsLogSources(ArrivalClients clients, String region, String profile) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
        this.bucketRegions = new BucketRegions(region);
        this.insights = new AwsLogsInsights(clients, region, profile);
    }

    @Override
    public String region() {
        return region;
    }

    /**
     * FilterLogEvents, one page. FilterLogEvents' {@code endTime} is inclusive ("events with a timestamp later than
     * this time are not returned"), so it is sent as the last millisecond before {@code to}; {@code startTime} is the
     * first millisecond at or after {@code from}. An empty {@code streams} or a null pattern is left out of the
     * request. A page may be empty and still carry a nextToken, as CloudWatch Logs says.
     *
     * @throws IllegalArgumentException for a limit outside 1 to 10,000, or {@code from} after {@code to}
     */
    @Override
    public LogEventPage events(String logGroup, List<String> streams, Instant from, Instant to, String filterPattern,
                               String nextToken, int limit) {
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<String> named = streams == null ? List.of() : List.copyOf(streams);
        if (limit < 1 || limit > MAX_EVENTS) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_EVENTS + ": " + limit);
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to: " + from + ", " + to);
        }
        long start = ceilMillis(from);
        long end = ceilMillis(to) - 1;
        if (end < start) { // no millisecond in [from, to): nothing to ask for
            return new LogEventPage(List.of(), null);
        }
        FilterLogEventsRequest.Builder request = FilterLogEventsRequest.builder().logGroupName(logGroup)
                .startTime(start).endTime(end).nextToken(nextToken).limit(limit);
        if (!named.isEmpty()) {
            request.logStreamNames(named);
        }
        if (filterPattern != null) {
            request.filterPattern(filterPattern);
        }
        FilterLogEventsRequest built = request.build();
        AwsCall where = call(AwsService.CLOUDWATCH_LOGS, "FilterLogEvents", region)
                .forResource("log group", logGroup);
        return SdkCalls.call(where, () -> clients.logs(region),
                (CloudWatchLogsClient logs) -> page(logs.filterLogEvents(built)),
                failure -> {
                    throw notFound(failure, logGroup);
                });
    }

    /**
     * GetObject, its body unread: the caller reads as much as it needs and closes it. Closing before the end drops the
     * connection instead of reading the rest (what closing a partly read Apache-client stream would do). A bucket of
     * another region answers with a redirect naming its region ({@code x-amz-bucket-region}, HTTP 301 or 400): the
     * same GetObject is then sent once with that region's client, and the bucket's region remembered.
     */
    @Override
    public InputStream open(String bucket, String key) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        String at = bucketRegions.of(bucket);
        Fetched fetched = get(at, bucket, key, true);
        if (fetched.elsewhere() != null) {
            bucketRegions.remember(bucket, fetched.elsewhere());
            fetched = get(fetched.elsewhere(), bucket, key, false);
        }
        return new Body(fetched.body());
    }

    /** StartQuery on the query's log group: its time range in epoch seconds, its text and limit as it says. */
    @Override
    public String startQuery(InsightsQuery query) {
        return insights.start(Objects.requireNonNull(query, "query"));
    }

    /** GetQueryResults. */
    @Override
    public InsightsResults queryResults(String queryId) {
        return insights.results(queryId);
    }

    /** StopQuery. */
    @Override
    public void stopQuery(String queryId) {
        insights.stop(queryId);
    }

    private static LogEventPage page(FilterLogEventsResponse answer) {
        List<LogEvent> events = answer.events().stream().map(AwsLogSources::event).flatMap(Optional::stream).toList();
        String next = answer.nextToken() == null || answer.nextToken().isEmpty() ? null : answer.nextToken();
        return new LogEventPage(events, next);
    }

    /** The event, or empty when CloudWatch Logs left out its stream or time (it never does). */
    private static Optional<LogEvent> event(FilteredLogEvent event) {
        if (event.logStreamName() == null || event.timestamp() == null) {
            return Optional.empty();
        }
        return Optional.of(new LogEvent(event.logStreamName(), Instant.ofEpochMilli(event.timestamp()),
                event.message()));
    }

    /** ResourceNotFoundException said which: the group, or a stream named (as FilterLogEvents answers either). */
    private GatewayException notFound(GatewayException failure, String logGroup) {
        if (AwsFailures.find(failure, ResourceNotFoundException.class) == null) {
            return failure;
        }
        String said = failure.serviceMessage() == null ? "" : failure.serviceMessage().strip();
        boolean stream = said.toLowerCase(Locale.ROOT).contains("log stream");
        String what = stream ? "a log stream asked for does not exist in log group " + logGroup
                : "log group " + logGroup + " does not exist in " + region;
        String where = call(AwsService.CLOUDWATCH_LOGS, "FilterLogEvents", region).forResource("log group", logGroup)
                .describe();
        return new GatewayException(Failure.NOT_FOUND, failure.operation(), where + " failed: " + what
                + (said.isEmpty() ? "" : " (" + withoutStop(said) + ")") + ". It may have been deleted, or be in"
                + " another region or account.", failure.serviceMessage(), failure.getCause());
    }

    /** One GetObject's outcome: the body, or the region S3 sends the bucket's requests to. */
    private record Fetched(ResponseInputStream<GetObjectResponse> body, String elsewhere) {
    }

    /**
     * @param at       the region of the client that asks
     * @param redirect whether a redirect to another region is returned (the first request) or fails (the second)
     */
    private Fetched get(String at, String bucket, String key, boolean redirect) {
        AwsCall where = call(AwsService.S3, "GetObject", at).forResource("object", "s3://" + bucket + "/" + key);
        return SdkCalls.call(where, () -> clients.s3(at), (S3Client s3) -> {
            try {
                return new Fetched(s3.getObject(r -> r.bucket(bucket).key(key)), null);
            } catch (S3Exception e) {
                Optional<String> other = S3Answers.redirectedRegion(e).filter(r -> !r.equals(at));
                if (redirect && other.isPresent()) {
                    return new Fetched(null, other.get());
                }
                throw e;
            }
        }, failure -> {
            throw objectNotFound(failure, where, bucket, key);
        });
    }

    /** NoSuchBucket, NoSuchKey or a 404 without a code (as for a key): NOT_FOUND naming the bucket and the key. */
    private static GatewayException objectNotFound(GatewayException failure, AwsCall where, String bucket,
                                                   String key) {
        S3Exception error = AwsFailures.find(failure, S3Exception.class);
        if (error == null || error.statusCode() != 404) {
            return failure;
        }
        String code = error.awsErrorDetails() == null ? null : error.awsErrorDetails().errorCode();
        boolean noBucket = error instanceof NoSuchBucketException || S3Answers.NO_SUCH_BUCKET.equals(code);
        String said = failure.serviceMessage() == null || failure.serviceMessage().isBlank() ? ""
                : " (" + withoutStop(failure.serviceMessage().strip()) + ")";
        String what = noBucket ? "bucket " + bucket + " does not exist" + said + ". It may have been deleted, or"
                + " belong to another account."
                : "bucket " + bucket + " has no object " + key + said + ". It may have been deleted (or expired by"
                + " the bucket's lifecycle rules), or the key may be mistyped.";
        return new GatewayException(Failure.NOT_FOUND, failure.operation(), where.describe() + " failed: " + what,
                failure.serviceMessage(), failure.getCause());
    }

    private AwsCall call(AwsService service, String operation, String clientRegion) {
        return AwsCall.of(service, operation, clientRegion, profile, null);
    }

    /** The first whole millisecond at or after the instant. */
    private static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    private static String withoutStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The object's body as S3 sends it. Closed at its end, the connection goes back to the pool; closed before, it is
     * aborted, so that closing does not download the rest.
     */
    private static final class Body extends FilterInputStream {
        private final ResponseInputStream<GetObjectResponse> response;
        private boolean ended;

        Body(ResponseInputStream<GetObjectResponse> response) {
            super(response);
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            ended |= n < 0;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (!ended) {
                response.abort();
            }
            super.close();
        }
    }
}
