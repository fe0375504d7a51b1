package io.mskconsole.core.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The fleet policy file: data only, never evaluated as code. JSON or YAML (the same shape):
 * <pre>
 * version: 1
 * rules:
 *   broker-logs-delivered: {severity: high}
 *   authorizer-logs-delivered: {severity: medium}
 *   s3-bucket-pattern: {severity: medium, pattern: "msk-logs-.*"}
 *   destination-exists: {severity: high}
 *   log-group-retention: {severity: low}
 * </pre>
 * Only the rules named are checked; {@code enabled: false} names one and turns it off. Anything the format does not
 * know (a rule, a field, a severity) is refused with its line and column, so a typo never silently weakens a policy.
 */
public final class FleetPolicyFile {
    private static final Set<String> TOP = Set.of("version", "rules");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            BrokerLogsDelivered.ID, Set.of("severity", "enabled"),
            AuthorizerLogsDelivered.ID, Set.of("severity", "enabled"),
            S3BucketPattern.ID, Set.of("severity", "enabled", "pattern"),
            AuthorizerLogsWithIam.ID, Set.of("severity", "enabled"),
            QuietBrokersToCloudWatch.ID, Set.of("severity", "enabled"),
            DestinationsExist.ID, Set.of("severity", "enabled"),
            LogGroupRetention.ID, Set.of("severity", "enabled"));

    private FleetPolicyFile() {
    }

    /** Thrown for a file that is not a policy: the message names the file, the line and column, and what is wrong. */
    public static final class Invalid extends RuntimeException {
        Invalid(DataFile.Invalid cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * @param name how messages name the file (its path)
     * @param yaml whether to read YAML (a {@code .yaml}/{@code .yml} file); JSON otherwise
     */
    public static FleetPolicy parse(String text, String name, boolean yaml) {
        try {
            return read(DataFile.read(text, name, yaml, "a fleet policy (\"version\" and \"rules\")"));
        } catch (DataFile.Invalid invalid) {
            throw new Invalid(invalid);
        }
    }

    private static FleetPolicy read(DataFile file) {
        JsonNode root = file.root();
        file.refuseUnknown(root, TOP, "");
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != FleetPolicy.VERSION) {
            throw file.at("version", "\"version\" must be " + FleetPolicy.VERSION
                    + " (the policy format this MSK Console reads).");
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isObject()) {
            throw file.at("rules", "\"rules\" must name the rules to check, each with its "
                    + "settings, e.g. rules: {" + BrokerLogsDelivered.ID + ": {severity: high}}.");
        }
        List<FleetRule> chosen = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = rules.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String id = entry.getKey();
            Set<String> fields = FIELDS.get(id);
            if (fields == null) {
                throw file.at(id, "unknown rule \"" + id + "\"; the rules are "
                        + String.join(", ", FIELDS.keySet().stream().sorted().toList()) + ".");
            }
            JsonNode settings = entry.getValue();
            if (!settings.isObject()) {
                throw file.at(id, "rule " + id + " takes an object of settings.");
            }
            file.refuseUnknown(settings, fields, id + ".");
            if (settings.has("enabled") && !settings.get("enabled").asBoolean(true)) {
                continue;
            }
            Severity severity = severity(settings, file, id);
            chosen.add(switch (id) {
                case BrokerLogsDelivered.ID -> new BrokerLogsDelivered(severity);
                case AuthorizerLogsDelivered.ID -> new AuthorizerLogsDelivered(severity);
                case AuthorizerLogsWithIam.ID -> new AuthorizerLogsWithIam(severity);
                case QuietBrokersToCloudWatch.ID -> new QuietBrokersToCloudWatch(severity);
                case DestinationsExist.ID -> new DestinationsExist(severity);
                case LogGroupRetention.ID -> new LogGroupRetention(severity);
                default -> new S3BucketPattern(severity, pattern(settings, file, id));
            });
        }
        return new FleetPolicy(FleetPolicy.VERSION, chosen);
    }

    private static Severity severity(JsonNode settings, DataFile file, String id) {
        JsonNode value = settings.get("severity");
        if (value == null) {
            return Severity.MEDIUM;
        }
        return Severity.parse(value.asText()).orElseThrow(() -> file.at("severity", "rule " + id
                + " has severity \"" + value.asText() + "\"; a severity is low, medium or high."));
    }

    private static Pattern pattern(JsonNode settings, DataFile file, String id) {
        JsonNode value = settings.get("pattern");
        if (value == null || value.asText().isBlank()) {
            throw file.at(id, "rule " + id + " needs a \"pattern\" (a regular expression the "
                    + "whole bucket name must match, e.g. \"msk-logs-.*\").");
        }
        try {
            return Pattern.compile(value.asText());
        } catch (PatternSyntaxException e) {
            throw file.at("pattern", "rule " + id + " has a pattern that is not a regular "
                    + "expression (" + e.getDescription() + ").");
        }
    }
}
