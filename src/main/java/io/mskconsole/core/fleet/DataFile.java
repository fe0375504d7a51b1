package io.mskconsole.core.fleet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small JSON or YAML file of data a person writes (the fleet policy, a fleet change): read strictly (duplicate
 * keys refused), every problem said with the file's name and the line and column, so a typo never passes silently.
 * Never evaluated as code: YAML is read as plain data.
 */
public final class DataFile {
    private final String name;
    private final String text;
    private final boolean yaml;
    private final JsonNode root;

    /** Thrown for a file that is not what it should be: the message names the file, the place and what is wrong. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    private DataFile(String name, String text, boolean yaml, JsonNode root) {
        this.name = name;
        this.text = text;
        this.yaml = yaml;
        this.root = root;
    }

    /**
     * @param name how messages name the file (its path)
     * @param what what the file should hold, for the message when it holds no object ("a fleet policy")
     * @throws Invalid if the text is not JSON (or YAML) holding an object
     */
    public static DataFile read(String text, String name, boolean yaml, String what) {
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            root = mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            throw invalid(name, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid(name + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new Invalid(name + ": " + what + " is an object, not " + (root == null ? "nothing" : "this") + ".");
        }
        return new DataFile(name, text, yaml, root);
    }

    /** Whether a file of this name is read as YAML ({@code .yaml}, {@code .yml}); JSON otherwise. */
    public static boolean isYaml(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    public JsonNode root() {
        return root;
    }

    /** A problem at the first place the key appears: "NAME: line L, column C: message". */
    public Invalid at(String key, String message) {
        return new Invalid(name + position(key) + ": " + message);
    }

    /** A problem with the file as a whole. */
    public Invalid problem(String message) {
        return new Invalid(name + ": " + message);
    }

    /** Refuses a field of the object that is not known here, naming it ({@code where} prefixes it, "rules.x."). */
    public void refuseUnknown(JsonNode node, Set<String> known, String where) {
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!known.contains(field)) {
                throw at(field, "unknown field \"" + where + field + "\"; known here: "
                        + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }

    /** Where a key first appears in the text, as ": line L, column C" (or "" when it cannot be found). */
    private String position(String key) {
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
        Matcher m = Pattern.compile("(^|[\\s{,])(" + Pattern.quote(key) + ")\\s*:").matcher(line);
        return m.find() ? m.start(2) : -1;
    }

    private static Invalid invalid(String name, JsonLocation location, String what) {
        String place = location == null || location.getLineNr() < 1 ? ""
                : ": line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new Invalid(name + place + ": " + oneLine(what));
    }

    /** The parser's words without the excerpts of the file YAML's parser adds (" in 'reader', line 2: ..."). */
    private static String oneLine(String what) {
        if (what == null) {
            return "not readable";
        }
        List<String> kept = new ArrayList<>();
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
}
