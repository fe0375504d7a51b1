package io.mskconsole.core.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mskconsole.core.clusters.BootstrapBrokers;
import io.mskconsole.core.clusters.BrokerAccess;
import io.mskconsole.core.clusters.ClientAuth;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which bootstrap string and authentication to use, secrets that never print, and the unreachable message. */
class ConnectionChoiceTest {
    static final BootstrapBrokers SCRAM_AND_TLS = new BootstrapBrokers(null, "t:9094", "s:9096", null, null,
            "s-public:9196", null, null, null, null);

    @Test
    void theDefaultAuthenticationIsTheFirstTheClusterTakesInOrderIamScramTlsPlaintext() {
        assertThat(SCRAM_AND_TLS.authentications()).containsExactly(ClientAuth.SCRAM, ClientAuth.TLS);
        assertThat(SCRAM_AND_TLS.defaultAuth()).contains(ClientAuth.SCRAM);
        assertThat(new BootstrapBrokers("p:9092", " ", null, null, null, null, null, null, null, null)
                .authentications()).containsExactly(ClientAuth.PLAINTEXT);
        assertThat(BootstrapBrokers.NONE.defaultAuth()).isEmpty();
        assertThat(new BootstrapBrokers(null, null, null, null, null, null, "i-public:9198", null, null, null)
                .defaultAuth()).contains(ClientAuth.IAM);
    }

    @Test
    void autoTakesThePublicStringWhenThereIsOne() {
        assertThat(SCRAM_AND_TLS.choose(ClientAuth.SCRAM, BrokerAccess.AUTO)).contains("s-public:9196");
        assertThat(SCRAM_AND_TLS.choose(ClientAuth.SCRAM, BrokerAccess.PRIVATE)).contains("s:9096");
        assertThat(SCRAM_AND_TLS.choose(ClientAuth.TLS, BrokerAccess.AUTO)).contains("t:9094");
        assertThat(SCRAM_AND_TLS.choose(ClientAuth.TLS, BrokerAccess.PUBLIC)).isEmpty();
        assertThat(SCRAM_AND_TLS.choose(ClientAuth.IAM, BrokerAccess.AUTO)).isEmpty();
        assertThat(SCRAM_AND_TLS.isPublic("s-public:9196")).isTrue();
        assertThat(SCRAM_AND_TLS.isPublic("s:9096")).isFalse();
        assertThat(ClientAuth.parse("SCRAM")).contains(ClientAuth.SCRAM);
        assertThat(BrokerAccess.parse("public")).contains(BrokerAccess.PUBLIC);
    }

    @Test
    void aSecretNeverPrintsAndCanBeWiped() {
        char[] typed = "hunter2".toCharArray();
        Secret secret = Secret.of(typed);
        typed[0] = 'X';

        assertThat(secret.reveal()).isEqualTo("hunter2");
        assertThat(secret).hasToString("****");
        assertThat(new ClientAuthSettings.Scram("admin", secret).toString()).isEqualTo(
                "Scram[user=admin, password=****]");
        secret.wipe();
        assertThatThrownBy(secret::reveal).hasMessage("The password was wiped after use: ask for it again.");
        assertThatThrownBy(() -> new ClientAuthSettings.Scram("admin", Secret.of("")))
                .hasMessage("SASL/SCRAM needs the password of user admin.");
        assertThatThrownBy(() -> new ClientAuthSettings.Scram(" ", Secret.of("x")))
                .hasMessage("SASL/SCRAM needs a user name.");
    }

    @Test
    void theUnreachableMessageSaysWhatUsuallyHelps() {
        BrokerConnection connection = new BrokerConnection("orders-prod", "b-1.o:9098,b-2.o:9098,b-3.o:9098",
                new ClientAuthSettings.Iam("prod", "us-east-1"));

        assertThat(Unreachable.message(connection, Duration.ofSeconds(6), false)).isEqualTo("Could not reach the "
                + "brokers of orders-prod (b-1.o:9098,b-2.o:9098 and 1 more) within 6 s using IAM access control. "
                + "MSK brokers usually sit in a private VPC and answer only from inside it. What usually helps: "
                + "connect through a VPN, a bastion host (e.g. an SSH tunnel) or VPC peering into the cluster's VPC; "
                + "or turn on public access for the cluster (then its public bootstrap brokers are used); and check "
                + "that the security group allows port 9098 for IAM access control.");
        assertThat(Unreachable.message(connection, Duration.ofMillis(1500), true)).contains("within 1.5 s",
                "These are the public bootstrap brokers", "port 9198.");
    }
}
