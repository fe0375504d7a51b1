package io.mskconsole.core.logging;

import java.util.List;

/** Current and new broker log delivery side by side, row by row, as the review shows them. */
public final class LoggingChanges {
    static final String OFF = "Off";
    static final String ON = "On";
    static final String NONE = "—";

    private LoggingChanges() {
    }

    public static List<SettingChange> compare(BrokerLogs current, BrokerLogs proposed) {
        BrokerLogs from = current.forRequest();
        BrokerLogs to = proposed.forRequest();
        return List.of(
                row(DestinationType.CLOUDWATCH_LOGS, "Delivery", onOff(from.cloudWatchLogs().enabled()), onOff(to.cloudWatchLogs().enabled())),
                row(DestinationType.CLOUDWATCH_LOGS, "Log group", from.cloudWatchLogs().logGroup(), to.cloudWatchLogs().logGroup()),
                row(DestinationType.S3, "Delivery", onOff(from.s3().enabled()), onOff(to.s3().enabled())),
                row(DestinationType.S3, "Bucket", from.s3().bucket(), to.s3().bucket()),
                row(DestinationType.S3, "Prefix", from.s3().prefix(), to.s3().prefix()),
                row(DestinationType.FIREHOSE, "Delivery", onOff(from.firehose().enabled()), onOff(to.firehose().enabled())),
                row(DestinationType.FIREHOSE, "Delivery stream", from.firehose().deliveryStream(), to.firehose().deliveryStream()));
    }

    /** A one-line summary such as "CloudWatch Logs: /msk/prod · S3: logs-bucket/kafka" or "Off". */
    public static String summary(BrokerLogs logs) {
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

    private static SettingChange row(DestinationType type, String setting, String current, String proposed) {
        return new SettingChange(type, setting, current == null ? NONE : current, proposed == null ? NONE : proposed);
    }

    private static String onOff(boolean enabled) {
        return enabled ? ON : OFF;
    }
}
