package io.mskconsole.core.delivery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a logging-info document token by token, so every refusal names its line, column and field: unknown fields,
 * values of the wrong type, duplicated fields and a missing {@code Enabled}. Each field may be spelt the CLI's way
 * (PascalCase) or the API's (camelCase). {@code BrokerLogs} is required, {@code AuthorizerLogs} optional.
 */
final class LoggingInfoReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** Jackson's "[Source: REDACTED (...); line: 1, column: 16]" inside its messages: only the position helps a person. */
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");
    private static final String CLOUDWATCH_LOGS = DestinationType.CLOUDWATCH_LOGS.cliName();
    private static final String FIREHOSE = DestinationType.FIREHOSE.cliName();
    private static final String S3 = DestinationType.S3.cliName();
    /** In the service model's order, as refusals list them. */
    private static final List<String> DESTINATIONS = List.of(CLOUDWATCH_LOGS, FIREHOSE, S3);
    private static final Map<String, List<String>> FIELDS = Map.of(
            CLOUDWATCH_LOGS, List.of("Enabled", DestinationField.LOG_GROUP.cliName()),
            FIREHOSE, List.of("Enabled", DestinationField.DELIVERY_STREAM.cliName()),
            S3, List.of("Enabled", DestinationField.BUCKET.cliName(), DestinationField.PREFIX.cliName()));

    private final JsonParser parser;

    private LoggingInfoReader(JsonParser parser) {
        this.parser = parser;
    }

    static LoggingInfo read(String json) throws LoggingInfoFileException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return new LoggingInfoReader(parser).document();
        } catch (JsonParseException e) {
            JsonLocation where = e.getLocation();
            throw new LoggingInfoFileException(at(where) + "not valid JSON (" + firstLine(e.getOriginalMessage()) + ").",
                    where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(), null);
        } catch (IOException e) {
            throw new LoggingInfoFileException("The document cannot be read: " + e.getMessage(), 0, 0, null);
        }
    }

    private static final String BROKER = LogKind.BROKER.cliName();
    private static final String AUTHORIZER = LogKind.AUTHORIZER.cliName();

    private LoggingInfo document() throws IOException, LoggingInfoFileException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new LoggingInfoFileException("The document is empty: expected a JSON object with BrokerLogs.", 0, 0, null);
        }
        if (first != JsonToken.START_OBJECT) {
            throw refuse("the document must be a JSON object with a BrokerLogs field", null);
        }
        JsonLocation start = parser.currentTokenLocation();
        Map<String, LogDelivery> kinds = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = canonical(parser.currentName(), List.of(BROKER, AUTHORIZER), "");
            if (kinds.containsKey(name)) {
                throw refuse("field \"" + name + "\" appears twice", name);
            }
            parser.nextToken();
            kinds.put(name, delivery(name));
        }
        if (!kinds.containsKey(BROKER)) {
            throw new LoggingInfoFileException(at(start) + "field \"BrokerLogs\" is missing.", start.getLineNr(),
                    start.getColumnNr(), "BrokerLogs");
        }
        if (parser.nextToken() != null) {
            throw refuse("unexpected content after the JSON object", null);
        }
        return new LoggingInfo(kinds.get(BROKER), kinds.get(AUTHORIZER));
    }

    private LogDelivery delivery(String path) throws IOException, LoggingInfoFileException {
        expectObject(path);
        Map<String, Map<String, Object>> destinations = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = canonical(parser.currentName(), DESTINATIONS, path);
            String fieldPath = path + "." + name;
            if (destinations.containsKey(name)) {
                throw refuse("field \"" + fieldPath + "\" appears twice", fieldPath);
            }
            if (parser.nextToken() == JsonToken.VALUE_NULL) {
                destinations.put(name, Map.of());
                continue;
            }
            destinations.put(name, destination(name, fieldPath));
        }
        Map<String, Object> cw = destinations.getOrDefault(CLOUDWATCH_LOGS, Map.of());
        Map<String, Object> s3 = destinations.getOrDefault(S3, Map.of());
        Map<String, Object> firehose = destinations.getOrDefault(FIREHOSE, Map.of());
        return new LogDelivery(
                new CloudWatchLogsDestination(flag(cw), value(cw, DestinationField.LOG_GROUP)),
                new S3Destination(flag(s3), value(s3, DestinationField.BUCKET), value(s3, DestinationField.PREFIX)),
                new FirehoseDestination(flag(firehose), value(firehose, DestinationField.DELIVERY_STREAM)));
    }

    private Map<String, Object> destination(String type, String path) throws IOException, LoggingInfoFileException {
        expectObject(path);
        JsonLocation start = parser.currentTokenLocation();
        Map<String, Object> values = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = canonical(parser.currentName(), FIELDS.get(type), path);
            String fieldPath = path + "." + name;
            if (values.containsKey(name)) {
                throw refuse("field \"" + fieldPath + "\" appears twice", fieldPath);
            }
            JsonToken value = parser.nextToken();
            if (name.equals("Enabled")) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    throw refuse("field \"" + fieldPath + "\" must be true or false", fieldPath);
                }
                values.put(name, value == JsonToken.VALUE_TRUE);
            } else if (value == JsonToken.VALUE_STRING) {
                values.put(name, parser.getText());
            } else if (value != JsonToken.VALUE_NULL) {
                throw refuse("field \"" + fieldPath + "\" must be a string", fieldPath);
            }
        }
        if (!values.containsKey("Enabled")) {
            throw new LoggingInfoFileException(at(start) + "field \"" + path + ".Enabled\" is missing: say true or false.",
                    start.getLineNr(), start.getColumnNr(), path + ".Enabled");
        }
        return values;
    }

    private void expectObject(String path) throws LoggingInfoFileException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw refuse("field \"" + path + "\" must be an object", path);
        }
    }

    /** The PascalCase name of a field given in either casing, or a refusal naming the fields expected there. */
    private String canonical(String given, List<String> expected, String parentPath) throws LoggingInfoFileException {
        for (String name : expected) {
            if (given.equals(name) || given.equals(JsonCasing.API.name(name))) {
                return name;
            }
        }
        Set<String> names = new LinkedHashSet<>(expected);
        String in = parentPath.isEmpty() ? "" : " in " + parentPath;
        String path = parentPath.isEmpty() ? given : parentPath + "." + given;
        throw refuse("unknown field \"" + given + "\"" + in + " (expected " + String.join(", ", names) + ")", path);
    }

    private LoggingInfoFileException refuse(String problem, String field) {
        JsonLocation where = parser.currentTokenLocation();
        return new LoggingInfoFileException(at(where) + problem + ".", where.getLineNr(), where.getColumnNr(), field);
    }

    private static boolean flag(Map<String, Object> values) {
        return Boolean.TRUE.equals(values.get("Enabled"));
    }

    private static String value(Map<String, Object> values, DestinationField field) {
        return (String) values.get(field.cliName());
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 1 ? "" : "Line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        return SOURCE_LOCATION.matcher(line).replaceAll("line $1, column $2");
    }
}
