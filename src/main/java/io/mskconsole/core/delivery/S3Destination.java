package io.mskconsole.core.delivery;

/** Broker logs to an S3 bucket under an optional key prefix. */
public record S3Destination(boolean enabled, String bucket, String prefix) {
    public static final S3Destination OFF = new S3Destination(false, null, null);

    public S3Destination {
        bucket = Text.blankToNull(bucket);
        prefix = Text.blankToNull(prefix);
    }

    public static S3Destination to(String bucket, String prefix) {
        return new S3Destination(true, bucket, prefix);
    }

    /** What is sent: bucket and prefix only while enabled. */
    public S3Destination forRequest() {
        return enabled ? this : OFF;
    }
}
