package io.mskconsole.aws.arrival;

import io.mskconsole.core.arrival.LogStreamInfo;
import io.mskconsole.core.arrival.StoredObject;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** CloudWatch Logs' and S3's answers as the delivery health reads them. */
final class ArrivalMapping {
    static final String REGION_HEADER = "x-amz-bucket-region";
    static final String NO_SUCH_BUCKET = "NoSuchBucket";

    private ArrivalMapping() {
    }

    /** The stream's name and its two times (epoch milliseconds in the answer), each null when not given. */
    static LogStreamInfo logStream(LogStream stream) {
        return new LogStreamInfo(stream.logStreamName() == null ? "" : stream.logStreamName(),
                instant(stream.lastEventTimestamp()), instant(stream.lastIngestionTime()));
    }

    /** The object, or empty when S3 left out its key or time (it never does for ListObjectsV2). */
    static Optional<StoredObject> storedObject(S3Object object) {
        if (object.key() == null || object.lastModified() == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredObject(object.key(), object.size() == null ? 0 : object.size(),
                object.lastModified()));
    }

    /** NoSuchBucket, or a 404 whose body (and so its code) was not read. */
    static boolean isNoSuchBucket(S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return NO_SUCH_BUCKET.equals(code) || (e.statusCode() == 404 && (code == null || code.isBlank()));
    }

    /**
     * The bucket's region when S3 answered that it is in another one: a 301 (PermanentRedirect) or a 400
     * (AuthorizationHeaderMalformed: signed for the wrong region) carrying {@code x-amz-bucket-region}.
     */
    static Optional<String> redirectedRegion(S3Exception e) {
        if ((e.statusCode() != 301 && e.statusCode() != 400) || e.awsErrorDetails() == null
                || e.awsErrorDetails().sdkHttpResponse() == null) {
            return Optional.empty();
        }
        return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(REGION_HEADER)
                .map(String::strip).filter(region -> !region.isEmpty());
    }

    private static Instant instant(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
