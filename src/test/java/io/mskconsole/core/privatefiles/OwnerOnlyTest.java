package io.mskconsole.core.privatefiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aNewFolderIsTheOwnersOnlyOthersAccessIsTakenAwayAndAReadOnlyFolderStaysReadOnly() throws Exception {
        Path made = dir.resolve("a/b");
        OwnerOnly.folder(made);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rwx------");

        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        OwnerOnly.folder(shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwx------");

        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-x---"));
        OwnerOnly.folder(readOnly);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("r-x------");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
    }
}
