package io.mskconsole.kafka.levels;

import io.mskconsole.core.levels.BrokerConnection;
import io.mskconsole.core.levels.ClientAuthSettings;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Admin client configuration for a connection, per authentication: IAM with aws-msk-iam-auth (the app's
 * profile, STS in the cluster's region), SASL/SCRAM-SHA-512, TLS (with a client certificate when given), or
 * plaintext; always the short {@link KafkaTimeouts}. The map holds the password of SCRAM or of a key store inside
 * {@code sasl.jaas.config} and {@code ssl.keystore.password}, both of which Kafka masks when it logs its
 * configuration: never print the map itself.
 */
public final class AdminClientSettings {
    public static final String CLIENT_ID = "msk-console";
    static final String IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
    static final String IAM_CALLBACK_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";
    static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    private AdminClientSettings() {
    }

    public static Map<String, Object> of(BrokerConnection connection, KafkaTimeouts timeouts) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", connection.bootstrap());
        config.put("client.id", CLIENT_ID);
        config.put("request.timeout.ms", millis(timeouts.request()));
        config.put("default.api.timeout.ms", millis(timeouts.connect()));
        config.put("socket.connection.setup.timeout.ms", millis(timeouts.socketSetup()));
        config.put("socket.connection.setup.timeout.max.ms", millis(timeouts.socketSetupMax()));
        config.put("reconnect.backoff.max.ms", 1000);
        ClientAuthSettings auth = connection.auth();
        if (auth instanceof ClientAuthSettings.Iam iam) {
            config.put("security.protocol", "SASL_SSL");
            config.put("sasl.mechanism", "AWS_MSK_IAM");
            config.put("sasl.jaas.config", IAM_LOGIN_MODULE + " required"
                    + (iam.profile() == null ? "" : " awsProfileName=" + quoted(iam.profile()))
                    + " awsStsRegion=" + quoted(iam.region()) + ";");
            config.put("sasl.client.callback.handler.class", IAM_CALLBACK_HANDLER);
        } else if (auth instanceof ClientAuthSettings.Scram scram) {
            config.put("security.protocol", "SASL_SSL");
            config.put("sasl.mechanism", "SCRAM-SHA-512");
            config.put("sasl.jaas.config", SCRAM_LOGIN_MODULE + " required username=" + quoted(scram.user())
                    + " password=" + quoted(scram.password().reveal()) + ";");
        } else if (auth instanceof ClientAuthSettings.Tls tls) {
            config.put("security.protocol", "SSL");
            if (tls.keyStore() != null) {
                config.put("ssl.keystore.location", tls.keyStore().toAbsolutePath().toString());
                config.put("ssl.keystore.type", keyStoreType(tls.keyStore().getFileName().toString()));
                if (tls.keyStorePassword() != null) {
                    config.put("ssl.keystore.password", tls.keyStorePassword().reveal());
                }
            }
        } else {
            config.put("security.protocol", "PLAINTEXT");
        }
        return config;
    }

    /** A JAAS option value: in double quotes, with backslashes and quotes escaped. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String keyStoreType(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".p12") || name.endsWith(".pfx") ? "PKCS12" : "JKS";
    }

    private static int millis(java.time.Duration duration) {
        return Math.toIntExact(duration.toMillis());
    }
}
