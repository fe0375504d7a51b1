package io.mskconsole.cli;

/** A command cannot go on: the message is the one line the person reads, the code what the shell gets. */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitCodes.USAGE, message);
    }

    static CliFailure failed(String message) {
        return new CliFailure(ExitCodes.FAILED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
