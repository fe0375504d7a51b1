package io.mskconsole.app;

import io.mskconsole.app.logs.AppLogging;
import io.mskconsole.cli.CliEnvironment;
import io.mskconsole.cli.MskConsoleCli;

/**
 * The installed app's second launcher ({@code msk-console-cli}): always a headless command, never the window. With
 * no arguments it prints the list of commands.
 */
public final class CommandLauncher {
    private CommandLauncher() {
    }

    public static void main(String[] args) {
        AppLogging.forCommands();
        String[] command = args.length == 0 ? new String[] {"--help"} : args;
        System.exit(MskConsoleCli.run(command, CliEnvironment.system(AppContext.production().accounts())));
    }
}
