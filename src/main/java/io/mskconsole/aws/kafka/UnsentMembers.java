package io.mskconsole.aws.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The members of a cluster's monitoring settings, as MSK sent them, that this app does not model and so could not send
 * back: UpdateMonitoring carries the whole {@code loggingInfo} and {@code openMonitoring}, so sending them without
 * such a member could turn off whatever MSK added after this version was built. The known shape is the MSK API
 * reference's of 2026-08.
 */
final class UnsentMembers {
    private static final List<String> DESTINATIONS = List.of("cloudWatchLogs", "firehose", "s3");
    private static final Map<String, List<String>> DESTINATION_FIELDS = Map.of(
            "cloudWatchLogs", List.of("enabled", "logGroup"),
            "firehose", List.of("enabled", "deliveryStream"),
            "s3", List.of("enabled", "bucket", "prefix"));
    private static final List<String> KINDS = List.of("brokerLogs", "authorizerLogs");
    private static final List<String> EXPORTERS = List.of("jmxExporter", "nodeExporter");

    private UnsentMembers() {
    }

    /** Paths such as {@code loggingInfo.controllerLogs} in a cluster's {@code provisioned} object; empty when none. */
    static List<String> of(JsonNode provisioned) {
        List<String> unknown = new ArrayList<>();
        JsonNode logging = provisioned.path("loggingInfo");
        unknownIn(logging, KINDS, "loggingInfo", unknown);
        for (String kind : KINDS) {
            JsonNode delivery = logging.path(kind);
            unknownIn(delivery, DESTINATIONS, "loggingInfo." + kind, unknown);
            for (String destination : DESTINATIONS) {
                unknownIn(delivery.path(destination), DESTINATION_FIELDS.get(destination),
                        "loggingInfo." + kind + "." + destination, unknown);
            }
        }
        JsonNode open = provisioned.path("openMonitoring");
        unknownIn(open, List.of("prometheus"), "openMonitoring", unknown);
        unknownIn(open.path("prometheus"), EXPORTERS, "openMonitoring.prometheus", unknown);
        for (String exporter : EXPORTERS) {
            unknownIn(open.path("prometheus").path(exporter), List.of("enabledInBroker"),
                    "openMonitoring.prometheus." + exporter, unknown);
        }
        return List.copyOf(unknown);
    }

    private static void unknownIn(JsonNode object, List<String> known, String path, List<String> unknown) {
        if (!object.isObject()) {
            return;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name) && !object.get(name).isNull()) {
                unknown.add(path + "." + name);
            }
        }
    }
}
