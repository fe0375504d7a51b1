package io.mskconsole.aws.signin;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.signin.SsoToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of one file of the AWS CLI's SSO token cache, as the AWS CLI v2 reads and writes it: an object with
 * {@code startUrl}, {@code region}, {@code accessToken}, {@code expiresAt}, {@code clientId}, {@code clientSecret},
 * {@code registrationExpiresAt} and {@code refreshToken} (absent ones left out), times in UTC to the second
 * ("2026-12-07T15:04:05Z"), on one line with Python's separators ({@code ", "} and {@code ": "}). Fields other tools
 * add are kept. Nothing of a file's content is ever quoted in a message: it holds secrets.
 */
final class CliTokenFile {
    static final List<String> FIELDS = List.of("startUrl", "region", "accessToken", "expiresAt", "clientId",
            "clientSecret", "registrationExpiresAt", "refreshToken");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private CliTokenFile() {
    }

    /**
     * The token a file holds.
     *
     * @throws GatewayException {@code CONFIGURATION} naming the file and what is wrong with it
     */
    static SsoToken parse(byte[] content, Path file) {
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw unusable(file, "is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException notJson) {
            throw unusable(file, "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw unusable(file, "is not a JSON object");
        }
        String accessToken = text(root, "accessToken", file);
        Instant expiresAt = time(root, "expiresAt", file);
        if (accessToken == null || expiresAt == null) {
            throw unusable(file, "has no " + (accessToken == null ? "accessToken" : "expiresAt"));
        }
        return new SsoToken(text(root, "startUrl", file), text(root, "region", file), accessToken, expiresAt,
                text(root, "clientId", file), text(root, "clientSecret", file),
                time(root, "registrationExpiresAt", file), text(root, "refreshToken", file));
    }

    /** The fields of a file that are not the token's, to write back; none when it is not a JSON object. */
    static ObjectNode extras(byte[] content) {
        ObjectNode extras = JSON.createObjectNode();
        try {
            JsonNode root = JSON.readTree(content);
            if (root != null && root.isObject()) {
                root.properties().forEach(field -> {
                    if (!FIELDS.contains(field.getKey())) {
                        extras.set(field.getKey(), field.getValue());
                    }
                });
            }
        } catch (IOException notJson) {
            // a broken file is replaced whole
        }
        return extras;
    }

    /** The file's bytes: the token's fields in the AWS CLI's order, then {@code extras}. */
    static byte[] render(SsoToken token, ObjectNode extras) {
        ObjectNode root = JSON.createObjectNode();
        put(root, "startUrl", token.startUrl());
        put(root, "region", token.region());
        put(root, "accessToken", token.accessToken());
        put(root, "expiresAt", format(token.expiresAt()));
        put(root, "clientId", token.clientId());
        put(root, "clientSecret", token.clientSecret());
        put(root, "registrationExpiresAt", format(token.registrationExpiresAt()));
        put(root, "refreshToken", token.refreshToken());
        extras.properties().forEach(field -> root.set(field.getKey(), field.getValue()));
        try {
            return JSON.writer(new PythonSeparators()).writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A time as the AWS CLI and the SDKs have written it: "2026-12-07T15:04:05Z", with fractional seconds, with an
     * offset, the old "2026-12-07T15:04:05UTC", or with no zone at all (taken as UTC).
     *
     * @throws DateTimeParseException when it is none of those
     */
    static Instant parseTime(String text) {
        String time = text.strip();
        if (time.toUpperCase(Locale.ROOT).endsWith("UTC")) {
            time = time.substring(0, time.length() - 3).strip() + "Z";
        }
        try {
            return OffsetDateTime.parse(time, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(time, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        }
    }

    static String format(Instant time) {
        return time == null ? null : TIME.format(time);
    }

    private static void put(ObjectNode root, String field, String value) {
        if (value != null) {
            root.put(field, value);
        }
    }

    private static String text(JsonNode root, String field, Path file) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw unusable(file, "has a field " + field + " that is not text");
        }
        return value.asText();
    }

    private static Instant time(JsonNode root, String field, Path file) {
        String text = text(root, field, file);
        if (text == null) {
            return null;
        }
        try {
            return parseTime(text);
        } catch (DateTimeParseException notATime) {
            throw unusable(file, "has a field " + field + " that is not a time");
        }
    }

    static GatewayException unusable(Path file, String what) {
        return new GatewayException(Failure.CONFIGURATION, null, "The SSO token cache file " + file + " " + what
                + ": it is not a token as the AWS CLI writes it. Delete the file, then sign in again.");
    }

    /** Python's {@code json.dumps} layout, which the AWS CLI writes: one line, {@code ", "} and {@code ": "}. */
    private static final class PythonSeparators extends MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }
    }
}
