package io.mskconsole.core.logging;

import java.util.ArrayList;
import java.util.List;

/** Documented limits of broker log delivery in particular regions: warnings, never refusals. */
public final class RegionLimits {
    /** Asia Pacific (Osaka). */
    public static final String OSAKA = "ap-northeast-3";
    public static final String OSAKA_FIREHOSE = "The Amazon MSK developer guide says: \"Amazon MSK does not support "
            + "delivering broker logs to Kinesis Data Firehose in the Asia Pacific (Osaka) Region.\" Newer pages may no "
            + "longer say so: check before relying on it, or use CloudWatch Logs or S3.";

    private RegionLimits() {
    }

    /** Warnings about delivering these settings from a cluster in this region. */
    public static List<String> warnings(String region, BrokerLogs logs) {
        List<String> warnings = new ArrayList<>();
        if (OSAKA.equals(region) && logs.firehose().enabled()) {
            warnings.add(OSAKA_FIREHOSE);
        }
        return List.copyOf(warnings);
    }
}
