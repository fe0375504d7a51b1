package io.mskconsole.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --broker-log-level}: the level the cluster's brokers log at, which the checks cannot read from MSK. */
final class BrokerLogLevelOption {
    static final List<String> LEVELS = List.of("INFO", "DEBUG", "TRACE");

    @Option(names = "--broker-log-level", paramLabel = "LEVEL", defaultValue = "INFO",
            description = "The level the brokers log at: INFO (default), DEBUG or TRACE. At DEBUG or TRACE the "
                    + "checks warn against delivering to CloudWatch Logs (log-level-cloudwatch).")
    String level;

    /**
     * Whether the brokers log at DEBUG or TRACE.
     *
     * @throws CliFailure (usage) for anything but INFO, DEBUG or TRACE (in any case)
     */
    boolean verbose() {
        String name = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(name)) {
            throw CliFailure.usage("--broker-log-level: '" + level + "' is not INFO, DEBUG or TRACE (the level the "
                    + "brokers log at; INFO when left out).");
        }
        return !"INFO".equals(name);
    }
}
