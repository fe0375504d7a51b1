package io.mskconsole.kafka.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.ClientAuthSettings;
import io.mskconsole.core.levels.Secret;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Admin client configuration per authentication, exactly: nothing more, nothing less. */
class AdminClientSettingsTest {
    static final String IAM_BOOTSTRAP = "b-1.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9098,"
            + "b-2.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9098";

    static Map<String, Object> common(String bootstrap) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("bootstrap.servers", bootstrap);
        expected.put("client.id", "msk-console");
        expected.put("request.timeout.ms", 5000);
        expected.put("default.api.timeout.ms", 6000);
        expected.put("socket.connection.setup.timeout.ms", 3000);
        expected.put("socket.connection.setup.timeout.max.ms", 5000);
        expected.put("reconnect.backoff.max.ms", 1000);
        return expected;
    }

    @Test
    void iamSignsWithTheProfileAndAsksStsInTheClustersRegion() {
        Map<String, Object> expected = common(IAM_BOOTSTRAP);
        expected.put("security.protocol", "SASL_SSL");
        expected.put("sasl.mechanism", "AWS_MSK_IAM");
        expected.put("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required "
                + "awsProfileName=\"prod\" awsStsRegion=\"us-east-1\";");
        expected.put("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");

        Map<String, Object> config = AdminClientSettings.of(new BrokerConnection("orders", IAM_BOOTSTRAP,
                new ClientAuthSettings.Iam("prod", "us-east-1")), KafkaTimeouts.DEFAULT);

        assertThat(config).containsExactlyEntriesOf(expected);
    }

    @Test
    void iamWithoutAProfileUsesTheDefaultChain() {
        Map<String, Object> config = AdminClientSettings.of(new BrokerConnection("orders", IAM_BOOTSTRAP,
                new ClientAuthSettings.Iam(null, "eu-west-1")), KafkaTimeouts.DEFAULT);

        assertThat(config.get("sasl.jaas.config")).isEqualTo("software.amazon.msk.auth.iam.IAMLoginModule required "
                + "awsStsRegion=\"eu-west-1\";");
    }

    @Test
    void aProfileNameWithQuotesIsEscapedForJaas() {
        assertThat(AdminClientSettings.quoted("we\"ird\\name")).isEqualTo("\"we\\\"ird\\\\name\"");
    }

    @Test
    void scramUsesSha512WithTheUserAndPassword() {
        String bootstrap = "b-1.pay.abc.c2.kafka.us-east-1.amazonaws.com:9096";
        Map<String, Object> expected = common(bootstrap);
        expected.put("security.protocol", "SASL_SSL");
        expected.put("sasl.mechanism", "SCRAM-SHA-512");
        expected.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"msk-admin\" password=\"s3cr\\\"et\";");

        Map<String, Object> config = AdminClientSettings.of(new BrokerConnection("payments", bootstrap,
                new ClientAuthSettings.Scram("msk-admin", Secret.of("s3cr\"et"))), KafkaTimeouts.DEFAULT);

        assertThat(config).containsExactlyEntriesOf(expected);
    }

    @Test
    void tlsWithoutACertificateOnlyEncrypts() {
        String bootstrap = "b-1.osaka.abc.c2.kafka.ap-northeast-3.amazonaws.com:9094";
        Map<String, Object> expected = common(bootstrap);
        expected.put("security.protocol", "SSL");

        assertThat(AdminClientSettings.of(new BrokerConnection("osaka", bootstrap,
                ClientAuthSettings.Tls.WITHOUT_CERTIFICATE), KafkaTimeouts.DEFAULT)).containsExactlyEntriesOf(expected);
    }

    @Test
    void mutualTlsSendsTheClientCertificateFromTheKeyStore() {
        String bootstrap = "b-1.osaka.abc.c2.kafka.ap-northeast-3.amazonaws.com:9094";
        Path keyStore = Path.of("/home/admin/client.p12");
        Map<String, Object> expected = common(bootstrap);
        expected.put("security.protocol", "SSL");
        expected.put("ssl.keystore.location", "/home/admin/client.p12");
        expected.put("ssl.keystore.type", "PKCS12");
        expected.put("ssl.keystore.password", "changeit");

        assertThat(AdminClientSettings.of(new BrokerConnection("osaka", bootstrap,
                new ClientAuthSettings.Tls(keyStore, Secret.of("changeit"))), KafkaTimeouts.DEFAULT))
                .containsExactlyEntriesOf(expected);
        assertThat(AdminClientSettings.keyStoreType("client.jks")).isEqualTo("JKS");
    }

    @Test
    void plaintextHasNoSecurity() {
        String bootstrap = "b-1.audit.abc.c2.kafka.eu-west-1.amazonaws.com:9092";
        Map<String, Object> expected = common(bootstrap);
        expected.put("security.protocol", "PLAINTEXT");

        assertThat(AdminClientSettings.of(new BrokerConnection("audit", bootstrap,
                new ClientAuthSettings.Plaintext()), KafkaTimeouts.DEFAULT)).containsExactlyEntriesOf(expected);
    }

    @Test
    void theSettingsPrintNoPassword() {
        ClientAuthSettings.Scram scram = new ClientAuthSettings.Scram("msk-admin", Secret.of("hunter2-secret"));
        BrokerConnection connection = new BrokerConnection("payments", "b-1:9096", scram);
        ClientAuthSettings.Tls tls = new ClientAuthSettings.Tls(Path.of("k.p12"), Secret.of("hunter2-secret"));

        assertThat(connection.toString()).doesNotContain("hunter2").contains("msk-admin", "****");
        assertThat(tls.toString()).doesNotContain("hunter2");
    }
}
