package io.mskconsole.aws.arrival;

import io.mskconsole.core.arrival.LogStreamInfo;
import java.time.Instant;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;

/** CloudWatch Logs' answers as the delivery health reads them (S3's: {@link io.mskconsole.aws.s3.S3Answers}). */
final class ArrivalMapping {

    private ArrivalMapping() {
    }

    /** The stream's name and its two times (epoch milliseconds in the answer), each null when not given. */
    static LogStreamInfo logStream(LogStream stream) {
        return new LogStreamInfo(stream.logStreamName() == null ? "" : stream.logStreamName(),
                instant(stream.lastEventTimestamp()), instant(stream.lastIngestionTime()));
    }

    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
