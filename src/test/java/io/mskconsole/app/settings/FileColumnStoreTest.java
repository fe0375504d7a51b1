package io.mskconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileColumnStoreTest {
    @TempDir
    Path home;

    @Test
    void hiddenColumnsAreSavedAndReadBack() throws Exception {
        FileColumnStore store = new FileColumnStore(home.resolve("settings"));
        assertThat(store.hiddenColumns()).isEmpty();

        store.saveHiddenColumns(Set.of("ip", "time-local"));

        assertThat(new FileColumnStore(home.resolve("settings")).hiddenColumns()).containsExactlyInAnyOrder("ip",
                "time-local");
        assertThat(Files.readString(home.resolve("settings/trail-columns.json")))
                .isEqualTo("{\"hidden\":[\"ip\",\"time-local\"]}");
    }

    @Test
    void anUnreadableFileShowsEveryColumn() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("trail-columns.json"), "{not json");

        assertThat(new FileColumnStore(home).hiddenColumns()).isEmpty();
    }
}
