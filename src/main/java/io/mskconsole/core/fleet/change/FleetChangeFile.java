package io.mskconsole.core.fleet.change;

import com.fasterxml.jackson.databind.JsonNode;
import io.mskconsole.core.delivery.DestinationType;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.fleet.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The file of {@code fleet plan --set FILE}: what to set on every cluster, JSON or YAML, data only.
 * <pre>
 * version: 1
 * set:
 *   - logs: broker                 # broker | authorizer
 *     destination: cloudwatch-logs # cloudwatch-logs | s3 | firehose
 *     name: /aws/vendedlogs/msk/{cluster}
 *   - logs: authorizer
 *     destination: s3
 *     name: audit-logs-{account}-{region}
 *     prefix: "{account}/{region}/{cluster}/"
 *   - logs: broker
 *     destination: firehose
 *     enabled: false
 * </pre>
 * {@code enabled} is true unless said; {@code name} is the log group, bucket or delivery stream, with the
 * placeholders of {@link NameTemplate}. Anything else is refused with its line and column.
 */
public final class FleetChangeFile {
    public static final int VERSION = 1;
    private static final Set<String> TOP = Set.of("version", "set");
    private static final Set<String> FIELDS = Set.of("logs", "destination", "enabled", "name", "prefix");
    private static final Map<String, LogKind> KINDS = Map.of("broker", LogKind.BROKER,
            "authorizer", LogKind.AUTHORIZER);
    private static final Map<String, DestinationType> TYPES = Map.of("cloudwatch-logs", DestinationType.CLOUDWATCH_LOGS,
            "s3", DestinationType.S3, "firehose", DestinationType.FIREHOSE);

    private FleetChangeFile() {
    }

    /**
     * @throws DataFile.Invalid naming the file, the line and column, and what is wrong
     */
    public static FleetChange parse(String text, String name, boolean yaml) {
        DataFile file = DataFile.read(text, name, yaml, "a fleet change (\"version\" and \"set\")");
        JsonNode root = file.root();
        file.refuseUnknown(root, TOP, "");
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != VERSION) {
            throw file.at("version", "\"version\" must be " + VERSION + " (the change format this MSK Console reads).");
        }
        JsonNode set = root.get("set");
        if (set == null || !set.isArray() || set.isEmpty()) {
            throw file.at("set", "\"set\" must list the destinations to set, e.g. set: [{logs: broker, destination: "
                    + "cloudwatch-logs, name: /aws/vendedlogs/msk/{cluster}}].");
        }
        List<DestinationSetting> settings = new ArrayList<>();
        for (JsonNode entry : set) {
            if (!entry.isObject()) {
                throw file.at("set", "each entry of \"set\" is an object with logs, destination and name.");
            }
            file.refuseUnknown(entry, FIELDS, "set[].");
            LogKind kind = word(file, entry, "logs", KINDS);
            DestinationType type = word(file, entry, "destination", TYPES);
            JsonNode enabledNode = entry.get("enabled");
            if (enabledNode != null && !enabledNode.isBoolean()) {
                throw file.at("enabled", "\"enabled\" is true or false.");
            }
            boolean enabled = enabledNode == null || enabledNode.booleanValue();
            String destinationName = text(entry, "name");
            String prefix = text(entry, "prefix");
            try {
                if (!enabled && (destinationName != null || prefix != null)) {
                    throw new IllegalArgumentException("a destination turned off takes no name or prefix");
                }
                settings.add(enabled ? DestinationSetting.on(kind, type, destinationName, prefix)
                        : DestinationSetting.off(kind, type));
            } catch (IllegalArgumentException | NullPointerException wrong) {
                String why = wrong instanceof NullPointerException || destinationName == null && enabled
                        ? "\"name\" is needed: the " + type.resourceNoun() + " to deliver " + kind.noun() + " to."
                        : wrong.getMessage();
                throw file.at(destinationName == null ? "destination" : "name", why);
            }
        }
        try {
            return new FleetChange(settings);
        } catch (IllegalArgumentException twice) {
            throw file.at("set", twice.getMessage());
        }
    }

    private static <T> T word(DataFile file, JsonNode entry, String field, Map<String, T> words) {
        JsonNode value = entry.get(field);
        T known = value == null ? null : words.get(value.asText());
        if (known == null) {
            throw file.at(value == null ? "set" : field, "\"" + field + "\" is one of "
                    + String.join(", ", words.keySet().stream().sorted().toList())
                    + (value == null ? "" : ", not \"" + value.asText() + "\"") + ".");
        }
        return known;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
