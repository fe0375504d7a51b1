package io.mskconsole.core.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Current and new log delivery side by side, row by row, as the review and {@code logging apply} show them: broker
 * logs first, then authorizer logs (a cluster that has none shows them as off).
 */
public final class LoggingChanges {
    static final String OFF = "Off";
    static final String ON = "On";
    static final String NONE = "—";

    private LoggingChanges() {
    }

    public static List<SettingChange> compare(LoggingInfo current, LoggingInfo proposed) {
        List<SettingChange> rows = new ArrayList<>();
        for (LogKind kind : LogKind.values()) {
            rows.addAll(compare(kind, current.delivery(kind), proposed.delivery(kind)));
        }
        return List.copyOf(rows);
    }

    /** The rows of one kind's delivery. */
    public static List<SettingChange> compare(LogKind kind, LogDelivery current, LogDelivery proposed) {
        LogDelivery from = current.forRequest();
        LogDelivery to = proposed.forRequest();
        return List.of(
                row(kind, DestinationType.CLOUDWATCH_LOGS, "Delivery", onOff(from.cloudWatchLogs().enabled()), onOff(to.cloudWatchLogs().enabled())),
                row(kind, DestinationType.CLOUDWATCH_LOGS, "Log group", from.cloudWatchLogs().logGroup(), to.cloudWatchLogs().logGroup()),
                row(kind, DestinationType.S3, "Delivery", onOff(from.s3().enabled()), onOff(to.s3().enabled())),
                row(kind, DestinationType.S3, "Bucket", from.s3().bucket(), to.s3().bucket()),
                row(kind, DestinationType.S3, "Prefix", from.s3().prefix(), to.s3().prefix()),
                row(kind, DestinationType.FIREHOSE, "Delivery", onOff(from.firehose().enabled()), onOff(to.firehose().enabled())),
                row(kind, DestinationType.FIREHOSE, "Delivery stream", from.firehose().deliveryStream(), to.firehose().deliveryStream()));
    }

    /** "Broker logs: CloudWatch Logs: /msk/prod · Authorizer logs: Off"; authorizer logs only when given. */
    public static String summary(LoggingInfo logging) {
        StringBuilder text = new StringBuilder();
        for (LogKind kind : LogKind.values()) {
            if (logging.gives(kind)) {
                if (text.length() > 0) {
                    text.append("; ");
                }
                text.append(kind.displayName()).append(": ").append(summary(logging.delivery(kind)));
            }
        }
        return text.toString();
    }

    /** A one-line summary such as "CloudWatch Logs: /msk/prod · S3: logs-bucket/kafka" or "Off". */
    public static String summary(LogDelivery logs) {
        StringBuilder text = new StringBuilder();
        for (DestinationType type : logs.enabledTypes()) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            String name = logs.resourceName(type);
            if (type == DestinationType.S3 && logs.s3().prefix() != null) {
                name = name + "/" + logs.s3().prefix();
            }
            text.append(type.displayName()).append(": ").append(name == null ? "(no name)" : name);
        }
        return text.length() == 0 ? OFF : text.toString();
    }

    private static SettingChange row(LogKind kind, DestinationType type, String setting, String current,
                                     String proposed) {
        return new SettingChange(kind, type, setting, current == null ? NONE : current, proposed == null ? NONE : proposed);
    }

    private static String onOff(boolean enabled) {
        return enabled ? ON : OFF;
    }
}
