package io.mskconsole.cli;

import io.mskconsole.core.concurrent.Cancellation;
import io.mskconsole.core.levels.BrokerChange;
import io.mskconsole.core.levels.BrokerScope;
import io.mskconsole.core.levels.ChangeReport;
import io.mskconsole.core.levels.CloudWatchCaution;
import io.mskconsole.core.levels.LevelChange;
import io.mskconsole.core.levels.LevelPutBack;
import io.mskconsole.core.levels.LoggerOperations;
import io.mskconsole.core.levels.LoggerTable;
import io.mskconsole.core.levels.RaisedLevel;
import io.mskconsole.core.levels.RaisedLevelRecords;
import io.mskconsole.core.levels.RevertAfter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code msk-console loggers set}: one logger's level on one broker or all (incrementalAlterConfigs SET), or back to
 * its default (DELETE), each broker read back. Raised levels are recorded, so the window and {@code loggers list}
 * show them until they are put back. With {@code --revert-after} the command stays and puts the levels back itself
 * when the time is up: nothing else would, as the window may not be running.
 */
@Command(name = "set", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Set a logger's level on one broker or all, or put it back to its default.",
                "Levels the brokers accept: FATAL, ERROR, WARN, INFO, DEBUG, TRACE; DEFAULT removes the level so "
                        + "the logger follows its parent again (not for root). Each broker's level is read back.",
                "DEBUG or TRACE on a cluster whose broker logs go to CloudWatch Logs prints the MSK developer "
                        + "guide's caution on stderr.",
                "--revert-after 30m: the command waits and then puts the level back as it was; Ctrl-C stops "
                        + "waiting and leaves the level raised (msk-console keeps listing it).",
                "Exit codes: 0 done on every broker, 1 a broker refused or the brokers could not be reached, "
                        + "2 bad input, usage or setup, 130 stopped by Ctrl-C while waiting to put a level back."})
final class LoggersSetCommand implements Callable<Integer> {
    private final CliEnvironment env;
    private final GlobalOptions global;

    @Mixin
    BrokerOptions brokerOptions = new BrokerOptions();

    @Option(names = "--logger", required = true, paramLabel = "NAME",
            description = "The logger, as 'loggers list' shows it, e.g. kafka.controller or root.")
    String logger;

    @Option(names = "--level", required = true, paramLabel = "LEVEL",
            description = "FATAL, ERROR, WARN, INFO, DEBUG, TRACE, or DEFAULT to remove the logger's own level.")
    String level;

    @Option(names = "--broker", paramLabel = "ID|all", defaultValue = "all",
            description = "One broker by id, or all (default).")
    String broker;

    @Option(names = "--revert-after", paramLabel = "TIME",
            description = "Put the level back after this time (90s, 30m, 2h; at most 24h), waiting for it.")
    String revertAfter;

    LoggersSetCommand(CliEnvironment env, GlobalOptions global) {
        this.env = env;
        this.global = global;
    }

    @Override
    public Integer call() {
        LevelChange change = change();
        Duration revert = revertAfter == null ? null : usage(() -> RevertAfter.parse(revertAfter));
        if (revert != null && change.isToDefault()) {
            throw CliFailure.usage("--revert-after puts a level back as it was: it goes with a level, not with "
                    + "DEFAULT.");
        }
        try (BrokerSession session = BrokerSession.open(env, global, brokerOptions)) {
            if (CloudWatchCaution.applies(change, session.cluster().brokerLogs())) {
                caution(session);
            }
            LoggerTable before = LoggerOperations.read(session.gateway());
            ChangeReport report = usage(() -> LoggerOperations.apply(session.gateway(), change, before));
            print(report);
            RaisedLevelRecords records = new RaisedLevelRecords(env.raisedLevels(), env.clock());
            records.recordChange(session.accountKey(), session.cluster().arn(), session.cluster().name(), report,
                    revert);
            if (revert == null || report.applied().isEmpty()) {
                return report.allSucceeded() ? ExitCodes.OK : ExitCodes.FAILED;
            }
            return waitAndRevert(session, records, report, revert);
        }
    }

