package io.mskconsole.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.VerboseLogger;
import io.mskconsole.core.delivery.JsonText;
import java.util.List;

/**
 * The {@code loggers list --format json} document, schema version 1, every member always present:
 * <pre>
 * {"schemaVersion": 1, "cluster": ARN, "clusterName", "region", "authentication": "iam|scram|tls|plaintext",
 *  "brokers": [1, 2, 3],
 *  "loggers": [{"name": "root", "levels": {"1": "INFO", ...}}, ...],      root first; a broker without it is left out
 *  "aboveInfo": [{"logger", "broker", "level"}],
 *  "unavailableBrokers": [{"broker", "error"}],
 *  "raisedEarlier": [{"logger", "broker", "level", "previousLevel", "raisedAt", "revertAt"}]}
 * </pre>
 * Add members only; never rename or remove one within a schema version.
 */
final class LoggersJson {
    static final int SCHEMA_VERSION = 1;

    private LoggersJson() {
    }

    static String write(BrokerSession session, LoggerTable table, List<Integer> brokers, List<RaisedLevel> raised) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("cluster", session.cluster().arn());
        root.put("clusterName", session.cluster().name());
        root.put("region", session.region());
        root.put("authentication", session.brokers().auth().auth().word());
        ArrayNode ids = root.putArray("brokers");
        brokers.forEach(ids::add);
        ArrayNode loggers = root.putArray("loggers");
        for (String name : table.loggers()) {
            ObjectNode logger = loggers.addObject();
            logger.put("name", name);
            ObjectNode levels = logger.putObject("levels");
            brokers.forEach(id -> table.level(name, id).ifPresent(level -> levels.put(String.valueOf(id), level)));
        }
        ArrayNode above = root.putArray("aboveInfo");
        for (VerboseLogger verbose : table.aboveInfo()) {
            if (brokers.contains(verbose.brokerId())) {
                above.addObject().put("logger", verbose.logger()).put("broker", verbose.brokerId())
                        .put("level", verbose.level().name());
            }
        }
        ArrayNode unavailable = root.putArray("unavailableBrokers");
        table.unavailable().forEach((id, error) -> {
            if (brokers.contains(id)) {
                unavailable.addObject().put("broker", id).put("error", error);
            }
        });
        ArrayNode earlier = root.putArray("raisedEarlier");
        for (RaisedLevel level : raised) {
            earlier.addObject().put("logger", level.logger()).put("broker", level.brokerId())
                    .put("level", level.level().name()).put("previousLevel", level.previousLevel())
                    .put("raisedAt", level.raisedAt().toString())
                    .put("revertAt", level.revertAt() == null ? null : level.revertAt().toString());
        }
        return JsonText.pretty(root);
    }
}
