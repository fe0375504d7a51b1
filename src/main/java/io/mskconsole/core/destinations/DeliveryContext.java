package io.mskconsole.core.destinations;

import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.VerboseLogger;
import java.util.List;
import java.util.Locale;

/**
 * What the checks need to know about where broker logs are delivered from: the cluster's region, whether it runs
 * Express brokers, whether the person says its brokers log (or will log) at DEBUG or TRACE, and the brokers' real
 * levels when they were read.
 *
 * @param brokerLevels the loggers above INFO as read from the brokers (empty: none), or null when not read
 */
public record DeliveryContext(String region, boolean expressBrokers, boolean verboseBrokerLogging,
                              List<VerboseLogger> brokerLevels) {
    public DeliveryContext {
        brokerLevels = brokerLevels == null ? null : List.copyOf(brokerLevels);
    }

    /** Without the brokers' real levels: only what the person says counts. */
    public DeliveryContext(String region, boolean expressBrokers, boolean verboseBrokerLogging) {
        this(region, expressBrokers, verboseBrokerLogging, null);
    }

    /** The same context with the brokers' levels as just read. */
    public DeliveryContext withBrokerLevels(LoggerTable table) {
        return new DeliveryContext(region, expressBrokers, verboseBrokerLogging, table.aboveInfo());
    }

    public boolean brokerLevelsKnown() {
        return brokerLevels != null;
    }

    /** Whether brokers log above INFO: the person says so, or the levels read from the brokers show it. */
    public boolean logsAboveInfo() {
        return verboseBrokerLogging || (brokerLevels != null && !brokerLevels.isEmpty());
    }

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
