package io.mskconsole.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** The AWS CLI as the benchmarks run it against their stubs: found on the PATH, given only the stub's keys. */
final class AwsCliProcess {
    private AwsCliProcess() {
    }

    /** Whether {@code aws} is on the PATH. */
    static boolean installed() {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "aws")));
    }

    /**
     * Gives the process the stub's keys and region and nothing else of AWS's (no variable of the caller, no config
     * or credentials file: those named do not exist in {@code work}).
     */
    static ProcessBuilder isolated(ProcessBuilder process, String keyId, String region, Path work) {
        Map<String, String> env = process.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", keyId);
        env.put("AWS_SECRET_ACCESS_KEY", "benchSecret");
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_CONFIG_FILE", work.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("no-credentials").toString());
        return process;
    }
}
