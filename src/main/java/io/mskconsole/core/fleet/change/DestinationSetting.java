package io.mskconsole.core.fleet.change;

import io.mskconsole.core.delivery.CloudWatchLogsDestination;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.FirehoseDestination;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.S3Destination;
import java.util.Objects;

/**
 * One destination of one kind of log to set on every cluster of a fleet change: on, to a name made from a template
 * (and for S3 a prefix), or off (the cluster's name for it kept, as the single editor keeps it).
 *
 * @param name   the log group, bucket or delivery stream; null to turn off
 * @param prefix the S3 key prefix, or null for none (S3 only)
 */
public record DestinationSetting(LogKind kind, DestinationType type, boolean enabled, NameTemplate name,
                                 NameTemplate prefix) {
    public DestinationSetting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (enabled && name == null) {
            throw new IllegalArgumentException("Turning " + type.displayName() + " on for " + kind.noun()
                    + " needs the " + type.resourceNoun() + "'s name.");
        }
        if (prefix != null && type != DestinationType.S3) {
            throw new IllegalArgumentException("Only Amazon S3 takes a prefix.");
        }
    }

    public static DestinationSetting on(LogKind kind, DestinationType type, String name, String prefix) {
        return new DestinationSetting(kind, type, true, new NameTemplate(name),
                prefix == null ? null : new NameTemplate(prefix));
    }

    public static DestinationSetting off(LogKind kind, DestinationType type) {
        return new DestinationSetting(kind, type, false, null, null);
    }

    /** The delivery with this destination set for one cluster; the other destinations as they are. */
    public LogDelivery applyTo(LogDelivery delivery, NameTemplate.Values values) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> delivery.withCloudWatchLogs(enabled
                    ? CloudWatchLogsDestination.to(name.fill(values))
                    : new CloudWatchLogsDestination(false, delivery.cloudWatchLogs().logGroup()));
            case S3 -> delivery.withS3(enabled
                    ? S3Destination.to(name.fill(values), prefix == null ? null : prefix.fill(values))
                    : new S3Destination(false, delivery.s3().bucket(), delivery.s3().prefix()));
            case FIREHOSE -> delivery.withFirehose(enabled
                    ? FirehoseDestination.to(name.fill(values))
                    : new FirehoseDestination(false, delivery.firehose().deliveryStream()));
        };
    }

    /** "Broker logs: CloudWatch Logs on, log group /aws/vendedlogs/msk/{cluster}" or "Authorizer logs: Amazon S3 off". */
    public String describe() {
        if (!enabled) {
            return kind.displayName() + ": " + type.displayName() + " off";
        }
        return kind.displayName() + ": " + type.displayName() + " on, " + type.resourceNoun() + " " + name
                + (prefix == null ? "" : ", prefix " + prefix);
    }
}
