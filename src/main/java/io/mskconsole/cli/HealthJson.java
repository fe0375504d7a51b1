package io.mskconsole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.arrival.DeliveryHealth;
import io.mskconsole.core.arrival.DestinationHealth;
import io.mskconsole.core.clusters.Cluster;
import java.io.UncheckedIOException;

/**
 * {@code logging health --format json}: stable for scripts, fields added, never renamed.
 *
 * <pre>
 * {"schemaVersion": 1, "clusterArn", "clusterName", "region", "checkedAt", "deliveryChangedAt", "allArriving",
 *  "destinations": [{"kind": "BrokerLogs|AuthorizerLogs", "destination": "CloudWatchLogs|S3|Firehose", "name",
 *                    "state": "ARRIVING|NOTHING_YET|NOT_ARRIVING|COULD_NOT_CHECK", "newest", "lastHour", "detail",
 *                    "likelyCauses": [...], "whatToDo"}]}
 * </pre>
 */
final class HealthJson {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HealthJson() {
    }

    static String write(Cluster cluster, String region, DeliveryHealth health) {
        ObjectNode document = JSON.createObjectNode();
        document.put("schemaVersion", SCHEMA_VERSION);
        document.put("clusterArn", cluster.arn());
        document.put("clusterName", cluster.name());
        document.put("region", region);
        document.put("checkedAt", health.checkedAt().toString());
        document.put("deliveryChangedAt", health.enabledSince() == null ? null : health.enabledSince().toString());
        document.put("allArriving", health.allArriving());
        ArrayNode destinations = document.putArray("destinations");
        for (DestinationHealth destination : health.destinations()) {
            ObjectNode node = destinations.addObject();
            node.put("kind", destination.kind().cliName());
            node.put("destination", destination.type().cliName());
            node.put("name", destination.name());
            node.put("state", destination.state().name());
            node.put("newest", destination.newest() == null ? null : destination.newest().toString());
            node.put("lastHour", destination.lastHour());
            node.put("detail", destination.detail());
            ArrayNode causes = node.putArray("likelyCauses");
            destination.causes().forEach(causes::add);
            node.put("whatToDo", destination.whatToDo());
        }
        try {
            return JSON.writeValueAsString(document) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
