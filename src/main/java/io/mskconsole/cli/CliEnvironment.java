package io.mskconsole.cli;

import io.mskconsole.core.account.Accounts;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a headless command runs against: the accounts it may open, the standard streams, the folder that relative
 * file names are read from, and how Ctrl-C reaches it.
 *
 * @param pollInterval how often to poll a cluster operation, or null for the session's own interval
 */
public record CliEnvironment(Accounts accounts, InputStream in, PrintStream out, PrintStream err,
                             Path workingDirectory, Duration pollInterval, Interrupts interrupts) {

    public CliEnvironment {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        workingDirectory = workingDirectory == null ? Path.of("").toAbsolutePath() : workingDirectory;
        interrupts = interrupts == null ? Interrupts.NONE : interrupts;
    }

    /** The process's own streams and folder, Ctrl-C through a shutdown hook: what the launcher passes. */
    public static CliEnvironment system(Accounts accounts) {
        return new CliEnvironment(accounts, System.in, System.out, System.err, Path.of("").toAbsolutePath(), null,
                Interrupts.shutdownHook(Duration.ofSeconds(10)));
    }
}
