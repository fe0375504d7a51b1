package io.mskconsole.core.levels;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the raised levels in a JSON file, {@code {"schemaVersion": 1, "raised": [{...}]}} with ISO-8601 times. A
 * missing or unreadable file reads as nothing raised, and entries that cannot be read are skipped; writes go through
 * a temporary file, so a crash never leaves half a file. Thread-safe within one process.
 */
public final class JsonRaisedLevelStore implements RaisedLevelStore {
    /** The file's name inside the app's settings folder. */
    public static final String FILE_NAME = "raised-log-levels.json";
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public JsonRaisedLevelStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The store in the app's settings folder. */
    public static JsonRaisedLevelStore in(Path settingsDirectory) {
        return new JsonRaisedLevelStore(settingsDirectory.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileJson(int schemaVersion, List<EntryJson> raised) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EntryJson(String account, String clusterArn, String clusterName, int brokerId, String logger, String level,
                     String previousLevel, String raisedAt, String revertAt) {
    }

    @Override
    public synchronized List<RaisedLevel> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        FileJson json;
        try {
            json = JSON.readValue(file.toFile(), FileJson.class);
        } catch (IOException unreadable) {
            return List.of();
        }
        if (json == null || json.raised() == null) {
            return List.of();
        }
        List<RaisedLevel> raised = new ArrayList<>();
        for (EntryJson entry : json.raised()) {
            try {
                raised.add(new RaisedLevel(entry.account(), entry.clusterArn(), entry.clusterName(), entry.brokerId(),
                        entry.logger(), LogLevel.parse(entry.level()).orElseThrow(), entry.previousLevel(),
                        Instant.parse(entry.raisedAt()), entry.revertAt() == null ? null : Instant.parse(entry.revertAt())));
            } catch (RuntimeException broken) {
                // an entry this version cannot read is skipped, not the whole file
            }
        }
        return List.copyOf(raised);
    }

    @Override
    public synchronized void save(List<RaisedLevel> raised) {
        List<EntryJson> entries = raised.stream().map(r -> new EntryJson(r.account(), r.clusterArn(), r.clusterName(),
                r.brokerId(), r.logger(), r.level().name(), r.previousLevel(), r.raisedAt().toString(),
                r.revertAt() == null ? null : r.revertAt().toString())).toList();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "raised-log-levels", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), new FileJson(SCHEMA_VERSION, entries));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
