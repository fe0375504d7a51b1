package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run makes only the first-level command it names (picocli reads each by reflection as it is added), and every
 * command when it names none: help, the version and a typo's suggestions see them all.
 */
class CommandChoiceTest {
    @TempDir
    Path dir;

    @Test
    void theNamesKnownAreExactlyTheCommandsMade() {
        CliHarness cli = new CliHarness(dir);
        assertThat(MskConsoleCli.commandLine(cli.environment()).getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(MskConsoleCli.COMMANDS);
    }

    @Test
    void theCommandIsFoundPastTheGlobalOptionsAndTheirValues() {
        assertThat(MskConsoleCli.named(new String[] {"--profile", "trail", "clusters"})).isEqualTo("clusters");
        assertThat(MskConsoleCli.named(new String[] {"--sandbox", "--region=eu-west-1", "trail", "--since", "1h"}))
                .isEqualTo("trail");
        assertThat(MskConsoleCli.named(new String[] {"--account", "1", "--role", "r", "logging", "export"}))
                .isEqualTo("logging");
        assertThat(MskConsoleCli.named(new String[] {"--help", "trail"})).isNull();
        assertThat(MskConsoleCli.named(new String[] {"--version"})).isNull();
        assertThat(MskConsoleCli.named(new String[] {"claster"})).isNull();
        assertThat(MskConsoleCli.named(new String[] {})).isNull();
        assertThat(MskConsoleCli.named(new String[] {"--profile"})).isNull();
    }

    @Test
    void helpAndTyposStillSeeEveryCommand() {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("--help").out()).contains("clusters", "trail", "fleet", "loggers", "logs", "accounts");
        assertThat(cli.run("claster").err()).contains("Did you mean", "cluster");
        assertThat(cli.run("--sandbox", "logging").err()).contains("Missing command: name one of export, check, "
                + "health, apply.");
    }
}
