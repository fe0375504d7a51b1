package io.mskconsole.core.logging;

/** The three kinds of broker log destination, in the order the AWS console shows them. */
public enum DestinationType {
    CLOUDWATCH_LOGS("CloudWatch Logs", "log group"),
    S3("Amazon S3", "bucket"),
    FIREHOSE("Kinesis Data Firehose", "delivery stream");

    private final String displayName;
    private final String resourceNoun;

    DestinationType(String displayName, String resourceNoun) {
        this.displayName = displayName;
        this.resourceNoun = resourceNoun;
    }

    public String displayName() {
        return displayName;
    }

    /** What the destination's name refers to, e.g. "log group". */
    public String resourceNoun() {
        return resourceNoun;
    }
}
