package io.mskconsole.core.arrival;

import java.time.Instant;

/**
 * What a Firehose delivery stream took in over a time range, from its CloudWatch metrics (namespace AWS/Firehose,
 * dimension DeliveryStreamName): the sums of IncomingRecords and IncomingBytes, and the end of the newest 5-minute
 * period that had any record (null when none had).
 */
public record StreamActivity(long records, long bytes, Instant newestRecords) {
    public static final StreamActivity NONE = new StreamActivity(0, 0, null);
}
