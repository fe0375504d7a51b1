package io.mskconsole.app;

import io.mskconsole.cli.MskConsoleCli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not for people: the training run that makes the headless launcher's class-data-sharing archive
 * ({@code msk-console-cli.jsa}). Runs the commands pipelines run most ({@code clusters}, {@code logging export},
 * {@code logging check}, {@code trail}, on the Sandbox and against {@link TrainingEndpoint} on this machine, as a
 * profile of made-up keys in files of its own), so that {@code -XX:ArchiveClassesAtExit} archives every class
 * they load, the AWS SDK's included, parsed and verified. Their output goes nowhere; the exit codes are printed.
 */
public final class CliCdsTraining {
    private CliCdsTraining() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path home = Files.createTempDirectory("msk-console-cds");
        Path config = Files.writeString(home.resolve("config"), "[profile training]\nregion = us-east-1\n");
        Path credentials = Files.writeString(home.resolve("credentials"), "[training]\naws_access_key_id = "
                + "AKIATRAININGONLY0001\naws_secret_access_key = trainingSecretNeverSent\n");
        Path file = Files.writeString(home.resolve("logging.json"), """
                {"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "/msk/orders-prod"}}}""");
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        io.mskconsole.app.logs.AppLogging.forCommands(); // as the launcher starts a command (Launcher.runCommand)
        Class.forName(CommandLauncher.class.getName());
        try (TrainingEndpoint aws = new TrainingEndpoint()) {
            System.setProperty("mskconsole.home", home.toString());
            System.setProperty("aws.configFile", config.toString());
            System.setProperty("aws.sharedCredentialsFile", credentials.toString());
            System.setProperty("aws.endpointUrl", aws.url());
            StringBuilder exits = new StringBuilder();
            boolean failed = false;
            for (List<String> command : List.of(
                    List.of("clusters", "--profile", "training", "--format", "json"),
                    List.of("clusters", "--profile", "training"),
                    List.of("logging", "export", "--profile", "training", "--cluster", TrainingEndpoint.ARN),
                    List.of("logging", "check", "--profile", "training", "--cluster", TrainingEndpoint.ARN, "--file",
                            file.toString()),
                    List.of("trail", "--profile", "training", "--since", "1h", "--no-cache"),
                    List.of("--sandbox", "clusters"),
                    List.of("--sandbox", "trail", "--since", "1h", "--format", "json"))) {
                System.setOut(nowhere);
                System.setErr(nowhere);
                try {
                    int exit = MskConsoleCli.run(command.toArray(String[]::new),
                            AppContext.production().commandEnvironment());
                    exits.append(' ').append(exit);
                    failed |= exit != 0;
                } finally {
                    System.setOut(out);
                    System.setErr(err);
                }
            }
            out.println("CliCdsTraining: exit codes" + exits);
            if (failed) { // e.g. a proxy in the environment took the calls: a partial archive is worse than none
                out.println("CliCdsTraining: a command failed, so no archive should be kept");
                System.exit(1);
            }
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(home)) { // nothing of the training is left
                files.sorted(java.util.Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
            }
        }
    }
}
