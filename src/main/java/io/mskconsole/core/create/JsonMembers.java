package io.mskconsole.core.create;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.delivery.JsonCasing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of a request file, read member by member with its path for messages. A member may be spelt the
 * AWS CLI's way (PascalCase) or the API's (camelCase); JSON null reads as absent. Members the object does not have
 * are refused: an unknown one naming those expected, a create-cluster-v2 member msk-console does not set saying so.
 */
final class JsonMembers {
    private final ObjectNode node;
    private final String path;
    private final Map<String, JsonNode> members = new LinkedHashMap<>();

    private JsonMembers(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /**
     * @param expected    the members this object may have, PascalCase
     * @param unsupported members of the AWS model that msk-console does not set, with what they are for
     */
    static JsonMembers of(JsonNode node, String path, List<String> expected, Map<String, String> unsupported)
            throws DraftFileException {
        if (node == null || !node.isObject()) {
            throw new DraftFileException((path.isEmpty() ? "The document" : path) + " must be a JSON object"
                    + (node == null ? "" : " (found " + kind(node) + ")") + ".", path.isEmpty() ? null : path, 0);
        }
        JsonMembers object = new JsonMembers((ObjectNode) node, path);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = object.canonical(field.getKey(), expected, unsupported);
            if (object.members.containsKey(name)) {
                throw new DraftFileException(object.child(name) + " appears twice (once spelt " + field.getKey()
                        + ").", object.child(name), 0);
            }
            object.members.put(name, field.getValue());
        }
        return object;
    }

    String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The member's value, or null when it is absent or JSON null. */
    JsonNode get(String name) {
        JsonNode value = members.get(name);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    JsonMembers object(String name, List<String> expected, Map<String, String> unsupported)
            throws DraftFileException {
        JsonNode value = get(name);
        return value == null ? null : of(value, child(name), expected, unsupported);
    }

    String string(String name, String absent) throws DraftFileException {
        JsonNode value = get(name);
        if (value == null) {
            return absent;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        return value.asText();
    }

    boolean bool(String name, boolean absent) throws DraftFileException {
        JsonNode value = get(name);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false", value);
        }
        return value.asBoolean();
    }

    Integer integer(String name) throws DraftFileException {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrongType(name, "a whole number", value);
        }
        return value.asInt();
    }

    Long whole(String name) throws DraftFileException {
        JsonNode value = get(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(name, "a whole number", value);
        }
        return value.asLong();
    }

    List<String> strings(String name) throws DraftFileException {
        JsonNode value = get(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(name, "a list of strings", value);
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                throw new DraftFileException(child(name) + "[" + i + "] must be a string (found " + kind(item) + ").",
                        child(name), 0);
            }
            strings.add(item.asText());
        }
        return strings;
    }

    /** A string-to-string map (Tags), in the file's order. */
    Map<String, String> stringMap(String name) throws DraftFileException {
        JsonNode value = get(name);
        if (value == null) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object of names and values", value);
        }
        Map<String, String> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                throw new DraftFileException(child(name) + "." + field.getKey() + " must be a string (found "
                        + kind(field.getValue()) + ").", child(name) + "." + field.getKey(), 0);
            }
            map.put(field.getKey(), field.getValue().asText());
        }
        return map;
    }

    DraftFileException wrongType(String name, String expected, JsonNode found) {
        return new DraftFileException(child(name) + " must be " + expected + " (found " + kind(found) + ").",
                child(name), 0);
    }

    private String canonical(String given, List<String> expected, Map<String, String> unsupported)
            throws DraftFileException {
        for (String name : expected) {
            if (given.equals(name) || given.equals(JsonCasing.API.name(name))) {
                return name;
            }
        }
        for (Map.Entry<String, String> entry : unsupported.entrySet()) {
            String name = entry.getKey();
            if (given.equals(name) || given.equals(JsonCasing.API.name(name))) {
                throw new DraftFileException(child(name) + ": msk-console does not set " + entry.getValue()
                        + ". Remove " + name + " from the file, or create this cluster with the AWS CLI.",
                        child(name), 0);
            }
        }
        String where = path.isEmpty() ? "" : " in " + path;
        throw new DraftFileException(child(given) + ": unknown field" + where + " (expected "
                + String.join(", ", expected) + ").", child(given), 0);
    }

    static String kind(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.toString();
    }
}
