package io.mskconsole.kafka.levels;

import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.Secret;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * For {@link NoSecretsInLogsTest}: connects with SCRAM and with mutual TLS to a closed local port, printing the
 * messages and connection settings the app would show, then {@link #DONE}.
 */
public final class ConnectWithSecretsMain {
    static final String SCRAM_PASSWORD = "Scram-Pa55word-Never-Printed";
    static final String KEY_STORE_PASSWORD = "KeyStore-Pa55word-Never-Printed";
    static final String DONE = "connect-with-secrets done";

    private ConnectWithSecretsMain() {
    }

    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        KafkaBrokerLoggerConnector connector = new KafkaBrokerLoggerConnector(new KafkaTimeouts(Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(500), Duration.ofMillis(100)),
                bootstrap -> false);
        for (ClientAuthSettings auth : new ClientAuthSettings[] {
            new ClientAuthSettings.Scram("msk-admin", Secret.of(SCRAM_PASSWORD)),
            new ClientAuthSettings.Tls(Path.of("missing-client.p12"), Secret.of(KEY_STORE_PASSWORD))}) {
            BrokerConnection connection = new BrokerConnection("payments", "127.0.0.1:" + port, auth);
            System.out.println("connecting with " + connection);
            try {
                connector.connect(connection).close();
            } catch (GatewayException failed) {
                System.out.println(failed.getMessage() + " / " + failed.serviceMessage());
            }
        }
        System.out.println(DONE);
    }
}
