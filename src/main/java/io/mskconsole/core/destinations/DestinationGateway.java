package io.mskconsole.core.destinations;

import java.util.Optional;

/**
 * The broker log destinations of one account and region: listed for the picker, looked up for the checks, and
 * created on request. Implemented over CloudWatch Logs, S3 and Firehose, and by the Sandbox. Every method may throw
 * {@link io.mskconsole.core.errors.GatewayException}; lookups return empty only when the resource does not exist.
 */
public interface DestinationGateway {
    /** The gateway's region. */
    String region();

    /**
     * One page of log groups (DescribeLogGroups). A search that starts with "/" is a name prefix; any other
     * non-blank search matches anywhere in the name; null or blank lists all.
     */
    Page<LogGroupInfo> logGroups(String search, String pageToken);

    /** One page of the account's buckets, of every region, each with its region when known (ListBuckets). */
    Page<BucketInfo> buckets(String pageToken);

    /** One page of delivery stream names of the region (ListDeliveryStreams). */
    Page<String> deliveryStreams(String pageToken);

    Optional<LogGroupInfo> logGroup(String name);

    /** The bucket with its region and default encryption; empty when no bucket has this name. */
    Optional<BucketInfo> bucket(String name);

    /** The stream with its type, status and tags. */
    Optional<DeliveryStreamInfo> deliveryStream(String name);

    /** The region's CloudWatch Logs resource policies (DescribeResourcePolicies, all pages). */
    java.util.List<ResourcePolicyInfo> logResourcePolicies();

    /** CreateLogGroup in this region, its events kept for ever. */
    default void createLogGroup(String name) {
        createLogGroup(name, null);
    }

    /**
     * CreateLogGroup in this region, then PutRetentionPolicy when a retention is given. When the group was created
     * but its retention could not be set, the failure says so (the group stays).
     *
     * @param retentionDays days its events are kept (one of CloudWatch Logs' values), or null for never expiring
     */
    void createLogGroup(String name, Integer retentionDays);

    /** CreateBucket in this region. */
    void createBucket(String name);
}
