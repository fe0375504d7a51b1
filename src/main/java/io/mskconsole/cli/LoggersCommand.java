package io.mskconsole.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code msk-console loggers}: the brokers' log levels at runtime (KIP-412), {@code list} and {@code set}. */
@Command(name = LoggersCommand.NAME, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "See and change the log levels of a cluster's brokers at runtime (Apache Kafka 2.4 and later, "
                + "KIP-412), over the Kafka Admin API with the cluster's client authentication.")
final class LoggersCommand implements Callable<Integer> {
    static final String NAME = "loggers";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MskConsoleCli.missingCommand(spec);
    }
}
