package io.mskconsole.core.trailbucket;

import java.io.InputStream;
import java.util.List;

/**
 * What reading a trail's history from S3 asks of one account and region: its trails, and the bucket's folders,
 * objects and files. Implemented over the AWS SDK and by the Sandbox. Every method may throw
 * {@link io.mskconsole.core.errors.GatewayException}; access denied names the IAM action.
 */
public interface TrailBucketGateway {
    String region();

    /** DescribeTrails, shadow trails included: the account's trails and the organization's seen from this region. */
    List<TrailInfo> trails();

    /**
     * The folders directly under the prefix (ListObjectsV2 with the delimiter {@code /}, every page): under
     * {@code AWSLogs/} the organization's id or the accounts, under an account's {@code CloudTrail/} its regions.
     */
    List<String> folders(String bucket, String prefix);

    /** One page of the objects under the prefix (ListObjectsV2), continuing after {@code token} (null at first). */
    ObjectPage objects(String bucket, String prefix, String token);

    /**
     * The object's bytes as stored (GetObject), streamed: the caller reads what it needs and closes it. A stream that
     * is a {@link LocalCopy} came from a copy on this machine, not from S3.
     */
    InputStream open(String bucket, String key);

    /** Marks a stream of {@link #open} read from a copy kept on this machine (a cache), not from S3. */
    interface LocalCopy {
    }
}