    private LevelChange change() {
        BrokerScope scope = usage(() -> BrokerScope.parse(broker), "--broker: ");
        return usage(() -> LevelChange.parse(logger, scope, level), "--level: ");
    }

    private void caution(BrokerSession session) {
        env.err().println(CloudWatchCaution.message(session.cluster().brokerLogs()));
        env.err().println("To deliver broker logs to Amazon S3 or Firehose instead: msk-console logging export "
                + "--cluster " + session.cluster().arn() + " --output logging.json, edit the file, then msk-console "
                + "logging apply --cluster " + session.cluster().arn() + " --file logging.json (or use the broker "
                + "log delivery editor in the window).");
        env.err().flush();
    }

    private void print(ChangeReport report) {
        for (BrokerChange broker : report.brokers()) {
            if (broker.succeeded()) {
                env.out().println("broker " + broker.brokerId() + ": " + report.change().logger() + " "
                        + text(broker.before()) + " -> " + text(broker.after()));
            } else {
                env.err().println(CliErrors.PREFIX + CliErrors.oneLine(broker.error()));
            }
        }
        env.out().flush();
        env.err().flush();
    }

    private int waitAndRevert(BrokerSession session, RaisedLevelRecords records, ChangeReport report,
                              Duration revert) {
        Instant now = env.clock().instant();
        List<RaisedLevel> reverts = new ArrayList<>();
        for (BrokerChange broker : report.applied()) {
            reverts.add(new RaisedLevel(session.accountKey(), session.cluster().arn(), session.cluster().name(),
                    broker.brokerId(), report.change().logger(), report.change().level(), broker.before(), now,
                    now.plus(revert)));
        }
        List<Integer> brokers = report.applied().stream().map(BrokerChange::brokerId).toList();
        env.err().println("Will put " + report.change().logger() + " back on " + LoggerTable.brokers(brokers) + " at "
                + LoggersListCommand.TIME.format(now.plus(revert)) + " (in " + RevertAfter.format(revert)
                + "): keep this command running. Ctrl-C stops waiting and leaves the level raised; msk-console lists "
                + "it until it is put back.");
        env.err().flush();
        Cancellation cancellation = new Cancellation();
        boolean stopped;
        try (Interrupts.Registration ctrlC = env.interrupts().install(cancellation::cancel)) {
            stopped = env.ticker().sleep(revert, cancellation);
            if (stopped) {
                return CliErrors.report(new CliFailure(ExitCodes.INTERRUPTED, "Stopped waiting: "
                        + report.change().logger() + " stays at " + report.change().level() + " on "
                        + LoggerTable.brokers(brokers) + ". Put it back with msk-console loggers set --cluster "
                        + session.cluster().arn() + " --logger " + report.change().logger() + " --level LEVEL."),
                        env.err());
            }
        }
        boolean allPutBack = true;
        for (RaisedLevel raised : reverts) {
            ChangeReport put = LevelPutBack.putBack(session.gateway(), records, raised);
            if (put == null) {
                // someone changed it while the command waited: their level stands, as in the window
                env.err().println(LevelPutBack.notPutBack(raised));
                allPutBack = false;
                continue;
            }
            print(put);
            allPutBack &= put.allSucceeded();
        }
        env.err().println(allPutBack ? "Put " + report.change().logger() + " back on " + LoggerTable.brokers(brokers)
                + "." : "Not every broker's level was put back: see above.");
        return allPutBack && report.allSucceeded() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String text(String level) {
        return level == null ? "?" : level;
    }

    private static <T> T usage(java.util.function.Supplier<T> parse) {
        return usage(parse, "");
    }

    private static <T> T usage(java.util.function.Supplier<T> parse, String prefix) {
        try {
            return parse.get();
        } catch (IllegalArgumentException bad) {
            throw CliFailure.usage(prefix + bad.getMessage());
        }
    }
}
