package io.mskconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.account.LastUsed;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLastUsedStoreTest {
    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsReadBackByTheNextRun() {
        new FileLastUsedStore(dir.resolve("new-folder")).save(new LastUsed("profile:prod", "eu-west-1"));
        assertThat(new FileLastUsedStore(dir.resolve("new-folder")).load())
                .isEqualTo(new LastUsed("profile:prod", "eu-west-1"));
        assertThat(dir.resolve("new-folder")).isDirectoryContaining(p -> p.getFileName().toString().equals("settings.json"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aMissingOrUnreadableFileReadsAsAFirstRun() throws Exception {
        assertThat(new FileLastUsedStore(dir).load()).isEqualTo(LastUsed.NOTHING);
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertThat(new FileLastUsedStore(dir).load()).isEqualTo(LastUsed.NOTHING);
        Files.writeString(dir.resolve("settings.json"), "{\"account\": \"sandbox\", \"region\": \"us-east-1\", \"later\": 1}");
        assertThat(new FileLastUsedStore(dir).load()).as("fields of later versions are ignored")
                .isEqualTo(new LastUsed("sandbox", "us-east-1"));
    }

    @Test
    void aFolderThatCannotBeWrittenSaysWhere() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        assertThatThrownBy(() -> new FileLastUsedStore(blocker).save(new LastUsed("sandbox", "us-east-1")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("settings.json");
    }
}
