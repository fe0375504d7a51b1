package io.mskconsole.aws.arrival;

import io.mskconsole.aws.destinations.SdkCalls;
import io.mskconsole.aws.s3.BucketRegions;
import io.mskconsole.aws.s3.S3Answers;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.arrival.ArrivalGateway;
import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import io.mskconsole.core.arrival.StreamActivity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OrderBy;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link ArrivalGateway} over CloudWatch Logs, S3 and CloudWatch's metrics for one region: one request per read
 * (two for a bucket of another region, the first time: see {@link #objects}). Every failure comes out as a
 * {@link io.mskconsole.core.errors.GatewayException} worded by {@link io.mskconsole.aws.errors.AwsFailures}, as for
 * the destination adapters (access denied names the IAM action: logs:DescribeLogStreams, s3:ListBucket,
 * cloudwatch:GetMetricData); a client that cannot be had (closed session, unusable region or profile settings) is
 * {@code CONFIGURATION}. Reads use the clients' retry strategy. Thread-safe when the clients are.
 */
public final class AwsArrivalGateway implements ArrivalGateway {
    /** The largest page DescribeLogStreams gives. */
    static final int MAX_STREAMS = 50;
    /** The largest page ListObjectsV2 gives. */
    static final int MAX_KEYS = 1000;

    private final ArrivalClients clients;
    private final String region;
    private final String profile;
    /** Where each bucket found elsewhere than {@link #region} lives, so it is asked there first next time. */
    private final BucketRegions bucketRegions;

    /**
     * @param clients the session's clients, asked on each use (they may be built lazily, and refuse once closed)
     * @param region  the region of the log groups and delivery streams, where buckets are asked first
     * @param profile the profile the clients sign with, for messages; null when credentials were given directly
     */
    public AwsArrivalGateway(ArrivalClients clients, String region, String profile) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
        this.bucketRegions = new BucketRegions(region);
    }

    @Override
    public String region() {
        return region;
    }

    /** DescribeLogStreams, orderBy LastEventTime, descending, one page; a missing group is empty. */
    @Override
    public Optional<List<LogStreamInfo>> newestStreams(String logGroup, int limit) {
        Objects.requireNonNull(logGroup, "logGroup");
        if (limit < 1 || limit > MOST_STREAMS) {
            throw new IllegalArgumentException("limit must be 1 to " + MOST_STREAMS + ": " + limit);
        }
        AwsCall where = call(AwsService.CLOUDWATCH_LOGS, "DescribeLogStreams", region)
                .forResource("log group", logGroup);
        return SdkCalls.call(where, () -> clients.logs(region), (CloudWatchLogsClient logs) -> {
            try {
                // the paginator asks for the next page only when the stream reaches it
                return Optional.of(logs.describeLogStreamsPaginator(r -> r.logGroupName(logGroup)
                                .orderBy(OrderBy.LAST_EVENT_TIME).descending(true).limit(Math.min(limit, MAX_STREAMS)))
                        .logStreams().stream().limit(limit).map(ArrivalMapping::logStream).toList());
            } catch (ResourceNotFoundException absent) {
                return Optional.empty();
            }
        });
    }

    /**
     * ListObjectsV2 with the prefix, one page, with the client of the gateway's region. A bucket of another region
     * answers with a redirect naming its region ({@code x-amz-bucket-region}, HTTP 301 or 400, as HeadBucket does
     * for the destination checks): the same listing is then sent once with that region's client, and the bucket's
     * region remembered, so the next listing goes there directly. A missing bucket is empty.
     *
     * @throws IllegalArgumentException for a blank prefix (never the whole bucket) or maxKeys outside 1 to 1000
     */
    @Override
    public Optional<List<StoredObject>> objects(String bucket, String prefix, int maxKeys) {
        Objects.requireNonNull(bucket, "bucket");
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("A listing needs a prefix: never the whole bucket " + bucket);
        }
        if (maxKeys < 1 || maxKeys > MAX_KEYS) {
            throw new IllegalArgumentException("maxKeys must be 1 to " + MAX_KEYS + ": " + maxKeys);
        }
        Listing listing = list(bucketRegions.of(bucket), bucket, prefix, maxKeys, true);
        if (listing.elsewhere() != null) {
            bucketRegions.remember(bucket, listing.elsewhere());
            listing = list(listing.elsewhere(), bucket, prefix, maxKeys, false);
        }
        return listing.objects();
    }

    /**
     * GetMetricData, one call: the Sums of AWS/Firehose IncomingRecords and IncomingBytes by 5-minute period,
     * DeliveryStreamName = the stream, from {@code from} to {@code to}. A stream that does not exist (or took nothing)
     * has no data points: {@link StreamActivity#NONE}'s figures.
     */
    @Override
    public StreamActivity streamActivity(String deliveryStream, Instant from, Instant to) {
        Objects.requireNonNull(deliveryStream, "deliveryStream");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to: " + from + ", " + to);
        }
        AwsCall where = call(AwsService.CLOUDWATCH, "GetMetricData", region)
                .forResource("delivery stream", deliveryStream);
        return SdkCalls.call(where, () -> clients.metrics(region), (CloudWatchClient cloudWatch) ->
                FirehoseMetrics.activity(cloudWatch.getMetricData(FirehoseMetrics.request(deliveryStream, from, to)),
                        to));
    }

    /** One listing's outcome: the objects (empty when there is no bucket), or the region S3 sends it to. */
    private record Listing(Optional<List<StoredObject>> objects, String elsewhere) {
    }

    /**
     * @param at       the region of the client that lists
     * @param redirect whether a redirect to another region is returned (the first listing) or fails (the second)
     */
    private Listing list(String at, String bucket, String prefix, int maxKeys, boolean redirect) {
        AwsCall where = call(AwsService.S3, "ListObjectsV2", at).forResource("bucket", bucket);
        return SdkCalls.call(where, () -> clients.s3(at), (S3Client s3) -> {
            try {
                List<StoredObject> objects = s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix).maxKeys(maxKeys))
                        .contents().stream().map(S3Answers::storedObject).flatMap(Optional::stream).toList();
                return new Listing(Optional.of(objects), null);
            } catch (NoSuchBucketException absent) {
                return new Listing(Optional.empty(), null);
            } catch (S3Exception e) {
                if (S3Answers.isNoSuchBucket(e)) {
                    return new Listing(Optional.empty(), null);
                }
                Optional<String> other = S3Answers.redirectedRegion(e).filter(r -> !r.equals(at));
                if (redirect && other.isPresent()) {
                    return new Listing(Optional.empty(), other.get());
                }
                throw e;
            }
        });
    }

    private AwsCall call(AwsService service, String operation, String clientRegion) {
        return AwsCall.of(service, operation, clientRegion, profile, null);
    }
}
