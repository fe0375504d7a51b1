package io.mskconsole.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed app's second launcher runs the headless commands, never the window, with their exit codes. */
class CommandLauncherIT {
    private final AppImage image = AppImage.built();

    @TempDir
    Path home;

    private Launch cli(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(image.commandLauncher().toString()));
        command.addAll(List.of(args));
        // no display at all: the commands must never need one
        return Launch.run(command, Map.of("DISPLAY", ""), home, 90);
    }

    @Test
    void withoutArgumentsItListsTheCommands() throws Exception {
        Launch launch = cli();
        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).contains("Usage: msk-console", "clusters", "logging", "trail");
    }

    @Test
    void itPrintsTheVersionOfThePackage() throws Exception {
        Launch launch = cli("--version");
        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out().trim()).isEqualTo("msk-console 1.0.0-SNAPSHOT");
    }

    @Test
    void itListsTheSandboxClusters() throws Exception {
        Launch launch = cli("clusters", "--sandbox", "--region", "us-east-1");
        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        assertThat(launch.out()).contains("orders-prod");
    }

    @Test
    void badInputIsExitCodeTwoWithAOneLineMessage() throws Exception {
        Launch launch = cli("clusters", "--sandbox", "--bogus");
        assertThat(launch.exitCode()).as(launch.toString()).isEqualTo(2);
        assertThat(launch.err()).startsWith("msk-console: Unknown option: '--bogus'");
    }

    /** The JVM options a command runs with, as the JVM prints them. */
    private String flags(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(image.commandLauncher().toString()));
        command.addAll(List.of(args));
        Launch launch = Launch.run(command, Map.of("DISPLAY", "", "JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags"),
                home, 90);
        assertThat(launch.exitCode()).as(launch.toString()).isZero();
        return launch.out() + launch.err();
    }

    @Test
    void onLinuxAShortCommandRunsOnTheQuickCompilerAndOneThatReadsMuchOnTheJvmsOwn() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(image.os().equals("linux"), "the Linux launcher script");
        assertThat(flags("clusters", "--help")).contains("-XX:TieredStopAtLevel=1");
        assertThat(flags("--profile", "trail", "logging", "--help")).contains("-XX:TieredStopAtLevel=1");
        assertThat(flags("trail", "--since", "1h", "--help")).contains("-XX:TieredStopAtLevel=1");
        assertThat(flags("trail", "--files", "x", "--help")).doesNotContain("TieredStopAtLevel");
        assertThat(flags("trail", "--s3", "--help")).doesNotContain("TieredStopAtLevel");
        assertThat(flags("logs", "--help")).doesNotContain("TieredStopAtLevel");
        assertThat(flags("--profile", "clusters", "fleet", "--help")).doesNotContain("TieredStopAtLevel");
    }
}
