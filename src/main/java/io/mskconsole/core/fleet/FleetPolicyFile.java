package io.mskconsole.core.fleet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
            DestinationsExist.ID, Set.of("severity", "enabled"),
            LogGroupRetention.ID, Set.of("severity", "enabled"));

    private FleetPolicyFile() {
    }

    /** Thrown for a file that is not a policy: the message names the file, the line and column, and what is wrong. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    /**
     * @param name how messages name the file (its path)
     * @param yaml whether to read YAML (a {@code .yaml}/{@code .yml} file); JSON otherwise
     */
    public static FleetPolicy parse(String text, String name, boolean yaml) {
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            root = mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            throw invalid(name, e.getLocation(), e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new Invalid(name + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(name + ": a fleet policy is an object with \"version\" and \"rules\".");
        }
        return read(root, name, text, yaml);
    }

    private static FleetPolicy read(JsonNode root, String name, String text, boolean yaml) {
        Positions at = new Positions(text, yaml);
        unknownFields(root, TOP, name, at, "");
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != FleetPolicy.VERSION) {
            throw new Invalid(name + at.of("version") + ": \"version\" must be " + FleetPolicy.VERSION
                    + " (the policy format this MSK Console reads).");
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isObject()) {
            throw new Invalid(name + at.of("rules") + ": \"rules\" must name the rules to check, each with its "
                    + "settings, e.g. rules: {" + BrokerLogsDelivered.ID + ": {severity: high}}.");
        }
        List<FleetRule> chosen = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = rules.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String id = entry.getKey();
            Set<String> fields = FIELDS.get(id);
            if (fields == null) {
                throw new Invalid(name + at.of(id) + ": unknown rule \"" + id + "\"; the rules are "
                        + String.join(", ", FIELDS.keySet().stream().sorted().toList()) + ".");
            }
            JsonNode settings = entry.getValue();
            if (!settings.isObject()) {
                throw new Invalid(name + at.of(id) + ": rule " + id + " takes an object of settings.");
            }
            unknownFields(settings, fields, name, at, id + ".");
            if (settings.has("enabled") && !settings.get("enabled").asBoolean(true)) {
                continue;
            }
            Severity severity = severity(settings, name, at, id);
            chosen.add(switch (id) {
                case BrokerLogsDelivered.ID -> new BrokerLogsDelivered(severity);
                case AuthorizerLogsDelivered.ID -> new AuthorizerLogsDelivered(severity);
                case DestinationsExist.ID -> new DestinationsExist(severity);
                case LogGroupRetention.ID -> new LogGroupRetention(severity);
                default -> new S3BucketPattern(severity, pattern(settings, name, at, id));
            });
        }
        return new FleetPolicy(FleetPolicy.VERSION, chosen);
    }

    private static Severity severity(JsonNode settings, String name, Positions at, String id) {
        JsonNode value = settings.get("severity");
        if (value == null) {
            return Severity.MEDIUM;
        }
        return Severity.parse(value.asText()).orElseThrow(() -> new Invalid(name + at.of("severity") + ": rule " + id
                + " has severity \"" + value.asText() + "\"; a severity is low, medium or high."));
    }

    private static Pattern pattern(JsonNode settings, String name, Positions at, String id) {
        JsonNode value = settings.get("pattern");
        if (value == null || value.asText().isBlank()) {
            throw new Invalid(name + at.of(id) + ": rule " + id + " needs a \"pattern\" (a regular expression the "
                    + "whole bucket name must match, e.g. \"msk-logs-.*\").");
        }
        try {
            return Pattern.compile(value.asText());
        } catch (PatternSyntaxException e) {
            throw new Invalid(name + at.of("pattern") + ": rule " + id + " has a pattern that is not a regular "
                    + "expression (" + e.getDescription() + ").");
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String name, Positions at, String where) {
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!known.contains(field)) {
                throw new Invalid(name + at.of(field) + ": unknown field \"" + where + field + "\"; known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }

    private static Invalid invalid(String name, JsonLocation location, String what) {
        String place = location == null || location.getLineNr() < 1 ? ""
                : ": line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new Invalid(name + place + ": " + oneLine(what));
    }

    /** The parser's words without the excerpts of the file YAML's parser adds (" in 'reader', line 2: ..."). */
    private static String oneLine(String what) {
        if (what == null) {
            return "not a policy file";
        }
        java.util.List<String> kept = new ArrayList<>();
        boolean excerpt = false;
        for (String line : what.split("\\R")) {
            String text = line.strip();
            boolean place = text.startsWith("in 'reader'");
            if (!place && !excerpt && !text.isEmpty() && !text.equals("^")) {
                kept.add(text);
            }
            excerpt = place;
        }
        return String.join("; ", kept);
    }

    /** Where a key first appears in the text, as ": line L, column C" (or "" when it cannot be found). */
    private record Positions(String text, boolean yaml) {
        String of(String key) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int column = yaml ? yamlKey(lines[i], key) : lines[i].indexOf("\"" + key + "\"");
                if (column >= 0) {
                    return ": line " + (i + 1) + ", column " + (column + 1);
                }
            }
            return "";
        }

        private static int yamlKey(String line, String key) {
            java.util.regex.Matcher m = Pattern.compile("(^|[\\s{,])(" + Pattern.quote(key) + ")\\s*:").matcher(line);
            return m.find() ? m.start(2) : -1;
        }
    }
}
