package io.mskconsole.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mskconsole.core.account.LastUsed;
import io.mskconsole.core.account.LastUsedStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps the last account and region in {@code settings.json}. A missing or unreadable file reads as nothing
 * remembered (the app then starts as on a first run); writes go through a temporary file so a crash never leaves
 * half a file.
 */
public final class FileLastUsedStore implements LastUsedStore {
    /** Made on first use, off the JavaFX thread: Jackson takes a while to start, and the first window need not wait. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final Path file;

    public FileLastUsedStore(Path directory) {
        this.file = directory.resolve("settings.json");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsJson(String account, String region) {
    }

    @Override
    public LastUsed load() {
        if (!Files.isRegularFile(file)) {
            return LastUsed.NOTHING;
        }
        try {
            SettingsJson json = Json.MAPPER.readValue(file.toFile(), SettingsJson.class);
            return json == null ? LastUsed.NOTHING : new LastUsed(json.account(), json.region());
        } catch (IOException unreadable) {
            return LastUsed.NOTHING;
        }
    }

    @Override
    public void save(LastUsed lastUsed) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(),
                    new SettingsJson(lastUsed.accountKey(), lastUsed.region()));
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
