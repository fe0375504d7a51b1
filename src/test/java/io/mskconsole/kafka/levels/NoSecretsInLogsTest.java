package io.mskconsole.kafka.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ConnectWithSecretsMain} in a JVM of its own with every log at DEBUG, the Kafka client's and
 * aws-msk-iam-auth's too (the Kafka client then prints its whole configuration and each connection attempt) and reads everything it printed: the SCRAM password and the key
 * store password appear nowhere, while the client did log its configuration (masked) and the user name.
 */
class NoSecretsInLogsTest {
    @Test
    void noLogLineHoldsAPassword() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                io.mskconsole.testing.LoggingConfig.everything(), ConnectWithSecretsMain.class.getName())
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(output, StandardCharsets.UTF_8);

        assertThat(printed).contains("AdminClientConfig values", "sasl.jaas.config = [hidden]",
                ConnectWithSecretsMain.DONE);
        assertThat(printed).doesNotContain(ConnectWithSecretsMain.SCRAM_PASSWORD)
                .doesNotContain(ConnectWithSecretsMain.KEY_STORE_PASSWORD);
        assertThat(process.exitValue()).isZero();
    }
}
