package io.mskconsole.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the desktop's dark preference from each system's own answer. */
class SystemThemeTest {
    private static SystemTheme on(String os, Map<String, String> env, Map<String, String> answers) {
        return new SystemTheme(os, env, command -> Optional.ofNullable(answers.get(String.join(" ", command))));
    }

    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";

    @Test
    void gnomeColourSchemeOrThemeName() {
        assertThat(on("Linux", Map.of(), Map.of(SCHEME, "'prefer-dark'\n")).prefersDark()).contains(true);
        assertThat(on("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Adwaita'\n")).prefersDark())
                .contains(false);
        assertThat(on("Linux", Map.of(), Map.of(SCHEME, "'default'\n", GTK, "'Yaru-dark'\n")).prefersDark())
                .contains(true);
        assertThat(on("Linux", Map.of("GTK_THEME", "Adwaita:dark"), Map.of()).prefersDark()).contains(true);
    }

    @Test
    void unknownWhenNothingCanBeRead() {
        assertThat(on("Linux", Map.of(), Map.of()).prefersDark()).isEmpty();
        assertThat(on("Windows 11", Map.of(), Map.of()).prefersDark()).isEmpty();
    }

    @Test
    void windowsRegistry() {
        String key = "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v "
                + "AppsUseLightTheme";
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        String light = dark.replace("0x0", "0x1");
        assertThat(on("Windows 11", Map.of(), Map.of(key, dark)).prefersDark()).contains(true);
        assertThat(on("Windows 10", Map.of(), Map.of(key, light)).prefersDark()).contains(false);
    }

    @Test
    void macOsInterfaceStyle() {
        String key = "defaults read -g AppleInterfaceStyle";
        assertThat(on("Mac OS X", Map.of(), Map.of(key, "Dark\n")).prefersDark()).contains(true);
        assertThat(on("Mac OS X", Map.of(), Map.of()).prefersDark()).as("no key: light mode").contains(false);
    }

    @Test
    void theRealCommandOnThisMachineNeverThrows() {
        assertThat(SystemTheme.ofThisMachine().prefersDark()).isNotNull();
    }
}
