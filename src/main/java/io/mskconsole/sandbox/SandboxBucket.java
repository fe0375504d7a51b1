package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.BucketEncryption;
import io.mskconsole.core.destinations.BucketInfo;
import java.util.Objects;

/**
 * An S3 bucket of the Sandbox account. Bucket names are global, so each one says which region it lives in, and its
 * default encryption as GetBucketEncryption gives it.
 *
 * @param kmsKeyId the KMS key id, alias or ARN of SSE-KMS, or null (then SSE-KMS uses the AWS managed aws/s3 key)
 */
public record SandboxBucket(String name, String region, BucketEncryption encryption, String kmsKeyId) {
    public SandboxBucket {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        encryption = encryption == null ? BucketEncryption.SSE_S3 : encryption;
    }

    /** A bucket with S3's default encryption, SSE-S3, as every new bucket gets since January 2023. */
    public SandboxBucket(String name, String region) {
        this(name, region, BucketEncryption.SSE_S3, null);
    }

    /** The bucket as a lookup gives it: region, encryption and key. */
    public BucketInfo info() {
        return new BucketInfo(name, region, encryption, kmsKeyId);
    }
}
