package io.mskconsole.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless commands: {@code msk-console clusters}, {@code msk-console logging export|check|apply},
 * {@code msk-console trail}, {@code msk-console cluster create|export}, {@code msk-console loggers list|set},
 * {@code msk-console login|logout|accounts}.
 * The launcher
 * calls {@link #isCommand} to choose between the window and a command, then {@link #run} for a command.
 */
@Command(name = "msk-console", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Amazon MSK broker log delivery, new clusters, broker log levels and CloudTrail events, from "
                + "the command line.",
                "Without a command, msk-console opens its window."},
        footer = {"", "Exit codes: 0 done; 1 the operation failed or cannot be done now (logging check, cluster create "
                + "--check: an error was found; cluster create --wait: the cluster FAILED; trail: a region's lookup "
                + "failed); 2 bad input, usage or setup; 130 stopped by Ctrl-C.",
                "Run 'msk-console COMMAND --help' for a command's options."})
public final class MskConsoleCli implements Callable<Integer> {
    /** The options the window also understands; anything else on the command line means a command. */
    private static final Set<String> GUI_FLAGS = Set.of("--sandbox", "--smoke-test");
    private static final Set<String> GUI_OPTIONS_WITH_VALUE = Set.of("--profile", "--region");

    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    /**
     * Runs one command to its end and returns its exit code ({@link ExitCodes}). Prints results on
     * {@code env.out()}, progress, notes and errors on {@code env.err()}; never throws and never calls
     * {@code System.exit}.
     */
    public static int run(String[] args, CliEnvironment env) {
        CommandLine commandLine = commandLine(env, named(args));
        PrintWriter out = new PrintWriter(env.out(), true);
        PrintWriter err = new PrintWriter(env.err(), true);
        commandLine.setOut(out).setErr(err);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
            env.out().flush();
            env.err().flush();
        }
    }

    /**
     * Whether the arguments ask for a headless command rather than the window: true as soon as there is anything
     * but the window's own options ({@code --sandbox}, {@code --profile NAME}, {@code --region REGION}), so a
     * mistyped command is reported instead of silently opening the window.
     */
    public static boolean isCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GUI_FLAGS.contains(arg)) {
                continue;
            }
            if (GUI_OPTIONS_WITH_VALUE.contains(arg) && i + 1 < args.length) {
                i++;
                continue;
            }
            if (GUI_OPTIONS_WITH_VALUE.stream().anyMatch(option -> arg.startsWith(option + "="))) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** Every command, for help and for telling a typo what was meant. */
    static CommandLine commandLine(CliEnvironment env) {
        return commandLine(env, null);
    }

    /**
     * The commands, only {@code only} among the first level when it is given: picocli reads each command's options
     * by reflection as it is added, and a run needs one (a tenth of a command's start-up, measured by
     * cli-startup-benchmark).
     */
    static CommandLine commandLine(CliEnvironment env, String only) {
        MskConsoleCli root = new MskConsoleCli();
        CommandLine commandLine = new CommandLine(root);
        GlobalOptions global = root.global;
        add(commandLine, only, "clusters", () -> new ClustersCommand(env, global));
        add(commandLine, only, LoggingCommand.NAME, LoggingCommand::new);
        add(commandLine, only, "trail", () -> new TrailCommand(env, global));
        add(commandLine, only, ClusterCommand.NAME, ClusterCommand::new);
        add(commandLine, only, LoggersCommand.NAME, LoggersCommand::new);
        add(commandLine, only, "login", () -> new LoginCommand(env, global));
        add(commandLine, only, "logout", () -> new LogoutCommand(env, global));
        add(commandLine, only, "accounts", () -> new AccountsCommand(env, global));
        add(commandLine, only, FleetCommand.NAME, FleetCommand::new);
        add(commandLine, only, "logs", () -> new LogsCommand(env, global));
        CommandLine logging = commandLine.getSubcommands().get(LoggingCommand.NAME);
        if (logging != null) {
            logging.addSubcommand(new LoggingExportCommand(env, global));
            logging.addSubcommand(new LoggingCheckCommand(env, global));
            logging.addSubcommand(new LoggingHealthCommand(env, global));
            logging.addSubcommand(new LoggingApplyCommand(env, global));
        }
        CommandLine cluster = commandLine.getSubcommands().get(ClusterCommand.NAME);
        if (cluster != null) {
            cluster.addSubcommand(new ClusterCreateCommand(env, global));
            cluster.addSubcommand(new ClusterExportCommand(env, global));
        }
        CommandLine fleet = commandLine.getSubcommands().get(FleetCommand.NAME);
        if (fleet != null) {
            fleet.addSubcommand(new FleetScanCommand(env, global));
            fleet.addSubcommand(new FleetPlanCommand(env, global));
            fleet.addSubcommand(new FleetApplyCommand(env));
        }
        CommandLine loggers = commandLine.getSubcommands().get(LoggersCommand.NAME);
        if (loggers != null) {
            loggers.addSubcommand(new LoggersListCommand(env, global));
            loggers.addSubcommand(new LoggersSetCommand(env, global));
        }
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                CommandListHelp::render);
        commandLine.setParameterExceptionHandler(MskConsoleCli::usageError);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> CliErrors.report(e, env.err()));
        return commandLine;
    }

    /** The first-level commands' names, as their classes name them. */
    static final Set<String> COMMANDS = Set.of("clusters", LoggingCommand.NAME, "trail", ClusterCommand.NAME,
            LoggersCommand.NAME, "login", "logout", "accounts", FleetCommand.NAME, "logs");
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--profile", "--region", "--account", "--role");

    private static void add(CommandLine commandLine, String only, String name, java.util.function.Supplier<?> command) {
        if (only == null || only.equals(name)) {
            commandLine.addSubcommand(command.get());
        }
    }

    /**
     * The first-level command the arguments run, or null when they run none of them (help, the version, a typo,
     * nothing): then every command is made, for the list and the suggestions.
     */
    static String named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GLOBAL_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-") || arg.equals("-")) {
                return COMMANDS.contains(arg) ? arg : null;
            } else if (!arg.equals("--sandbox") && !GLOBAL_WITH_VALUE.contains(arg.split("=", 2)[0])) {
                return null; // --help, --version, or an option the first level does not know: as picocli says
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        throw missingCommand(spec);
    }

    /** For a command that only groups others: run alone, it is a usage error naming them. */
    static ParameterException missingCommand(CommandSpec spec) {
        return new ParameterException(spec.commandLine(), "Missing command: name one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** picocli's own message on one line, with where to look for help: exit 2. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        StringBuilder line = new StringBuilder(CliErrors.PREFIX).append(sentence(CliErrors.oneLine(e.getMessage())));
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> unmatchedArgs = unmatched.getUnmatched();
            List<String> suggestions = closest(unmatchedArgs.isEmpty() ? "" : unmatchedArgs.get(0),
                    unmatched.getSuggestions());
            line.append(" Did you mean ").append(String.join(" or ", suggestions)).append('?');
        }
        line.append(" See '").append(command.getCommandSpec().qualifiedName()).append(" --help'.");
        command.getErr().println(line);
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    /**
     * picocli's suggestions nearest to what was typed (fewest letters to change), so "clustrs" suggests clusters
     * alone, not every command that shares a few letters.
     */
    static List<String> closest(String typed, List<String> suggestions) {
        int best = suggestions.stream().mapToInt(s -> distance(typed, s)).min().orElse(0);
        return suggestions.stream().filter(s -> distance(typed, s) == best).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String sentence(String text) {
        return text.isEmpty() || ".?!".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }
}
