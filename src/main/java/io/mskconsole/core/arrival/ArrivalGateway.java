package io.mskconsole.core.arrival;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the delivery health reads in one account and region: one call each (only the newest matters), but for the
 * log viewer's longer list of streams.
 * Implemented over the AWS SDK and by the Sandbox. Every method may throw
 * {@link io.mskconsole.core.errors.GatewayException} (access denied: the health says it could not check).
 */
public interface ArrivalGateway {
    /** The most streams {@link #newestStreams} lists (four pages of DescribeLogStreams). */
    int MOST_STREAMS = 200;

    /** The region this gateway reads. */
    String region();

    /**
     * The log group's streams, newest event first (DescribeLogStreams, orderBy LastEventTime, descending), at most
     * {@code limit} (1 to {@value #MOST_STREAMS}: one call per 50, page after page); empty when the group does not
     * exist.
     */
    Optional<List<LogStreamInfo>> newestStreams(String logGroup, int limit);

    /**
     * The objects under one key prefix (ListObjectsV2 with the prefix, one page of at most {@code maxKeys}); never
     * the whole bucket. Empty when the bucket does not exist.
     */
    Optional<List<StoredObject>> objects(String bucket, String prefix, int maxKeys);

    /** What the delivery stream took in between the two times (CloudWatch GetMetricData, one call). */
    StreamActivity streamActivity(String deliveryStream, Instant from, Instant to);
}
