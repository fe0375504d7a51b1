package io.mskconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.ui.common.ThemeSetting;
import io.mskconsole.ui.common.WindowBounds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUiPreferencesTest {
    @TempDir
    Path folder;

    @Test
    void nothingRememberedMeansTheDefaults() {
        FileUiPreferences preferences = FileUiPreferences.load(folder.resolve("new"));
        assertThat(preferences.theme()).isEqualTo(ThemeSetting.SYSTEM);
        assertThat(preferences.mainWindow()).isEmpty();
    }

    @Test
    void themeAndPlaceRoundTrip() {
        FileUiPreferences.load(folder).save(ThemeSetting.DARK, new WindowBounds(10.5, -20, 1200, 700, true));
        FileUiPreferences again = FileUiPreferences.load(folder);
        assertThat(again.theme()).isEqualTo(ThemeSetting.DARK);
        assertThat(again.mainWindow()).contains(new WindowBounds(10.5, -20, 1200, 700, true));
    }

    @Test
    void aThemeChangeKeepsTheRememberedPlace() {
        FileUiPreferences.load(folder).save(ThemeSetting.DARK, new WindowBounds(1, 2, 300, 400, false));
        FileUiPreferences.load(folder).save(ThemeSetting.LIGHT, null);
        assertThat(FileUiPreferences.load(folder).mainWindow()).contains(new WindowBounds(1, 2, 300, 400, false));
        assertThat(FileUiPreferences.load(folder).theme()).isEqualTo(ThemeSetting.LIGHT);
    }

    @Test
    void theFleetsRegionsAreRememberedBesideTheThemeAndPlace() {
        FileUiPreferences.load(folder).save(ThemeSetting.DARK, new WindowBounds(1, 2, 300, 400, false));
        assertThat(FileUiPreferences.load(folder).fleetRegions()).isEqualTo("all");
        FileUiPreferences.load(folder).saveFleetRegions("us-east-1, eu-west-1");
        FileUiPreferences again = FileUiPreferences.load(folder);
        assertThat(again.fleetRegions()).isEqualTo("us-east-1, eu-west-1");
        assertThat(again.theme()).isEqualTo(ThemeSetting.DARK);
    }

    @Test
    void aDamagedFileMeansTheDefaultsNotAFailure() throws Exception {
        Files.writeString(folder.resolve("ui.properties"), "theme=PURPLE\nmain.x=left\nmain.width=-5\n\\u12");
        FileUiPreferences preferences = FileUiPreferences.load(folder);
        assertThat(preferences.theme()).isEqualTo(ThemeSetting.SYSTEM);
        assertThat(preferences.mainWindow()).isEmpty();
    }
}
