package io.mskconsole.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code msk-console cluster}: creating a provisioned cluster, {@code create} and {@code export}. */
@Command(name = ClusterCommand.NAME, mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Create a provisioned cluster from a create-cluster-v2 request file (the AWS CLI's "
                + "--cli-input-json document), or write such a file from an existing cluster.")
final class ClusterCommand implements Callable<Integer> {
    static final String NAME = "cluster";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw MskConsoleCli.missingCommand(spec);
    }
}
