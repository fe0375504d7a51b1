package io.mskconsole.core.delivery;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.commandline.ShellWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code aws kafka update-monitoring} command line that sends the same request as the app, for change tickets.
 * Quoted for POSIX shells (bash, zsh); JSON arguments are single-quoted.
 */
public final class CliCommandLine {
    private CliCommandLine() {
    }

    /**
     * @param account how the command names the account ({@code --profile} when needed; a note for the Sandbox)
     * @param region  the region to name with --region
     */
    public static String updateMonitoring(UpdateMonitoringRequest request, CliAccount account, String region) {
        List<String> words = new ArrayList<>(List.of("aws", "kafka", "update-monitoring"));
        words.addAll(account.words(region));
        words.add("--cluster-arn");
        words.add(quote(request.clusterArn()));
        words.add("--current-version");
        words.add(quote(request.currentVersion()));
        if (request.monitoring().enhancedMonitoring() != null) {
            words.add("--enhanced-monitoring");
            words.add(quote(request.monitoring().enhancedMonitoring()));
        }
        if (request.monitoring().openMonitoring() != null) {
            words.add("--open-monitoring");
            words.add(quote(LoggingInfoFormat.write(request.openMonitoringNode(JsonCasing.CLI), false)));
        }
        words.add("--logging-info");
        words.add(quote(LoggingInfoFormat.toCompactJson(request.logging(), JsonCasing.CLI)));
        return account.present(String.join(" ", words));
    }

    /** Single-quotes a word for a POSIX shell when it holds anything but safe characters. */
    public static String quote(String word) {
        return ShellWords.quote(word);
    }
}
