package io.mskconsole.core.destinations;

import java.util.Objects;

/**
 * An S3 bucket: its region, and (when looked up one by one) its default encryption and KMS key.
 *
 * @param region     the bucket's region, or null when unknown (a listing without regions)
 * @param encryption the default encryption; {@link BucketEncryption#UNKNOWN} in listings
 * @param kmsKeyId   the KMS key id, alias or ARN of SSE-KMS, or null (then SSE-KMS uses the AWS managed aws/s3 key)
 */
public record BucketInfo(String name, String region, BucketEncryption encryption, String kmsKeyId) {
    public BucketInfo {
        Objects.requireNonNull(name, "name");
        encryption = encryption == null ? BucketEncryption.UNKNOWN : encryption;
    }

    public static BucketInfo listed(String name, String region) {
        return new BucketInfo(name, region, BucketEncryption.UNKNOWN, null);
    }
}
