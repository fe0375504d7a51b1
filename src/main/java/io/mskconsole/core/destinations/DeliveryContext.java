package io.mskconsole.core.destinations;

import java.util.Locale;

/**
 * What the checks need to know about where broker logs are delivered from: the cluster's region, whether it runs
 * Express brokers, and whether the person says its brokers log at DEBUG or TRACE.
 */
public record DeliveryContext(String region, boolean expressBrokers, boolean verboseBrokerLogging) {
    /** The AWS partition of the region: {@code aws-cn}, {@code aws-us-gov}, or {@code aws}. */
    public String partition() {
        String r = region == null ? "" : region.toLowerCase(Locale.ROOT);
        if (r.startsWith("cn-")) {
            return "aws-cn";
        }
        if (r.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }
}
