package io.mskconsole.cli;

import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelRecords;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console loggers list}: every broker's loggers and levels (describeConfigs on BROKER_LOGGER), root
 * first, as a table or JSON on stdout; which loggers are above INFO, and the levels raised earlier with msk-console
 * that are still raised, on stderr.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"List the loggers of a cluster's brokers and their levels, root first.",
                "Asks MSK for the bootstrap brokers, connects with the cluster's client authentication (or --auth), "
                        + "and reads each broker's loggers. Notes which loggers log above INFO and which levels "
                        + "msk-console raised earlier that are still raised.",
                "Exit codes: 0 done, 1 the brokers could not be reached or a broker could not be read (the others "
                        + "are listed), 2 bad input, usage or setup."})
final class LoggersListCommand implements Callable<Integer> {
    static final DateTimeFormatter TIME = TrailTimes.NOTE;

    enum Format { text, json }

    private final CliEnvironment env;
    private final GlobalOptions global;

    @Mixin
    BrokerOptions brokerOptions = new BrokerOptions();

    @Option(names = "--broker", paramLabel = "ID", description = "Only this broker's loggers (default: every broker).")
    Integer broker;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only the loggers whose name holds every word of TEXT, ignoring case.")
    String search;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: an aligned table (default); json: a stable document for scripts.")
    Format format;

    LoggersListCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        try (BrokerSession session = BrokerSession.open(env, global, brokerOptions)) {
            LoggerTable all = LoggerOperations.read(session.gateway());
            List<Integer> brokers = all.brokerIds();
            if (broker != null) {
                if (!brokers.contains(broker)) {
                    throw CliFailure.usage("--broker " + broker + ": cluster " + session.cluster().name()
                            + " has brokers " + String.join(", ", brokers.stream().map(String::valueOf).toList())
                            + ".");
                }
                brokers = List.of(broker);
            }
            LoggerTable table = all.search(search);
            List<RaisedLevel> raised = new RaisedLevelRecords(env.raisedLevels(), env.clock())
                    .stillRaised(session.accountKey(), session.cluster().arn(), all);
            env.out().print(format == Format.json ? LoggersJson.write(session, table, brokers, raised)
                    : LoggersText.table(table, brokers));
            env.out().flush();
            notes(session, table, brokers, raised);
            return brokers.stream().anyMatch(all.unavailable()::containsKey) ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    private void notes(BrokerSession session, LoggerTable table, List<Integer> brokers, List<RaisedLevel> raised) {
        table.unavailable().forEach((id, error) -> {
            if (brokers.contains(id)) {
                env.err().println(CliErrors.PREFIX + CliErrors.oneLine(error));
            }
        });
        env.err().println(table.loggers().size() + (table.loggers().size() == 1 ? " logger" : " loggers") + " on "
                + LoggerTable.brokers(brokers) + " of " + session.cluster().name() + " ("
                + session.brokers().auth().auth().displayName() + ").");
        List<Integer> shown = brokers;
        String above = table.aboveInfo().stream().anyMatch(v -> shown.contains(v.brokerId()))
                ? table.aboveInfo().stream().filter(v -> shown.contains(v.brokerId()))
                .map(v -> v.describe()).reduce((a, b) -> a + "; " + b).orElse("") : "none";
        env.err().println("Above INFO: " + above + ".");
        if (!raised.isEmpty()) {
            env.err().println("Raised earlier with msk-console and still raised:");
            raised.forEach(level -> env.err().println("  " + level.describe() + (level.revertAt() == null ? ""
                    : ", to be put back " + TIME.format(level.revertAt()))));
        }
        env.err().flush();
    }
}
