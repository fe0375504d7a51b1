package io.mskconsole.core.levels;

import io.mskconsole.core.delivery.LogDelivery;

/**
 * The MSK developer guide's caution about DEBUG or TRACE with CloudWatch Logs as a broker log destination, and when
 * it applies: a level more verbose than INFO on a cluster whose broker logs go to CloudWatch Logs.
 */
public final class CloudWatchCaution {
    /** The guide's own words. */
    public static final String DOCUMENTED_NOTE = "If you use CloudWatch Logs as a log destination and you dynamically "
            + "enable DEBUG or TRACE level logging, Amazon MSK may continuously deliver a sample of logs. This can "
            + "significantly impact broker performance.";
    /** What to do about it. */
    public static final String ADVICE = "While brokers log at DEBUG or TRACE, deliver to Amazon S3 or Kinesis Data "
            + "Firehose instead.";

    private CloudWatchCaution() {
    }

    /** Whether setting {@code level} on a cluster with these broker logs calls for the caution. */
    public static boolean applies(LogLevel level, LogDelivery logs) {
        return level != null && level.isAboveInfo() && logs != null && logs.cloudWatchLogs().enabled();
    }

    /** Whether the change calls for the caution on a cluster with these broker logs. */
    public static boolean applies(LevelChange change, LogDelivery logs) {
        return applies(change.level(), logs);
    }

    /** The caution as one paragraph: the guide's words, where the logs go, and the advice. */
    public static String message(LogDelivery logs) {
        String group = logs.cloudWatchLogs().logGroup();
        return "Caution from the MSK developer guide: \"" + DOCUMENTED_NOTE + "\" This cluster's broker logs go to "
                + "CloudWatch Logs" + (group == null || group.isBlank() ? "" : " (log group " + group + ")") + ". "
                + ADVICE;
    }
}
