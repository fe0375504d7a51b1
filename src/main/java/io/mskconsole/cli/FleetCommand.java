package io.mskconsole.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code msk-console fleet}: every cluster of many accounts and regions, held to a policy. */
@Command(name = FleetCommand.NAME, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Every cluster of many accounts and regions, checked against a fleet policy.")
final class FleetCommand implements Callable<Integer> {
    static final String NAME = "fleet";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MskConsoleCli.missingCommand(spec);
    }
}
