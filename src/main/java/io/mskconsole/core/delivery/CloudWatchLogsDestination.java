package io.mskconsole.core.delivery;

/** Broker logs to a CloudWatch Logs log group. The name may be kept while disabled, so an edit is not lost. */
public record CloudWatchLogsDestination(boolean enabled, String logGroup) {
    public static final CloudWatchLogsDestination OFF = new CloudWatchLogsDestination(false, null);

    public CloudWatchLogsDestination {
        logGroup = Text.blankToNull(logGroup);
    }

    public static CloudWatchLogsDestination to(String logGroup) {
        return new CloudWatchLogsDestination(true, logGroup);
    }

    /** What is sent: the name only while enabled. */
    public CloudWatchLogsDestination forRequest() {
        return enabled ? this : OFF;
    }
}
