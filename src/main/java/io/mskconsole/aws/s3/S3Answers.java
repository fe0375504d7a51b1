package io.mskconsole.aws.s3;

import io.mskconsole.core.arrival.StoredObject;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3's answers as the app reads them: a listed object, a missing bucket, a bucket that lives in another region. */
public final class S3Answers {
    public static final String REGION_HEADER = "x-amz-bucket-region";
    public static final String NO_SUCH_BUCKET = "NoSuchBucket";

    private S3Answers() {
    }

    /** The object, or empty when S3 left out its key or time (it never does for ListObjectsV2). */
    public static Optional<StoredObject> storedObject(S3Object object) {
        if (object.key() == null || object.lastModified() == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredObject(object.key(), object.size() == null ? 0 : object.size(),
                object.lastModified()));
    }

    /** NoSuchBucket, or a 404 whose body (and so its code) was not read. */
    public static boolean isNoSuchBucket(S3Exception e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return NO_SUCH_BUCKET.equals(code) || (e.statusCode() == 404 && (code == null || code.isBlank()));
    }

    /**
     * The bucket's region when S3 answered that it is in another one: a 301 (PermanentRedirect) or a 400
     * (AuthorizationHeaderMalformed: signed for the wrong region) carrying {@code x-amz-bucket-region}.
     */
    public static Optional<String> redirectedRegion(S3Exception e) {
        if ((e.statusCode() != 301 && e.statusCode() != 400) || e.awsErrorDetails() == null
                || e.awsErrorDetails().sdkHttpResponse() == null) {
            return Optional.empty();
        }
        return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(REGION_HEADER)
                .map(String::strip).filter(region -> !region.isEmpty());
    }
}
