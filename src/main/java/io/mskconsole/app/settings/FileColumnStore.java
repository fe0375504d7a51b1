package io.mskconsole.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.ui.trail.ColumnStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the CloudTrail table's hidden columns in {@code trail-columns.json} beside the other settings. A missing or
 * unreadable file reads as none hidden; writes go through a temporary file.
 */
public final class FileColumnStore implements ColumnStore {
    /** Made on first use, off the JavaFX thread: Jackson takes a while to start, and the first window need not wait. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final Path file;

    public FileColumnStore(Path directory) {
        this.file = directory.resolve("trail-columns.json");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ColumnsJson(List<String> hidden) {
    }

    @Override
    public Set<String> hiddenColumns() {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try {
            ColumnsJson json = Json.MAPPER.readValue(file.toFile(), ColumnsJson.class);
            return json == null || json.hidden() == null ? Set.of() : Set.copyOf(json.hidden());
        } catch (IOException unreadable) {
            return Set.of();
        }
    }

    @Override
    public void saveHiddenColumns(Set<String> hidden) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "trail-columns", ".tmp");
            Json.MAPPER.writeValue(temporary.toFile(), new ColumnsJson(List.copyOf(new TreeSet<>(hidden))));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the CloudTrail columns to " + file + ": " + e.getMessage(), e);
        }
    }
}
