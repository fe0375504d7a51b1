package io.mskconsole.app;

/**
 * The installed app's second launcher ({@code msk-console-cli}): always a headless command, never the window. With
 * no arguments it prints the list of commands.
 */
public final class CommandLauncher {
    private CommandLauncher() {
    }

    public static void main(String[] args) {
        System.exit(Launcher.runCommand(args.length == 0 ? new String[] {"--help"} : args));
    }
}
