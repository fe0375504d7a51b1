package io.mskconsole.app;

import io.mskconsole.app.logs.AppLogging;
import io.mskconsole.cli.CliEnvironment;
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
        if (MskConsoleCli.isCommand(args)) {
            AppLogging.forCommands();
            System.exit(MskConsoleCli.run(args, CliEnvironment.system(AppContext.production().accounts())));
        }
        System.exit(WindowLaunch.run(args));
    }
}
