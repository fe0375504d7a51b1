package io.mskconsole.core.delivery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.ClusterArn;
import io.mskconsole.core.clusters.MonitoringSettings;

/**
 * Exactly what UpdateMonitoring sends: the cluster's fresh version, its other monitoring settings unchanged, and
 * the new log delivery (broker logs, and authorizer logs when given). {@link #toApiBody()} is the body of {@code PUT /v1/clusters/{arn}/monitoring}.
 */
public record UpdateMonitoringRequest(String clusterArn, String currentVersion, MonitoringSettings monitoring,
                                      LoggingInfo logging) {

    public UpdateMonitoringRequest {
        monitoring = monitoring == null ? MonitoringSettings.NONE : monitoring;
        logging = logging.forRequest();
    }

    public String httpPath() {
        return "/v1/clusters/" + ClusterArn.pathSegment(clusterArn) + "/monitoring";
    }

    /** The JSON body, camelCase, as the REST API takes it. */
    public ObjectNode toApiBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("currentVersion", currentVersion);
        if (monitoring.enhancedMonitoring() != null) {
            body.put("enhancedMonitoring", monitoring.enhancedMonitoring());
        }
        if (monitoring.openMonitoring() != null) {
            body.set("openMonitoring", openMonitoringNode(JsonCasing.API));
        }
        body.set("loggingInfo", LoggingInfoFormat.toNode(logging, JsonCasing.API));
        return body;
    }

    /** The request as an HTTP message a person can read: method and path, then the pretty-printed body. */
    public String describeHttp() {
        return "PUT " + httpPath() + "\n" + LoggingInfoFormat.write(toApiBody(), true);
    }

    ObjectNode openMonitoringNode(JsonCasing casing) {
        ObjectNode prometheus = JsonNodeFactory.instance.objectNode();
        prometheus.putObject(casing.name("JmxExporter"))
                .put(casing.name("EnabledInBroker"), monitoring.openMonitoring().jmxExporter());
        prometheus.putObject(casing.name("NodeExporter"))
                .put(casing.name("EnabledInBroker"), monitoring.openMonitoring().nodeExporter());
        ObjectNode open = JsonNodeFactory.instance.objectNode();
        open.set(casing.name("Prometheus"), prometheus);
        return open;
    }
}
