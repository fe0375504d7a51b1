package io.mskconsole.core.arrival;

import java.time.Instant;

/**
 * What a Firehose delivery stream took in and passed on over a time range, from its CloudWatch metrics (namespace
 * AWS/Firehose, dimension DeliveryStreamName): the sums of IncomingRecords and IncomingBytes, the end of the newest
 * 5-minute period that had any record (null when none had), and how its delivery to S3 went.
 *
 * @param deliveredToS3 the sum of DeliveryToS3.Records, or null when the metric has no data (a stream delivering
 *                      elsewhere than S3, or one that tried nothing)
 * @param s3Success     the average of DeliveryToS3.Success (1 when every put to S3 succeeded, 0 when none did), or
 *                      null when the metric has no data
 */
public record StreamActivity(long records, long bytes, Instant newestRecords, Long deliveredToS3, Double s3Success) {
    public static final StreamActivity NONE = new StreamActivity(0, 0, null);

    /** Intake only: nothing known of the delivery onward. */
    public StreamActivity(long records, long bytes, Instant newestRecords) {
        this(records, bytes, newestRecords, null, null);
    }

    /** Whether records came in while none of the stream's puts to S3 succeeded. */
    public boolean failsToDeliver() {
        return records > 0 && s3Success != null && s3Success == 0;
    }
}
