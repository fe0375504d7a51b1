package io.mskconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    @Test
    void linuxUsesXdgConfigHomeElseDotConfig() {
        assertThat(AppDirectories.settings(null, "Linux", "/home/ana", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg", "msk-console"));
        assertThat(AppDirectories.settings(null, "Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana", ".config", "msk-console"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertThat(AppDirectories.settings(null, "Windows 11", "/home/ana", Map.of("APPDATA", "/roaming")))
                .isEqualTo(Path.of("/roaming", "MSK Console"));
        assertThat(AppDirectories.settings(null, "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana", "Library", "Application Support", "MSK Console"));
    }

    @Test
    void theMskConsoleHomePropertyWins() {
        assertThat(AppDirectories.settings("/portable", "Linux", "/home/ana", Map.of("XDG_CONFIG_HOME", "/xdg")))
                .isEqualTo(Path.of("/portable"));
    }
}
