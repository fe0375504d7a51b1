package io.mskconsole.core.delivery;

/** The three kinds of broker log destination, in the order the AWS console shows them. */
public enum DestinationType {
    CLOUDWATCH_LOGS("CloudWatch Logs", "log group", "CloudWatchLogs"),
    S3("Amazon S3", "bucket", "S3"),
    FIREHOSE("Kinesis Data Firehose", "delivery stream", "Firehose");

    private final String displayName;
    private final String resourceNoun;
    private final String cliName;

    DestinationType(String displayName, String resourceNoun, String cliName) {
        this.displayName = displayName;
        this.resourceNoun = resourceNoun;
        this.cliName = cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** What the destination's name refers to, e.g. "log group". */
    public String resourceNoun() {
        return resourceNoun;
    }

    /** The destination's member of {@code BrokerLogs} (and {@code AuthorizerLogs}) in the AWS CLI's --logging-info JSON, e.g. "CloudWatchLogs". */
    public String cliName() {
        return cliName;
    }
}
