package io.mskconsole.cli;

import io.mskconsole.core.account.Accounts;
import io.mskconsole.core.levels.RaisedLevelStore;
import io.mskconsole.core.trail.Ticker;
import io.mskconsole.core.trail.TrailKeeping;
import io.mskconsole.core.trailcache.TrailFileCache;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a headless command runs against: the accounts it may open, the standard streams, the folder that relative
 * file names are read from, how Ctrl-C reaches it, the time, the environment variables (passwords for the broker
 * connections) and where raised broker log levels are recorded.
 *
 * @param pollInterval how often to poll a cluster operation, or null for the session's own interval
 * @param clock        what "now" is (e.g. for {@code trail --since 7d}); null for the system's, in UTC
 * @param ticker       how the trail lookups are spaced and {@code loggers set --revert-after} waits; null for the
 *                     system's
 * @param variables    the environment variables; null for none
 * @param raisedLevels where {@code loggers set} records the levels it raises; null for memory only
 * @param trailCache   where {@code trail --s3} keeps the trail files it read (shared with the window); null for none
 * @param keeping      where {@code trail} keeps the records' texts it loads, and LookupEvents' answers between runs
 *                     (shared with the window); null for the heap and nothing kept
 */
public record CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err,
                             Path workingDirectory, Duration pollInterval, Interrupts interrupts, Clock clock,
                             Ticker ticker, Map<String, String> variables, RaisedLevelStore raisedLevels,
                             TrailFileCache trailCache, TrailKeeping keeping) {

    public CliEnvironment {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = workingDirectory == null ? Path.of("").toAbsolutePath() : workingDirectory;
        interrupts = interrupts == null ? Interrupts.NONE : interrupts;
        clock = clock == null ? Clock.systemUTC() : clock;
        ticker = ticker == null ? Ticker.SYSTEM : ticker;
        variables = variables == null ? Map.of() : Map.copyOf(variables);
        raisedLevels = raisedLevels == null ? RaisedLevelStore.inMemory() : raisedLevels;
        trailCache = trailCache == null ? TrailFileCache.NONE : trailCache;
        keeping = keeping == null ? TrailKeeping.HEAP : keeping;
    }

    public CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
                          Duration pollInterval, Interrupts interrupts, Clock clock, Ticker ticker,
                          Map<String, String> variables, RaisedLevelStore raisedLevels, TrailFileCache trailCache) {
        this(accounts, in, out, err, workingDirectory, pollInterval, interrupts, clock, ticker, variables,
                raisedLevels, trailCache, null);
    }

    /** Keeping no trail files. */
    public CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
                          Duration pollInterval, Interrupts interrupts, Clock clock, Ticker ticker,
                          Map<String, String> variables, RaisedLevelStore raisedLevels) {
        this(accounts, in, out, err, workingDirectory, pollInterval, interrupts, clock, ticker, variables,
                raisedLevels, null);
    }

    /** Without environment variables, recording raised levels in memory. */
    public CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
                          Duration pollInterval, Interrupts interrupts, Clock clock, Ticker ticker) {
        this(accounts, in, out, err, workingDirectory, pollInterval, interrupts, clock, ticker, null, null);
    }

    /** The same environment recording raised broker log levels in {@code store} (the launcher's settings file). */
    public CliEnvironment withRaisedLevels(RaisedLevelStore store) {
        return new CliEnvironment(accounts, in, out, err, workingDirectory, pollInterval, interrupts, clock, ticker,
                variables, store, trailCache, keeping);
    }

    /** The same environment keeping the trail files {@code trail --s3} reads in {@code cache} (the app's). */
    public CliEnvironment withTrailCache(TrailFileCache cache) {
        return new CliEnvironment(accounts, in, out, err, workingDirectory, pollInterval, interrupts, clock, ticker,
                variables, raisedLevels, cache, keeping);
    }

    /** The same environment keeping what {@code trail} loads as {@code kept} says (the app's folders). */
    public CliEnvironment withKeeping(TrailKeeping kept) {
        return new CliEnvironment(accounts, in, out, err, workingDirectory, pollInterval, interrupts, clock, ticker,
                variables, raisedLevels, trailCache, kept);
    }

    /** With the system's clock and ticker. */
    public CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err, Path workingDirectory,
                          Duration pollInterval, Interrupts interrupts) {
        this(accounts, in, out, err, workingDirectory, pollInterval, interrupts, null, null);
    }

    /**
     * The process's own streams, folder and environment variables, Ctrl-C through a shutdown hook: what the launcher
     * passes (raised levels in memory until {@link #withRaisedLevels} names the settings file).
     */
    public static CliEnvironment system(Accounts accounts) {
        return new CliEnvironment(accounts, System.in, System.out, System.err, Path.of("").toAbsolutePath(), null,
                Interrupts.shutdownHook(Duration.ofSeconds(10)), null, null, System.getenv(), null);
    }
}
