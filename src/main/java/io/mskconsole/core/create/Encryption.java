package io.mskconsole.core.create;

import java.util.Objects;

/**
 * Encryption of a new cluster: in transit between clients and brokers and within the cluster, and at rest with a KMS
 * key ({@code atRestKmsKey} null for the AWS managed key aws/kafka).
 */
public record Encryption(ClientBrokerEncryption clientBroker, boolean inCluster, String atRestKmsKey) {
    /** TLS everywhere and the AWS managed key: MSK's defaults. */
    public static final Encryption DEFAULT = new Encryption(ClientBrokerEncryption.TLS, true, null);

    public Encryption {
        clientBroker = Objects.requireNonNullElse(clientBroker, ClientBrokerEncryption.TLS);
        atRestKmsKey = atRestKmsKey == null || atRestKmsKey.isBlank() ? null : atRestKmsKey;
    }

    public Encryption withClientBroker(ClientBrokerEncryption value) {
        return new Encryption(value, inCluster, atRestKmsKey);
    }

    public Encryption withInCluster(boolean value) {
        return new Encryption(clientBroker, value, atRestKmsKey);
    }

    public Encryption withAtRestKmsKey(String value) {
        return new Encryption(clientBroker, inCluster, value);
    }
}
