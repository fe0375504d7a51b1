package io.mskconsole.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import picocli.CommandLine;

/** Ctrl-C in a real JVM: the shutdown hook stops following and the command says where the update goes on. */
class InterruptProcessTest {
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSignalWhileFollowingStopsFollowingAndNamesTheOperation() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), InterruptibleApplyMain.class.getName()).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = err.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("Operation UPDATE_IN_PROGRESS")) {
                    break;
                }
            }
            assertThat(lines).as("stderr before the signal").last().asString()
                    .startsWith("Operation UPDATE_IN_PROGRESS");

            // SIGTERM runs the JVM's shutdown hooks exactly as Ctrl-C's SIGINT does, and is never ignored by a
            // non-interactive parent shell. Through the handle, so the streams stay open to read.
            process.toHandle().destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited").isTrue();

            String rest = err.lines().collect(Collectors.joining("\n"));
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(out).contains(":cluster-operation/prod-events/");
            assertThat(rest).isEqualTo("Stopped following. The update goes on in AWS: operation " + out);
            assertThat(process.exitValue()).isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String classPath() {
        return Stream.of(MskConsoleCli.class, InterruptibleApplyMain.class, CommandLine.class, ObjectMapper.class,
                        JsonFactory.class, JsonProperty.class)
                .map(type -> {
                    try {
                        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                    } catch (java.net.URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }
}
