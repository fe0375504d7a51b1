package io.mskconsole.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.fleet.Finding;
import io.mskconsole.core.fleet.FleetReport;
import io.mskconsole.core.fleet.FleetRule;
import java.io.UncheckedIOException;

/**
 * {@code fleet scan --format json}: when, which accounts and regions, the policy's rules, every cluster with its log
 * delivery and findings, and the regions not read. Stable for scripts: fields are added, never renamed.
 */
final class FleetJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FleetJson() {
    }

    static String write(FleetReport report) {
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
            cluster.put("brokerLogs", ClusterTableFormat.brokerLogs(row.cluster()));
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
