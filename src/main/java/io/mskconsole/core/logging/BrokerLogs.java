package io.mskconsole.core.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cluster's broker log delivery: the three destinations, each on or off. Always holds all three, so a
 * request built from it names every destination with an explicit enabled flag.
 */
public record BrokerLogs(CloudWatchLogsDestination cloudWatchLogs, S3Destination s3, FirehoseDestination firehose) {
    public static final BrokerLogs NONE =
            new BrokerLogs(CloudWatchLogsDestination.OFF, S3Destination.OFF, FirehoseDestination.OFF);

    public BrokerLogs {
        cloudWatchLogs = Objects.requireNonNullElse(cloudWatchLogs, CloudWatchLogsDestination.OFF);
        s3 = Objects.requireNonNullElse(s3, S3Destination.OFF);
        firehose = Objects.requireNonNullElse(firehose, FirehoseDestination.OFF);
    }

    public BrokerLogs withCloudWatchLogs(CloudWatchLogsDestination value) {
        return new BrokerLogs(value, s3, firehose);
    }

    public BrokerLogs withS3(S3Destination value) {
        return new BrokerLogs(cloudWatchLogs, value, firehose);
    }

    public BrokerLogs withFirehose(FirehoseDestination value) {
        return new BrokerLogs(cloudWatchLogs, s3, value);
    }

    /** The settings as they are sent: names dropped from disabled destinations. */
    public BrokerLogs forRequest() {
        return new BrokerLogs(cloudWatchLogs.forRequest(), s3.forRequest(), firehose.forRequest());
    }

    public boolean isEnabled(DestinationType type) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> cloudWatchLogs.enabled();
            case S3 -> s3.enabled();
            case FIREHOSE -> firehose.enabled();
        };
    }

    /** The name of the destination's resource (log group, bucket, stream), or null. */
    public String resourceName(DestinationType type) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> cloudWatchLogs.logGroup();
            case S3 -> s3.bucket();
            case FIREHOSE -> firehose.deliveryStream();
        };
    }

    public List<DestinationType> enabledTypes() {
        List<DestinationType> types = new ArrayList<>();
        for (DestinationType type : DestinationType.values()) {
            if (isEnabled(type)) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    public boolean anyEnabled() {
        return !enabledTypes().isEmpty();
    }

    /** Whether sending {@code other} would change anything, comparing what is sent. */
    public boolean sameDeliveryAs(BrokerLogs other) {
        return forRequest().equals(other.forRequest());
    }
}
