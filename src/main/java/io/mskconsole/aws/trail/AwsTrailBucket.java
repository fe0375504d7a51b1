package io.mskconsole.aws.trail;

import io.mskconsole.aws.destinations.SdkCalls;
import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.aws.s3.BucketRegions;
import io.mskconsole.aws.s3.S3Answers;
import io.mskconsole.core.trailbucket.ObjectPage;
import io.mskconsole.core.trailbucket.TrailBucketGateway;
import io.mskconsole.core.trailbucket.TrailInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link TrailBucketGateway} over the SDK: DescribeTrails (shadow trails included) with the CloudTrail client of the
 * region, and ListObjectsV2 and GetObject with the S3 client of the bucket's region. A trail's bucket is often in
 * another region (an organization's log archive account): S3's redirect names it ({@code x-amz-bucket-region}), the
 * request is sent once more there, and the bucket's region is remembered. Failures come out as
 * {@link io.mskconsole.core.errors.GatewayException}s worded by {@code AwsFailures}, access denied naming the IAM
 * action ({@code cloudtrail:DescribeTrails}, {@code s3:ListBucket}, {@code s3:GetObject}). Thread-safe when the
 * clients are.
 */
public final class AwsTrailBucket implements TrailBucketGateway {
    private final Supplier<CloudTrailClient> cloudTrail;
    private final Function<String, S3Client> s3;
    private final String region;
    private final String profile;
    private final BucketRegions bucketRegions;

    /**
     * @param cloudTrail the CloudTrail client of {@code region}, asked on each use
     * @param s3         the S3 client of a region, asked on each use
     * @param profile    the profile the clients sign with, for messages; null when credentials were given directly
     */
    public AwsTrailBucket(Supplier<CloudTrailClient> cloudTrail, Function<String, S3Client> s3, String region,
                          String profile) {
        this.cloudTrail = Objects.requireNonNull(cloudTrail, "cloudTrail");
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.region = Objects.requireNonNull(region, "region");
        this.profile = profile;
        this.bucketRegions = new BucketRegions(region);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public List<TrailInfo> trails() {
        AwsCall where = AwsCall.of(AwsService.CLOUDTRAIL, "DescribeTrails", region, profile, null);
        return SdkCalls.call(where, cloudTrail, (CloudTrailClient client) -> client.describeTrails(r -> r
                .includeShadowTrails(true)).trailList().stream().map(AwsTrailBucket::trail)
                .flatMap(Optional::stream).toList());
    }

    /** ListObjectsV2 with the delimiter, every page (the SDK's paginator): the common prefixes. */
    @Override
    public List<String> folders(String bucket, String prefix) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        return inBucketRegion(bucket, "ListObjectsV2", client -> client.listObjectsV2Paginator(r -> r.bucket(bucket)
                        .prefix(prefix).delimiter("/")).commonPrefixes().stream().map(CommonPrefix::prefix)
                .filter(Objects::nonNull).toList());
    }

    @Override
    public ObjectPage objects(String bucket, String prefix, String token) {
        Objects.requireNonNull(bucket, "bucket");
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("A listing needs a prefix: never the whole bucket " + bucket);
        }
        return inBucketRegion(bucket, "ListObjectsV2", client -> page(client.listObjectsV2(r -> r.bucket(bucket)
                .prefix(prefix).continuationToken(token))));
    }

    /** GetObject, its body unread: the caller reads it as it streams and closes it. */
    @Override
    public InputStream open(String bucket, String key) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        return inBucketRegion(bucket, "GetObject", client -> client.getObject(r -> r.bucket(bucket).key(key)));
    }

    private static ObjectPage page(ListObjectsV2Response answer) {
        String next = Boolean.TRUE.equals(answer.isTruncated()) ? answer.nextContinuationToken() : null;
        return new ObjectPage(answer.contents().stream().map(S3Answers::storedObject).flatMap(Optional::stream)
                .toList(), next == null || next.isEmpty() ? null : next);
    }

    private static Optional<TrailInfo> trail(Trail trail) {
        if (trail.name() == null || trail.s3BucketName() == null) {
            return Optional.empty(); // a trail that delivers nowhere (being created or deleted)
        }
        return Optional.of(new TrailInfo(trail.name(), trail.trailARN(), trail.homeRegion(), trail.s3BucketName(),
                trail.s3KeyPrefix(), Boolean.TRUE.equals(trail.isOrganizationTrail()),
                Boolean.TRUE.equals(trail.isMultiRegionTrail())));
    }

    /** One request's outcome: its answer, or the region S3 sends the bucket's requests to. */
    private record Answer<T>(T value, String elsewhere) {
    }

    /**
     * Sends the request with the client of the bucket's region (as last found, else the gateway's); when S3 answers
     * that the bucket is elsewhere, once more there.
     */
    private <T> T inBucketRegion(String bucket, String operation, Function<S3Client, T> request) {
        String at = bucketRegions.of(bucket);
        Answer<T> answer = send(at, bucket, operation, request, true);
        if (answer.elsewhere() != null) {
            bucketRegions.remember(bucket, answer.elsewhere());
            answer = send(answer.elsewhere(), bucket, operation, request, false);
        }
        return answer.value();
    }

    private <T> Answer<T> send(String at, String bucket, String operation, Function<S3Client, T> request,
                               boolean redirect) {
        AwsCall where = AwsCall.of(AwsService.S3, operation, at, profile, null).forResource("bucket", bucket);
        return SdkCalls.call(where, () -> s3.apply(at), (S3Client client) -> {
            try {
                return new Answer<>(request.apply(client), null);
            } catch (S3Exception e) {
                Optional<String> other = S3Answers.redirectedRegion(e).filter(r -> !r.equals(at));
                if (redirect && other.isPresent()) {
                    return new Answer<T>(null, other.get());
                }
                throw e;
            }
        });
    }
}
