package io.mskconsole.core.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where one kind of log (broker or authorizer, see {@link LogKind}) is delivered: the three destinations, each on or
 * off. Always holds all three, so a request built from it names every destination with an explicit enabled flag.
 */
public record LogDelivery(CloudWatchLogsDestination cloudWatchLogs, S3Destination s3, FirehoseDestination firehose) {
    public static final LogDelivery NONE =
            new LogDelivery(CloudWatchLogsDestination.OFF, S3Destination.OFF, FirehoseDestination.OFF);

    public LogDelivery {
        cloudWatchLogs = Objects.requireNonNullElse(cloudWatchLogs, CloudWatchLogsDestination.OFF);
        s3 = Objects.requireNonNullElse(s3, S3Destination.OFF);
        firehose = Objects.requireNonNullElse(firehose, FirehoseDestination.OFF);
    }

    public LogDelivery withCloudWatchLogs(CloudWatchLogsDestination value) {
        return new LogDelivery(value, s3, firehose);
    }

    public LogDelivery withS3(S3Destination value) {
        return new LogDelivery(cloudWatchLogs, value, firehose);
    }

    public LogDelivery withFirehose(FirehoseDestination value) {
        return new LogDelivery(cloudWatchLogs, s3, value);
    }

    /** The settings as they are sent: names dropped from disabled destinations. */
    public LogDelivery forRequest() {
        return new LogDelivery(cloudWatchLogs.forRequest(), s3.forRequest(), firehose.forRequest());
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
    public boolean sameDeliveryAs(LogDelivery other) {
        return forRequest().equals(other.forRequest());
    }
}
