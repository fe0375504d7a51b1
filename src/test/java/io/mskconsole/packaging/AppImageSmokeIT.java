package io.mskconsole.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built app image starts: its window opens on the Sandbox and lists the clusters ({@code --smoke-test}), with a
 * log file where the system keeps logs; and it fails with a non-zero exit when the window cannot open.
 */
class AppImageSmokeIT {
    private static Display display;
    private final AppImage image = AppImage.built();

    @TempDir
    Path home;

    @BeforeAll
    static void openDisplay() throws Exception {
        display = Display.open();
    }

    @AfterAll
    static void closeDisplay() {
        display.close();
    }

    @Test
    void theWindowOpensOnTheSandboxAndTheAppExitsZero() throws Exception {
        if (!display.available()) {
            theLauncherAndItsRuntimeStartWithoutADisplay();
            return;
        }
        Launch launch = Launch.run(List.of(image.windowLauncher().toString(), "--smoke-test"), display.environment(),
                home, 120);

        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).as(launch.toString()).contains("smoke-test: window shown ms=")
                .containsPattern("smoke-test: passed; \\d+ clusters listed in the Sandbox");
        Path log = home.resolve(".local/state/msk-console/logs/msk-console-0.log");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("INFO", "MSK Console 1.0.0", "starting on Java 17");
    }

    /**
     * Where no window can be shown at all (a Linux machine with neither a desktop nor Xvfb), the window launcher is
     * still started, with its own runtime and class path, on a command: the Sandbox's clusters are listed.
     */
    private void theLauncherAndItsRuntimeStartWithoutADisplay() throws Exception {
        System.err.println("AppImageSmokeIT: " + Display.NO_DISPLAY + "; checking the window launcher headless.");
        Launch launch = Launch.run(List.of(image.windowLauncher().toString(), "--sandbox", "clusters", "--region",
                "us-east-1"), Map.of(), home, 120);

        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).as(launch.toString()).contains("orders-prod", "AUTHORIZER LOGS");
    }

    @Test
    void aWindowThatCannotOpenEndsInANonZeroExitWithAShortMessage() throws Exception {
        Launch launch = Launch.run(List.of(image.windowLauncher().toString(), "--smoke-test"),
                Map.of("DISPLAY", ":9999"), home, 120);

        assertThat(launch.exitCode()).as(launch.toString()).isNotZero();
        assertThat(launch.err()).contains("MSK Console could not open its window");
    }
}
