package io.mskconsole.cli;

import io.mskconsole.core.brokerlogs.BrokerLogLine;
import io.mskconsole.core.brokerlogs.BrokerLogReader;
import io.mskconsole.core.brokerlogs.LogFilter;
import io.mskconsole.core.brokerlogs.LogFollow;
import io.mskconsole.core.brokerlogs.LogLineFormats;
import io.mskconsole.core.clusters.Cluster;
import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.concurrent.DaemonThreads;
import io.mskconsole.core.concurrent.Pause;
import io.mskconsole.core.delivery.LogKind;
import io.mskconsole.core.levels.LogLevel;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code msk-console logs --cluster ARN}: a cluster's recent broker (or authorizer) logs from whichever destination
 * it delivers to, merged by time across brokers, filtered; {@code --follow} keeps printing new ones. Every line is
 * made harmless before it reaches the terminal: escape sequences and control characters are shown, not obeyed.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"A cluster's recent broker or authorizer logs, from CloudWatch Logs or the S3 delivery layout, "
                + "merged by time across brokers. Escape sequences and control characters in the logs are shown as "
                + "marks, never passed to the terminal; a line longer than 16,384 characters is cut with a note.",
                "Exit codes: 0 done; 1 the logs could not be read; 2 bad input; 130 stopped with Ctrl-C (what was read "
                        + "is printed; a Logs Insights query is stopped)."})
final class LogsCommand implements Callable<Integer> {
    enum Kind { broker, authorizer }

    enum Format { text, json }

    private final CliEnvironment env;
    private final GlobalOptions global;
    private String lastStatus;

    @Option(names = "--cluster", required = true, paramLabel = "ARN", description = "The cluster's ARN.")
    String clusterArn;

    @Option(names = "--kind", paramLabel = "broker|authorizer", defaultValue = "broker",
            description = "Which logs (default: broker).")
    Kind kind;

    @Option(names = "--since", paramLabel = "TIME", defaultValue = "15m",
            description = "From when: an age (15m, 1h, 2d) or an ISO-8601 time (default: 15m).")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Until when (default: now).")
    String until;

    @Option(names = "--broker", paramLabel = "N", description = "Only this broker's lines.")
    Integer broker;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Only this level and more severe: TRACE, DEBUG, INFO, WARN, ERROR or FATAL.")
    String level;

    @Option(names = "--logger", paramLabel = "TEXT", description = "Only loggers whose name holds TEXT.")
    String logger;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only entries holding TEXT (case ignored).")
    String filter;

    @Option(names = "--max", paramLabel = "N", defaultValue = "5000",
            description = "At most N entries, the newest (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--follow", description = "Keep printing new entries as they arrive (Ctrl-C stops).")
    boolean follow;

    @Option(names = "--insights", description = "Read CloudWatch Logs with one Logs Insights query (the newest "
            + "10,000 events of the range, however long; billed by the data it scans) instead of FilterLogEvents. "
            + "Ctrl-C stops the query.")
    boolean insights;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text: one entry per line (its further lines indented); json: one JSON object per line.")
    Format format;

    LogsCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        Instant now = env.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant from = TrailTimes.parse("--since", since, now);
        Instant to = until == null ? now : TrailTimes.parse("--until", until, now);
        if (!from.isBefore(to)) {
            throw CliFailure.usage("--since (" + since + (since.equals("15m") ? ", the default" : "") + ") must be "
                    + "before --until (" + until + ").");
        }
        if (broker != null && broker < 1) {
            throw CliFailure.usage("--broker: " + broker + " is not a broker id (brokers are numbered from 1).");
        }
        if (follow && until != null) {
            throw CliFailure.usage("--follow reads on from now: it cannot end at --until.");
        }
        if (max < 1) {
            throw CliFailure.usage("--max: " + max + " is not a number of entries.");
        }
        LogLevel least = level == null ? null : LogLevel.parse(level).filter(LogLevel::isSettable)
                .orElseThrow(() -> CliFailure.usage("--level: '" + level + "' is not TRACE, DEBUG, INFO, WARN, "
                        + "ERROR or FATAL."));
        LogFilter filters = new LogFilter(broker == null ? -1 : broker, least, logger, filter);
        LogKind logKind = kind == Kind.broker ? LogKind.BROKER : LogKind.AUTHORIZER;
        String region = global.regionOfCluster(clusterArn);
        ExecutorService fetches = DaemonThreads.cachedPool("msk-console-logs");
        try (Connection connection = Connection.open(env, global, region)) {
            Cluster cluster = connection.gateway().describeCluster(clusterArn);
            if (!cluster.supportsBrokerLogs()) {
                throw CliFailure.failed("Cluster " + cluster.name() + " is " + cluster.type()
                        + ": only provisioned clusters have broker or authorizer logs.");
            }
            Pause pause = env.ticker()::sleep;
            BrokerLogReader reader = new BrokerLogReader(connection.session().logSources(region),
                    connection.session().arrival(region), pause, fetches);
            Cancellation cancellation = new Cancellation();
            try (Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel)) {
                BrokerLogReader.Result read = insights
                        ? reader.query(cluster, logKind, from, to, filters, max, this::progress, cancellation)
                        : reader.read(cluster, logKind, from, to, filters, max, cancellation);
                env.err().println("From " + read.source() + ", " + from + " to " + to + ": " + read.lines().size()
                        + " entries.");
                read.notes().forEach(note -> env.err().println(CliErrors.oneLine(note)));
                if (broker != null && read.lines().isEmpty() && broker > cluster.brokerCount()) {
                    env.err().println("No entry of broker " + broker + ": " + cluster.name() + " has "
                            + cluster.brokerCount() + " brokers, numbered from 1.");
                }
                print(read.lines());
                if (follow && !cancellation.isCancelled()) {
                    env.err().println("Following (Ctrl-C stops)…");
                    new LogFollow(reader, env.clock(), pause).follow(cluster, logKind, to, filters,
                            this::print, cancellation);
                }
            }
            return ExitCodes.OK;
        } finally {
            fetches.shutdownNow();
        }
    }

    /** A query's progress on standard error, a line at a time: the first, and each change of status. */
    private void progress(String said) {
        String status = said.replaceAll(",.*", "");
        if (!status.equals(lastStatus)) {
            env.err().println(said);
            lastStatus = status;
        }
    }

    private void print(List<BrokerLogLine> lines) {
        for (BrokerLogLine line : lines) {
            env.out().println(format == Format.json ? LogLineFormats.json(line) : LogLineFormats.text(line));
        }
        env.out().flush();
    }
}
