package io.mskconsole.core.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.clusters.ClusterSummary;
import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import java.io.UncheckedIOException;

/**
 * {@code fleet scan --format json}: when, which accounts and regions, the policy's rules, every cluster with its log
 * delivery and findings, and the regions not read. Stable for scripts: fields are added, never renamed.
 */
public final class FleetReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FleetReportJson() {
    }

    public static String write(FleetReport report) {
        ObjectNode document = JSON.createObjectNode();
        document.put("scannedAt", report.scannedAt().toString());
        ArrayNode accounts = document.putArray("accounts");
        report.accounts().forEach(account -> accounts.add(account.displayName()));
        ArrayNode regions = document.putArray("regions");
        report.regions().forEach(regions::add);
        ObjectNode policy = document.putObject("policy");
        policy.put("version", report.policy().version());
        ArrayNode rules = policy.putArray("rules");
        for (FleetRule rule : report.policy().rules()) {
            rules.addObject().put("id", rule.id()).put("severity", rule.severity().word())
                    .put("description", rule.description());
        }
        ArrayNode clusters = document.putArray("clusters");
        for (FleetReport.Row row : report.rows()) {
            ObjectNode cluster = clusters.addObject();
            cluster.put("account", row.account().displayName());
            cluster.put("region", row.region());
            cluster.put("name", row.cluster().name());
            cluster.put("arn", row.cluster().arn());
            cluster.put("type", row.cluster().type().name());
            cluster.put("state", row.cluster().state().name());
            cluster.put("kafkaVersion", row.cluster().kafkaVersion());
            cluster.put("brokerLogs", ClusterSummary.destinations(row.cluster()));
            cluster.put("authorizerLogs", ClusterSummary.destinations(row.cluster(), LogKind.AUTHORIZER));
            cluster.put("enhancedMonitoring", row.cluster().monitoring().enhancedMonitoring());
            if (row.cluster().supportsBrokerLogs()) {
                cluster.set("loggingInfo", LoggingInfoFormat.toNode(row.cluster().logging(), JsonCasing.CLI));
            }
            ArrayNode findings = cluster.putArray("findings");
            for (Finding finding : row.findings()) {
                findings.addObject().put("rule", finding.rule()).put("severity", finding.severity().word())
                        .put("why", finding.why()).put("whatToDo", finding.whatToDo());
            }
        }
        ArrayNode failures = document.putArray("notRead");
        for (FleetReport.RegionFailure failure : report.failures()) {
            failures.addObject().put("account", failure.account().displayName()).put("region", failure.region())
                    .put("message", failure.message());
        }
        try {
            return JSON.writeValueAsString(document) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
