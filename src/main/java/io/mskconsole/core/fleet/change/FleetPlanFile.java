package io.mskconsole.core.fleet.change;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.account.Account;
import io.mskconsole.core.account.AccountRole;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.JsonCasing;
import io.mskconsole.core.delivery.JsonText;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.delivery.LoggingInfo;
import io.mskconsole.core.delivery.LoggingInfoFileException;
import io.mskconsole.core.delivery.LoggingInfoFormat;
import io.mskconsole.core.destinations.Severity;
import io.mskconsole.core.fleet.DataFile;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fleet plan as a file ({@code fleet plan} writes it, {@code fleet apply --plan} reads it; the window exports the
 * same): JSON, with the change, and per cluster its account, region, ARN, version, action, reason, current and target
 * delivery (in the AWS CLI's {@code --logging-info} form) and its checks. Reading it back gives the same plan; a file
 * edited into something else is refused with its line and column.
 */
public final class FleetPlanFile {
    private FleetPlanFile() {
    }

    public static String write(FleetPlan plan) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("version", plan.version());
        root.put("createdAt", plan.createdAt().toString());
        ArrayNode set = root.putArray("set");
        for (DestinationSetting setting : plan.change().settings()) {
            ObjectNode node = set.addObject();
            node.put("logs", setting.kind() == LogKind.BROKER ? "broker" : "authorizer");
            node.put("destination", typeWord(setting.type()));
            node.put("enabled", setting.enabled());
            if (setting.name() != null) {
                node.put("name", setting.name().text());
            }
            if (setting.prefix() != null) {
                node.put("prefix", setting.prefix().text());
            }
        }
        ArrayNode clusters = root.putArray("clusters");
        for (PlannedCluster planned : plan.clusters()) {
            ObjectNode node = clusters.addObject();
            node.put("account", planned.account().key());
            node.put("accountName", planned.account().role() == null ? "" : planned.account().role().accountName());
            node.put("region", planned.region());
            node.put("clusterArn", planned.arn());
            node.put("clusterName", planned.name());
            node.put("version", planned.version());
            node.put("action", planned.action().name());
            if (planned.reason() != null) {
                node.put("reason", planned.reason());
            }
            node.set("current", LoggingInfoFormat.toNode(planned.current(), JsonCasing.CLI));
            node.set("target", LoggingInfoFormat.toNode(planned.target(), JsonCasing.CLI));
            ArrayNode checks = node.putArray("checks");
            for (PlanCheck check : planned.checks()) {
                checks.addObject().put("severity", check.severity().name()).put("title", check.title())
                        .put("why", check.why()).put("fix", check.fix());
            }
        }
        return JsonText.pretty(root) + "\n";
    }

    /**
     * @throws DataFile.Invalid naming the file and what in it is wrong
     */
    public static FleetPlan read(String text, String name) {
        DataFile file = DataFile.read(text, name, false, "a fleet plan (written by `msk-console fleet plan`)");
        JsonNode root = file.root();
        if (root.path("version").asInt(-1) != FleetPlan.VERSION) {
            throw file.at("version", "\"version\" must be " + FleetPlan.VERSION + ": make the plan again with this "
                    + "version of MSK Console.");
        }
        Instant created;
        try {
            created = Instant.parse(root.path("createdAt").asText());
        } catch (DateTimeParseException e) {
            throw file.at("createdAt", "\"createdAt\" is not a time: " + root.path("createdAt").asText());
        }
        ObjectNode change = JsonNodeFactory.instance.objectNode();
        change.put("version", FleetChangeFile.VERSION);
        change.set("set", root.path("set"));
        FleetChange parsed;
        try {
            parsed = FleetChangeFile.parse(change.toString(), name + " (its \"set\")", false);
        } catch (DataFile.Invalid invalid) {
            throw file.at("set", invalid.getMessage());
        }
        if (!root.path("clusters").isArray()) {
            throw file.at("clusters", "\"clusters\" must list the planned clusters.");
        }
        List<PlannedCluster> clusters = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode node : root.path("clusters")) {
            PlannedCluster planned = cluster(file, node);
            if (!seen.add(planned.key())) {
                throw file.at("clusters", "cluster " + planned.arn() + " of " + planned.account().displayName()
                        + " is in the plan twice.");
            }
            refuseUnreviewed(file, parsed, planned);
            clusters.add(planned);
        }
        return new FleetPlan(FleetPlan.VERSION, created, parsed, clusters);
    }

    /**
     * A plan is applied as it was reviewed, never as edited since: each cluster to change must be in the region of
     * its ARN, have no check that blocks, and have exactly the target the change makes of its current delivery.
     */
    private static void refuseUnreviewed(DataFile file, FleetChange change, PlannedCluster planned) {
        if (!planned.willChange()) {
            return;
        }
        String arn = planned.arn();
        String[] parts = arn.split("/");
        if (!io.mskconsole.core.clusters.ClusterArn.looksValid(arn)
                || !io.mskconsole.core.clusters.ClusterArn.region(arn).equals(planned.region())
                || parts.length < 3 || !parts[1].equals(planned.name())) {
            throw file.at("clusterArn", "cluster " + arn + " is not the MSK cluster " + planned.name() + " of region "
                    + planned.region() + ": make the plan again.");
        }
        if (planned.checks().stream().anyMatch(check -> check.severity().blocksApply())) {
            throw file.at("action", "cluster " + arn + " is to change although a destination check found an "
                    + "error: make the plan again once it is fixed.");
        }
        io.mskconsole.core.clusters.Cluster asPlanned = new io.mskconsole.core.clusters.Cluster(arn, planned.name(),
                io.mskconsole.core.clusters.ClusterType.PROVISIONED, io.mskconsole.core.clusters.ClusterState.ACTIVE,
                planned.version(), null, null, 0, planned.current(), null, null, null);
        LoggingInfo made = change.desiredFor(asPlanned).resolvedAgainst(planned.current()).forRequest();
        if (!made.sameDeliveryAs(planned.target()) || made.hasAuthorizerLogs() != planned.target().hasAuthorizerLogs()) {
            throw file.at("target", "cluster " + arn + ": its \"target\" is not what \"set\" makes of its "
                    + "\"current\" delivery (the plan was edited): make the plan again.");
        }
    }

    private static PlannedCluster cluster(DataFile file, JsonNode node) {
        String arn = node.path("clusterArn").asText("");
        Account account = Account.fromKey(node.path("account").asText(null));
        if (account == null) {
            throw file.at("account", "cluster " + arn + " has no account MSK Console knows how to open: \""
                    + node.path("account").asText("") + "\".");
        }
        if (account.role() != null && !node.path("accountName").asText("").isBlank()) {
            AccountRole role = account.role();
            account = (account.isSandbox() ? Account.SANDBOX : Account.profile(account.profile()))
                    .withRole(new AccountRole(role.accountId(), role.roleName(), node.path("accountName").asText()));
        }
        PlannedCluster.Action action;
        try {
            action = PlannedCluster.Action.valueOf(node.path("action").asText(""));
        } catch (IllegalArgumentException e) {
            throw file.at("action", "cluster " + arn + " has action \"" + node.path("action").asText("")
                    + "\"; an action is CHANGE, NOTHING_TO_CHANGE, SKIP or BLOCKED.");
        }
        List<PlanCheck> checks = new ArrayList<>();
        for (JsonNode check : node.path("checks")) {
            Severity severity;
            try {
                severity = Severity.valueOf(check.path("severity").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw file.at("severity", "cluster " + arn + " has a check of severity \""
                        + check.path("severity").asText("") + "\".");
            }
            checks.add(new PlanCheck(severity, check.path("title").asText(""), check.path("why").asText(""),
                    check.path("fix").asText("")));
        }
        String reason = node.hasNonNull("reason") ? node.get("reason").asText() : null;
        return new PlannedCluster(account, node.path("region").asText(""), arn, node.path("clusterName").asText(""),
                node.path("version").asText(""), action, reason, logging(file, node, "current", arn),
                logging(file, node, "target", arn), checks);
    }

    private static LoggingInfo logging(DataFile file, JsonNode node, String field, String arn) {
        try {
            return LoggingInfoFormat.parse(node.path(field).toString());
        } catch (LoggingInfoFileException e) {
            throw file.at(field, "cluster " + arn + ": \"" + field + "\" is not a logging info document ("
                    + e.getMessage() + ").");
        }
    }

    static String typeWord(DestinationType type) {
        return switch (type) {
            case CLOUDWATCH_LOGS -> "cloudwatch-logs";
            case S3 -> "s3";
            case FIREHOSE -> "firehose";
        };
    }
}
