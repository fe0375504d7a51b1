package io.mskconsole.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Every file of the image can be read by every user: the installers keep these permissions, and an app installed by
 * root for all users must be able to read its own jars and runtime.
 */
class ImageFilesIT {
    private final AppImage image = AppImage.built();

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everyFileIsReadableByEveryUser() throws IOException {
        List<Path> unreadable;
        try (Stream<Path> files = Files.walk(image.root())) {
            unreadable = files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ);
                } catch (IOException e) {
                    return true;
                }
            }).toList();
        }

        assertThat(unreadable).isEmpty();
    }
}
