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

    @Test
    void logsGoWhereEachSystemKeepsThem() {
        assertThat(AppDirectories.logs(null, "Linux", "/home/ana", Map.of("XDG_STATE_HOME", "/state")))
                .isEqualTo(Path.of("/state/msk-console/logs"));
        assertThat(AppDirectories.logs(null, "Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/.local/state/msk-console/logs"));
        assertThat(AppDirectories.logs(null, "Linux", "/home/ana", Map.of("XDG_STATE_HOME", "relative/state")))
                .as("a relative XDG path is ignored, as the specification says")
                .isEqualTo(Path.of("/home/ana/.local/state/msk-console/logs"));
        assertThat(AppDirectories.logs(null, "Windows 11", "/home/ana", Map.of("LOCALAPPDATA", "/local")))
                .isEqualTo(Path.of("/local/MSK Console/logs"));
        assertThat(AppDirectories.logs(null, "Windows 11", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/AppData/Local/MSK Console/logs"));
        assertThat(AppDirectories.logs(null, "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Logs/MSK Console"));
        assertThat(AppDirectories.logs("/portable", "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/portable/logs"));
    }

    @Test
    void theCacheGoesWhereEachSystemKeepsCachesNeverRoamed() {
        assertThat(AppDirectories.cache(null, "Linux", "/home/ana", Map.of("XDG_CACHE_HOME", "/xdg-cache")))
                .isEqualTo(Path.of("/xdg-cache/msk-console"));
        assertThat(AppDirectories.cache(null, "Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/home/ana/.cache/msk-console"));
        assertThat(AppDirectories.cache(null, "Windows 11", "/home/ana", Map.of("APPDATA", "/roaming",
                "LOCALAPPDATA", "/local"))).isEqualTo(Path.of("/local/MSK Console/cache"));
        assertThat(AppDirectories.cache(null, "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Caches/MSK Console"));
        assertThat(AppDirectories.cache("/portable", "Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/portable/cache"));
    }

    @Test
    void theDataGoesWhereEachSystemKeepsAnAppsOwnDataNeverRoamed() {
        assertThat(AppDirectories.data(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/xdg-data")))
                .isEqualTo(Path.of("/xdg-data/msk-console"));
        assertThat(AppDirectories.data(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/ana/.local/share/msk-console"));
        assertThat(AppDirectories.data(null, "Windows 11", "/home/ana", Map.of("APPDATA", "/roaming",
                "LOCALAPPDATA", "/local"))).isEqualTo(Path.of("/local/MSK Console/data"));
        assertThat(AppDirectories.data(null, "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/MSK Console/data"));
        assertThat(AppDirectories.data("/portable", "Linux", "/home/ana", Map.of()))
                .isEqualTo(Path.of("/portable/data"));
    }
}
