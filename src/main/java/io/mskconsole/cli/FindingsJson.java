package io.mskconsole.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.destinations.CheckReport;
import io.mskconsole.core.destinations.Finding;
import io.mskconsole.core.destinations.FindingAction;
import io.mskconsole.core.delivery.JsonText;
import io.mskconsole.core.delivery.LogKind;

/**
 * The {@code logging check --format json} document, schema version 1. Every member is always present (null when it
 * does not apply), in this order:
 * <pre>
 * {"schemaVersion": 1, "cluster": "ARN", "region": "...", "summary": "1 error", "blocksApply": true,
 *  "findings": [{"checkId", "severity", "field", "logKinds", "title", "why", "fix", "actions": [{"kind", "label", "target"}]}]}
 * </pre>
 * Findings are sorted most severe first. {@code severity} is ERROR, WARNING, COULD_NOT_CHECK or INFO; {@code field}
 * the --logging-info field the finding is about ({@code LogGroup}, {@code Bucket}, {@code Prefix},
 * {@code DeliveryStream}) or null for the whole delivery; {@code logKinds} the kinds whose delivery it is about
 * ({@code BrokerLogs}, {@code AuthorizerLogs}; empty for none in particular); {@code fix} may hold several lines. {@code actions} are
 * what the window can do in one click (CREATE_LOG_GROUP, CREATE_BUCKET, ADD_KEY_STATEMENT, COPY_TEXT). Add members
 * only; never rename or remove one within a schema version.
 */
final class FindingsJson {
    static final int SCHEMA_VERSION = 1;

    private FindingsJson() {
    }

    static String write(String clusterArn, String region, CheckReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("cluster", clusterArn);
        root.put("region", region);
        root.put("summary", report.summary());
        root.put("blocksApply", report.blocksApply());
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(finding -> findings.add(node(finding)));
        return JsonText.pretty(root);
    }

    static ObjectNode node(Finding finding) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("checkId", finding.checkId());
        node.put("severity", finding.severity().name());
        node.put("field", finding.field() == null ? null : finding.field().cliName());
        ArrayNode kinds = node.putArray("logKinds");
        for (LogKind kind : LogKind.values()) {
            if (finding.kinds().contains(kind)) {
                kinds.add(kind.cliName());
            }
        }
        node.put("title", finding.title());
        node.put("why", finding.why());
        node.put("fix", finding.fix());
        ArrayNode actions = node.putArray("actions");
        for (FindingAction action : finding.actions()) {
            actions.addObject()
                    .put("kind", action.kind().name())
                    .put("label", action.label())
                    .put("target", action.target());
        }
        return node;
    }
}
