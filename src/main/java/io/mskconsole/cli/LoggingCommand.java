package io.mskconsole.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code msk-console logging}: the broker log delivery commands, {@code export}, {@code check} and {@code apply}. */
@Command(name = LoggingCommand.NAME, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Export a cluster's broker log delivery to a file, check a file against a cluster and its "
                + "destinations, or apply a file to a cluster. The file is the AWS CLI's --logging-info document "
                + "(PascalCase; the API's camelCase is read too).")
final class LoggingCommand implements Callable<Integer> {
    static final String NAME = "logging";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MskConsoleCli.missingCommand(spec);
    }
}
