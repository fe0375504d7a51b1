package io.mskconsole.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.clusters.ClusterType;
import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.LogDelivery;
import io.mskconsole.core.delivery.JsonText;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import java.util.List;

/**
 * The {@code clusters --format json} document, schema version 1. Every member is always present (null when it
 * does not apply), in this order:
 * <pre>
 * {"schemaVersion": 1, "region": "...", "clusters": [{"name", "arn", "type", "state", "kafkaVersion",
 *   "brokerInstanceType", "brokerCount", "currentVersion", "brokerLogs", "authorizerLogs"}]}
 * </pre>
 * {@code brokerLogs} is the value of {@code BrokerLogs} in the AWS CLI's --logging-info document
 * ({@code CloudWatchLogs}, {@code Firehose}, {@code S3}, each with {@code Enabled}), or null for a cluster without
 * broker logs (serverless). {@code authorizerLogs} has the same shape, or is null when the cluster reports none.
 * Add members only; never rename or remove one within a schema version.
 */
final class ClustersJson {
    static final int SCHEMA_VERSION = 1;

    private ClustersJson() {
    }

    static String write(String region, List<Cluster> clusters) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("region", region);
        ArrayNode list = root.putArray("clusters");
        clusters.forEach(cluster -> list.add(node(cluster)));
        return JsonText.pretty(root);
    }

    static ObjectNode node(Cluster cluster) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        boolean provisioned = cluster.type() == ClusterType.PROVISIONED;
        node.put("name", cluster.name());
        node.put("arn", cluster.arn());
        node.put("type", cluster.type().name());
        node.put("state", cluster.state().name());
        node.put("kafkaVersion", cluster.kafkaVersion());
        node.put("brokerInstanceType", provisioned ? cluster.brokerInstanceType() : null);
        if (provisioned) {
            node.put("brokerCount", cluster.brokerCount());
        } else {
            node.putNull("brokerCount");
        }
        node.put("currentVersion", cluster.currentVersion());
        if (cluster.supportsBrokerLogs()) {
            node.set("brokerLogs", LoggingInfoFormat.deliveryNode(cluster.brokerLogs(), JsonCasing.CLI));
            LogDelivery authorizer = cluster.logging().authorizerLogs();
            if (authorizer == null) {
                node.putNull("authorizerLogs");
            } else {
                node.set("authorizerLogs", LoggingInfoFormat.deliveryNode(authorizer, JsonCasing.CLI));
            }
        } else {
            node.putNull("brokerLogs");
            node.putNull("authorizerLogs");
        }
        return node;
    }
}
