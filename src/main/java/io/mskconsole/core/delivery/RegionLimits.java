package io.mskconsole.core.delivery;

/** Documented limits of broker log delivery in particular regions: warned about by the checks, never refused. */
public final class RegionLimits {
    /** Asia Pacific (Osaka). */
    public static final String OSAKA = "ap-northeast-3";
    public static final String OSAKA_FIREHOSE = "The Amazon MSK developer guide says: \"Amazon MSK does not support "
            + "delivering broker logs to Kinesis Data Firehose in the Asia Pacific (Osaka) Region.\" Newer pages may no "
            + "longer say so: check before relying on it, or use CloudWatch Logs or S3.";

    private RegionLimits() {
    }
}
