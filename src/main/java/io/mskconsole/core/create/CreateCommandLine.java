package io.mskconsole.core.create;

import io.mskconsole.core.commandline.CliAccount;
import io.mskconsole.core.commandline.ShellWords;
import io.mskconsole.core.delivery.CliCommandLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code aws kafka create-cluster-v2 --cli-input-json file://FILE} command line that sends the same request as
 * the app, for change tickets: the request saved as FILE ({@link CreateClusterFile}). Quoted for POSIX shells, with
 * --profile and --region as {@link CliAccount} names them, as {@link CliCommandLine} does.
 */
public final class CreateCommandLine {
    /** The file name used when the request has not been saved yet. */
    public static final String DEFAULT_FILE = "create-cluster.json";

    private CreateCommandLine() {
    }

    /**
     * @param file    where the request is (or will be) saved, as the person would type it; null for {@link #DEFAULT_FILE}
     * @param account how the command names the account ({@code --profile} when needed; a note for the Sandbox)
     * @param region  the region to name with --region
     */
    public static String createClusterV2(String file, CliAccount account, String region) {
        List<String> words = new ArrayList<>(List.of("aws", "kafka", "create-cluster-v2"));
        words.addAll(account.words(region));
        words.add("--cli-input-json");
        words.add(ShellWords.quote("file://" + (file == null || file.isBlank() ? DEFAULT_FILE : file)));
        return account.present(String.join(" ", words));
    }
}
