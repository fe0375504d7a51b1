package io.mskconsole.aws.kafka.raw;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of one call's successful responses (one per page for a paginated call), as the service sent them,
 * kept by {@link RawAnswers} for the members the SDK does not read. Thread-safe.
 */
public final class RawBodies {
    private final List<JsonNode> bodies = new ArrayList<>();

    synchronized void add(JsonNode body) {
        bodies.add(body);
    }

    public synchronized List<JsonNode> all() {
        return List.copyOf(bodies);
    }

    /** DescribeClusterV2's {@code clusterInfo} as MSK sent it, or a missing node. */
    public JsonNode describedCluster() {
        return last().path("clusterInfo");
    }

    /** Every cluster ListClustersV2 listed over all its pages, by ARN, as MSK sent them. */
    public synchronized Map<String, JsonNode> listedClusters() {
        Map<String, JsonNode> byArn = new HashMap<>();
        for (JsonNode page : bodies) {
            for (JsonNode cluster : page.path("clusterInfoList")) {
                if (cluster.hasNonNull("clusterArn")) {
                    byArn.put(cluster.get("clusterArn").asText(), cluster);
                }
            }
        }
        return byArn;
    }

    /** The last body kept, or a missing node when none was. */
    public synchronized JsonNode last() {
        return bodies.isEmpty() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                : bodies.get(bodies.size() - 1);
    }
}
