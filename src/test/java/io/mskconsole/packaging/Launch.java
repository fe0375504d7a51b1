package io.mskconsole.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs one of the image's programs to its end (within a limit) and keeps what it printed. */
public record Launch(int exitCode, String out, String err) {
    public static Launch run(List<String> command, Map<String, String> environment, Path home, long limitSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        if (home != null) {
            // settings, logs and AWS files of a fresh user, never the developer's own
            builder.environment().put("HOME", home.toString());
            builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            builder.environment().put("XDG_STATE_HOME", home.resolve(".local/state").toString());
            builder.environment().put("AWS_CONFIG_FILE", home.resolve(".aws/config").toString());
            builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve(".aws/credentials").toString());
            builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
            builder.environment().remove("AWS_PROFILE");
            builder.environment().remove("AWS_ACCESS_KEY_ID");
            builder.environment().remove("AWS_SECRET_ACCESS_KEY");
            builder.environment().remove("AWS_SESSION_TOKEN");
        }
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(command + " did not end within " + limitSeconds + " s; printed:\n"
                    + out.getNow("") + "\n" + err.getNow(""));
        }
        return new Launch(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> read(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(could not read: " + e + ")";
            }
        });
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
}
