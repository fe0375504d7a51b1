package io.mskconsole.aws.destinations;

import io.mskconsole.aws.errors.AwsCall;
import io.mskconsole.aws.errors.AwsService;
import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 half of {@link AwsDestinationGateway}: listing, looking up (region, then default encryption in the bucket's
 * own region) and creating buckets.
 */
final class S3Buckets {
    /** The largest page ListBuckets gives. */
    static final int PAGE_SIZE = 1000;
    static final String REGION_HEADER = "x-amz-bucket-region";
    static final String NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError";
    /** The region where CreateBucket must not name a location constraint. */
    static final String US_EAST_1 = "us-east-1";

    private final DestinationClients clients;
    private final String region;
    private final String profile;

    S3Buckets(DestinationClients clients, String region, String profile) {
        this.clients = clients;
        this.region = region;
        this.profile = profile;
    }

    Page<BucketInfo> buckets(String pageToken) {
        return call(region, "ListBuckets", null, s3 -> {
            ListBucketsResponse page = s3.listBuckets(r -> r.maxBuckets(PAGE_SIZE).continuationToken(pageToken));
            return new Page<>(page.buckets().stream().map(b -> BucketInfo.listed(b.name(), b.bucketRegion())).toList(),
                    page.continuationToken());
        });
    }

    /**
     * HeadBucket for the region (also when S3 answers that the bucket is in another region), then
     * GetBucketEncryption against the bucket's region. Encryption that may not be read is UNKNOWN. A bucket whose
     * HeadBucket is refused but whose region S3 still names (it sends {@code x-amz-bucket-region} with the 403) is
     * that region's with UNKNOWN encryption, and its encryption is not asked (it would be refused too).
     */
    Optional<BucketInfo> bucket(String name) {
        Optional<Location> location = call(region, "HeadBucket", name, s3 -> locate(s3, name));
        return location.map(where -> where.readable() ? encryption(name, where.region())
                : new BucketInfo(name, where.region(), BucketEncryption.UNKNOWN, null));
    }

    void createBucket(String name) {
        CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(name);
        if (!US_EAST_1.equals(region)) {
            request.createBucketConfiguration(c -> c.locationConstraint(region));
        }
        call(region, "CreateBucket", name, s3 -> s3.createBucket(request.build()));
    }

    /** Where HeadBucket found the bucket, and whether it could be read there (false when it was refused). */
    private record Location(String region, boolean readable) {
    }

    /**
     * The bucket's region, or empty when there is no such bucket. 403 means it exists but may not be read: with the
     * region header it is located all the same (not readable), without it the lookup fails with ACCESS_DENIED.
     */
    private Optional<Location> locate(S3Client s3, String name) {
        try {
            HeadBucketResponse head = s3.headBucket(r -> r.bucket(name));
            String found = head.bucketRegion() != null ? head.bucketRegion()
                    : regionHeader(head.sdkHttpResponse()).orElse(region);
            return Optional.of(new Location(found, true));
        } catch (S3Exception e) {
            Optional<String> elsewhere = e.awsErrorDetails() == null ? Optional.empty()
                    : regionHeader(e.awsErrorDetails().sdkHttpResponse());
            int status = e.statusCode();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 403) {
                return Optional.of(new Location(elsewhere.orElseThrow(() -> notReadable(name, e)), false));
            }
            if ((status == 301 || status == 400) && elsewhere.isPresent()) {
                return Optional.of(new Location(elsewhere.get(), true));
            }
            throw e;
        }
    }

    private GatewayException notReadable(String name, S3Exception e) {
        AwsCall where = where(region, "HeadBucket", name);
        return new GatewayException(Failure.ACCESS_DENIED, "HeadBucket", where.describe() + " failed: access denied."
                + " The bucket exists, but the identity of " + where.profileWords() + " cannot read it: it may belong"
                + " to another account, or the identity needs " + where.iamAction() + " on it.", null, e);
    }

    private BucketInfo encryption(String name, String bucketRegion) {
        return call(bucketRegion, "GetBucketEncryption", name, s3 -> {
            try {
                return DestinationMapping.bucket(name, bucketRegion, s3.getBucketEncryption(r -> r.bucket(name)));
            } catch (S3Exception e) {
                String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                if (NO_ENCRYPTION.equals(code)) {
                    return new BucketInfo(name, bucketRegion, BucketEncryption.NONE, null);
                }
                if (e.statusCode() == 403 || (code != null && code.startsWith("AccessDenied"))) {
                    return new BucketInfo(name, bucketRegion, BucketEncryption.UNKNOWN, null);
                }
                throw e;
            }
        });
    }

    private static Optional<String> regionHeader(SdkHttpResponse response) {
        return response == null ? Optional.empty()
                : response.firstMatchingHeader(REGION_HEADER).filter(value -> !value.isBlank());
    }

    private <T> T call(String clientRegion, String operation, String bucket,
                       Function<S3Client, T> action) {
        return SdkCalls.call(where(clientRegion, operation, bucket), () -> clients.s3(clientRegion), action);
    }

    private AwsCall where(String clientRegion, String operation, String bucket) {
        AwsCall call = AwsCall.of(AwsService.S3, operation, clientRegion, profile, null);
        return bucket == null ? call : call.forResource("bucket", bucket);
    }
}
