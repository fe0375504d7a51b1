package io.mskconsole.cli;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.trail.Ticker;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What a headless command runs against: the accounts it may open, the standard streams, the folder that relative
 * file names are read from, how Ctrl-C reaches it, and the time.
 *
 * @param pollInterval how often to poll a cluster operation, or null for the session's own interval
 * @param clock        what "now" is (e.g. for {@code trail --since 7d}); null for the system's, in UTC
 * @param ticker       how the trail lookups are spaced; null for the system's
 */
public record CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err,
                             Path workingDirectory, Duration pollInterval, Interrupts interrupts, Clock clock,
                             Ticker ticker) {

    public CliEnvironment {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = workingDirectory == null ? Path.of("").toAbsolutePath() : workingDirectory;
        interrupts = interrupts == null ? Interrupts.NONE : interrupts;
        clock = clock == null ? Clock.systemUTC() : clock;
        ticker = ticker == null ? Ticker.SYSTEM : ticker;
    }

    /** With the system's clock and ticker. */
    public CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
                          Duration pollInterval, Interrupts interrupts) {
        this(accounts, in, out, err, workingDirectory, pollInterval, interrupts, null, null);
    }

    /** The process's own streams and folder, Ctrl-C through a shutdown hook: what the launcher passes. */
    public static CliEnvironment system(Accounts accounts) {
        return new CliEnvironment(accounts, System.in, System.out, System.err, Path.of("").toAbsolutePath(), null,
                Interrupts.shutdownHook(Duration.ofSeconds(10)));
    }
}
