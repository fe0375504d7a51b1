package io.mskconsole.core.create;

import io.mskconsole.core.delivery.CliCommandLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code aws kafka create-cluster-v2 --cli-input-json file://FILE} command line that sends the same request as
 * the app, for change tickets: the request saved as FILE ({@link CreateClusterFile}). Quoted for POSIX shells, with
 * --profile and --region as {@link CliCommandLine} names them.
 */
public final class CreateCommandLine {
    /** The file name used when the request has not been saved yet. */
    public static final String DEFAULT_FILE = "create-cluster.json";

    private CreateCommandLine() {
    }

    /**
     * @param file    where the request is (or will be) saved, as the person would type it; null for {@link #DEFAULT_FILE}
     * @param profile the profile to name with --profile, or null to leave it out
     * @param region  the region to name with --region, or null to leave it out
     */
    public static String createClusterV2(String file, String profile, String region) {
        List<String> words = new ArrayList<>(List.of("aws", "kafka", "create-cluster-v2"));
        if (profile != null && !profile.isBlank()) {
            words.add("--profile");
            words.add(CliCommandLine.quote(profile));
        }
        if (region != null && !region.isBlank()) {
            words.add("--region");
            words.add(CliCommandLine.quote(region));
        }
        words.add("--cli-input-json");
        words.add(CliCommandLine.quote("file://" + (file == null || file.isBlank() ? DEFAULT_FILE : file)));
        return String.join(" ", words);
    }
}
