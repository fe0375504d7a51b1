package io.mskconsole.cli;

import io.mskconsole.core.create.CreateOutcomeUnknownException;
import io.mskconsole.core.create.CreateRefusedException;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.errors.Worded;
import io.mskconsole.core.delivery.SendOutcomeUnknownException;
import io.mskconsole.core.delivery.UpdateRefusedException;
import java.io.PrintStream;

/**
 * Turns whatever stopped a command into one line on stderr, {@code msk-console: <message>}, and its exit code.
 * Never prints a stack trace.
 *
 * <p>Service failures: a credentials or setup problem ({@code NO_CREDENTIALS}, {@code EXPIRED_CREDENTIALS},
 * {@code SSO_LOGIN_REQUIRED}, {@code CONFIGURATION}) is for the person to fix before anything can run: exit 2,
 * like "no credentials found". Everything else the service or the connection reports (access denied, throttled,
 * stale version, not found, bad request, unavailable, ...) means the operation failed: exit 1. So does an
 * UpdateMonitoring whose answer was lost ({@link SendOutcomeUnknownException}: the change may or may not have been
 * applied), and any failure once an update is under way, whatever its kind (the command says so itself). Likewise
 * for a new cluster: CreateClusterV2 without an answer ({@link CreateOutcomeUnknownException}) exits 1; a request that
 * breaks a rule ({@link CreateRefusedException}) exits 2.
 */
final class CliErrors {
    static final String PREFIX = "msk-console: ";

    private CliErrors() {
    }

    /** Prints the failure and returns its exit code. */
    static int report(Throwable failure, PrintStream err) {
        err.println(PREFIX + message(failure));
        err.flush();
        return exitCode(failure);
    }

    static int exitCode(Throwable failure) {
        if (failure instanceof CliFailure cli) {
            return cli.exitCode();
        }
        if (failure instanceof GatewayException gateway) {
            return switch (gateway.failure()) {
                case NO_CREDENTIALS, EXPIRED_CREDENTIALS, SSO_LOGIN_REQUIRED, CONFIGURATION -> ExitCodes.USAGE;
                default -> ExitCodes.FAILED;
            };
        }
        if (failure instanceof CreateRefusedException) {
            return ExitCodes.USAGE;
        }
        if (failure instanceof UpdateRefusedException refused) {
            return refused.reason() == UpdateRefusedException.Reason.INVALID_SETTINGS ? ExitCodes.USAGE
                    : ExitCodes.FAILED;
        }
        // SendOutcomeUnknownException included: MSK may have taken the change, so it is never "bad input".
        return ExitCodes.FAILED;
    }

    static String message(Throwable failure) {
        String text = failure.getMessage();
        if (!(failure instanceof CliFailure)) {
            text = Worded.of(failure).orElseGet(() -> "unexpected error (" + failure.getClass().getSimpleName()
                    + (isBlank(failure.getMessage()) ? "" : ": " + failure.getMessage()) + ")");
        }
        return oneLine(text);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
