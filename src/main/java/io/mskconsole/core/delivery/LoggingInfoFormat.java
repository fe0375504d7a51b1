package io.mskconsole.core.delivery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the {@code loggingInfo} JSON: the AWS CLI's {@code --logging-info} document (PascalCase) and
 * the API's (camelCase), with {@code BrokerLogs} and, when given, {@code AuthorizerLogs}. Reading accepts either
 * casing; unknown fields, missing {@code Enabled} flags and values of the wrong type are refused with the line and
 * the field. A document without {@code AuthorizerLogs} reads as authorizer logs not given ("leave as is").
 */
public final class LoggingInfoFormat {
    private LoggingInfoFormat() {
    }

    /** Parses a logging-info document in either casing. */
    public static LoggingInfo parse(String json) throws LoggingInfoFileException {
        if (json == null || json.isBlank()) {
            throw new LoggingInfoFileException("The document is empty: expected a JSON object with BrokerLogs.", 0, 0, null);
        }
        return LoggingInfoReader.read(json);
    }

    /** Writes the settings as the AWS CLI's {@code --logging-info} document, pretty-printed. */
    public static String toCliJson(LoggingInfo logs) {
        return write(toNode(logs, JsonCasing.CLI), true);
    }

    /** Writes the settings in the given casing, on one line (for a command line). */
    public static String toCompactJson(LoggingInfo logs, JsonCasing casing) {
        return write(toNode(logs, casing), false);
    }

    /** The logging-info object as sent: {@code BrokerLogs}, then {@code AuthorizerLogs} when given. */
    public static ObjectNode toNode(LoggingInfo logs, JsonCasing casing) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (LogKind kind : LogKind.values()) {
            if (logs.gives(kind)) {
                root.set(casing.name(kind.cliName()), deliveryNode(logs.delivery(kind), casing));
            }
        }
        return root;
    }

    /**
     * One kind's delivery as sent: all three destinations with explicit Enabled flags, names only for the enabled
     * ones. Members in the service model's order: CloudWatchLogs, Firehose, S3.
     */
    public static ObjectNode deliveryNode(LogDelivery logs, JsonCasing casing) {
        LogDelivery sent = logs.forRequest();
        ObjectNode delivery = JsonNodeFactory.instance.objectNode();
        ObjectNode cw = delivery.putObject(casing.name(DestinationType.CLOUDWATCH_LOGS.cliName()));
        cw.put(casing.name("Enabled"), sent.cloudWatchLogs().enabled());
        putIfPresent(cw, casing.name("LogGroup"), sent.cloudWatchLogs().logGroup());
        ObjectNode firehose = delivery.putObject(casing.name(DestinationType.FIREHOSE.cliName()));
        firehose.put(casing.name("Enabled"), sent.firehose().enabled());
        putIfPresent(firehose, casing.name("DeliveryStream"), sent.firehose().deliveryStream());
        ObjectNode s3 = delivery.putObject(casing.name(DestinationType.S3.cliName()));
        s3.put(casing.name("Enabled"), sent.s3().enabled());
        putIfPresent(s3, casing.name("Bucket"), sent.s3().bucket());
        putIfPresent(s3, casing.name("Prefix"), sent.s3().prefix());
        return delivery;
    }

    static String write(ObjectNode node, boolean pretty) {
        return pretty ? JsonText.pretty(node) : JsonText.compact(node);
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
