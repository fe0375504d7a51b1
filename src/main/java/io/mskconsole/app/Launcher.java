package io.mskconsole.app;

import io.mskconsole.app.logs.AppLogging;
import io.mskconsole.cli.MskConsoleCli;
import javafx.application.Application;

/**
 * The one entry point: a command runs headless (JavaFX is never started); no command opens the window. Not an
 * {@link Application} itself, so the jar runs with JavaFX on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(MskConsoleCli.isCommand(args) ? runCommand(args) : WindowLaunch.run(args));
    }

    /** A headless command: warnings on standard error, no log file; returns the exit code. */
    static int runCommand(String[] args) {
        AppLogging.forCommands();
        return MskConsoleCli.run(args, AppContext.production().commandEnvironment());
    }
}
