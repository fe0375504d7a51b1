package io.mskconsole.kafka.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.ClientAuthSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Brokers that do not answer end, within seconds, in the message that says so and what usually helps, with the
 * app's own timeouts. Only this machine's loopback is used: a port nobody listens on (refused at once, retried until
 * the bound) and a port that accepts connections but never answers (as a broker behind a firewall that lets the
 * handshake through, or a silent host).
 */
class UnreachableBrokersTest {
    static final String EXPECTED_HELP = "MSK brokers usually sit in a private VPC and answer only from inside it. What "
            + "usually helps: connect through a VPN, a bastion host (e.g. an SSH tunnel) or VPC peering into the "
            + "cluster's VPC; or turn on public access for the cluster (then its public bootstrap brokers are used); "
            + "and check that the security group allows port 9092 for plaintext (no authentication).";

    /** With a 2-second bound, to keep the suite short: the app's 6 s is what the silent port below waits. */
    @Test
    void aClosedPortEndsInTheUnreachableMessage() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String bootstrap = "127.0.0.1:" + port;
        KafkaBrokerLoggerConnector connector = new KafkaBrokerLoggerConnector(new KafkaTimeouts(Duration.ofSeconds(2),
                Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(200)),
                b -> false);

        long start = System.nanoTime();
        assertThatThrownBy(() -> connector.connect(new BrokerConnection("closed-port", bootstrap,
                new ClientAuthSettings.Plaintext()))).isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                    assertThat(e.getMessage()).isEqualTo("Could not reach the brokers of closed-port (" + bootstrap
                            + ") within 2 s using plaintext (no authentication). " + EXPECTED_HELP);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPortThatNeverAnswersEndsInTheUnreachableMessage() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String bootstrap = "127.0.0.1:" + silent.getLocalPort();

            long start = System.nanoTime();
            assertThatThrownBy(() -> connect(bootstrap)).isInstanceOfSatisfying(GatewayException.class, e -> {
                assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                assertThat(e.getMessage()).startsWith("Could not reach the brokers of closed-port (" + bootstrap
                        + ") within 6 s").endsWith(EXPECTED_HELP);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void aPublicBootstrapStringGetsThePublicAccessAdvice() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        KafkaBrokerLoggerConnector connector = new KafkaBrokerLoggerConnector(new KafkaTimeouts(Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(200)),
                bootstrap -> true);

        assertThatThrownBy(() -> connector.connect(new BrokerConnection("orders", "127.0.0.1:" + port,
                ClientAuthSettings.Tls.WITHOUT_CERTIFICATE))).isInstanceOfSatisfying(GatewayException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Could not reach the brokers of orders (127.0.0.1:" + port
                        + ") within 1 s using TLS. These are the public bootstrap brokers: check that public access "
                        + "is still on and that the cluster's security group lets this machine's address in on port "
                        + "9194."));
    }

    @Test
    void hostNamesThatDoNotResolveAreSaidToBeSo() {
        assertThatThrownBy(() -> KafkaBrokerLoggerConnector.withDefaults().connect(new BrokerConnection("orders",
                "b-1.orders.invalid:9092", new ClientAuthSettings.Plaintext())))
                .isInstanceOfSatisfying(GatewayException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECTION);
                    assertThat(e.getMessage()).startsWith("None of the bootstrap brokers' host names of orders "
                            + "resolves from this machine (b-1.orders.invalid:9092)");
                });
    }

    private static void connect(String bootstrap) {
        KafkaBrokerLoggerConnector.withDefaults().connect(new BrokerConnection("closed-port", bootstrap,
                new ClientAuthSettings.Plaintext())).close();
    }
}
